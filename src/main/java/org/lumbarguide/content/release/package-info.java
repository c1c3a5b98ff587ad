/**
 * The content release import: a repeatable Flyway Java migration reads the content files and brings the
 * database to them, turning a release's text for anything an editor has changed into a proposal instead of
 * overwriting it. Internal to the content module; nothing else calls it.
 */
package org.lumbarguide.content.release;
