-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.
-- Who decided a release proposal, so an editor who decides it a moment later is told by whom and when.
alter table content_proposal add column resolved_by varchar(80);

-- A reviewer's comment (send back, approve, re-confirm) may hold 2,000 characters, as the draft and the
-- revision keep it; the audit entry that records it must keep all of it too, not fail on the 1,001st.
alter table audit_event alter column detail set data type varchar(2000);
