/**
 * The content files' format, read and written: a topic file (front matter and Markdown sections), the
 * glossary, sources, region words and spellings, as plain records ({@link org.lumbarguide.content.format.SeedContent}).
 * The release import reads it; the editor keeps drafts in it. Shown to other modules as the named interface
 * "format"; it depends on nothing else in the guide.
 */
@NamedInterface("format")
package org.lumbarguide.content.format;

import org.springframework.modulith.NamedInterface;
