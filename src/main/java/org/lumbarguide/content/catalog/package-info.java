/**
 * The published read model: every page's view, built from the published rows in one short read-only
 * transaction and rendered outside it, kept per language with a last-good fallback, and rebuilt on every
 * instance when the content version changes ({@link org.lumbarguide.content.catalog.ContentVersion}). The
 * editor's preview renders a draft through the same renderer. The rows' entities and repositories are
 * package-private: nothing outside this package reads the tables through JPA. Shown to other modules as the
 * named interface "catalog".
 */
@NamedInterface("catalog")
package org.lumbarguide.content.catalog;

import org.springframework.modulith.NamedInterface;
