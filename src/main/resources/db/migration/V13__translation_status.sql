-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.
-- Translation status. A translated topic (Spanish) records, for its title and summary and for each section,
-- which text of the default language (English) it was translated from: the first 12 hex digits of that text's
-- SHA-256 (content/format/ContentHash). The catalog compares it with the English rows as published now, so a
-- translation whose English changed since is shown as out of date. Null in English rows, and in a translated
-- row nobody has stamped yet (which counts as out of date).
alter table topic add column translated_from varchar(64);
alter table section add column translated_from varchar(64);

-- When the row's text last changed (a topic: its title or summary; a section: its heading, kind or body), set
-- by the content import and by a publish. The editors' dashboard says since when a translation's English
-- changed. Null for rows last changed before this migration.
alter table topic add column text_changed_at timestamp;
alter table section add column text_changed_at timestamp;
