/**
 * The content files' format, read and written: a topic file (front matter and Markdown sections), the
 * glossary, sources, region words and spellings, as plain records ({@link org.lumbarguide.content.format.SeedContent}).
 * The release import reads it; the editor keeps drafts in it. Shown to other modules as the named interface
 * "format". It uses the regions ({@code config}) and, to check that every page's includes expand, render's
 * {@code ContentText}: one of the two back edges DataAccessTests names.
 */
@NamedInterface("format")
package org.lumbarguide.content.format;

import org.springframework.modulith.NamedInterface;
