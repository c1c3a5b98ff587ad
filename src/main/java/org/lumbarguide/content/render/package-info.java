/**
 * How content text becomes a page: includes, region words and spellings filled ({@link
 * org.lumbarguide.content.render.ContentText}), safe Markdown, levels of urgency, glossary links and the
 * reading grade, in one {@link org.lumbarguide.content.render.SectionRenderer} that the public page, the
 * handout, the print view and the editor's preview all use. Internal to the content module.
 */
package org.lumbarguide.content.render;
