-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.
-- A source may belong to some regions only (a crisis line, a national service): their keys, comma-separated
-- ("uk" or "uk,us"), from the entry's `regions:` in sources.yaml. Null: every region. The repeatable content
-- import runs after this and fills it; a page in one region lists only the sources for every region or that one.
alter table source add column regions varchar(100);
