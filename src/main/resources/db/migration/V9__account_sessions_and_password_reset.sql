-- Issue 17: a signed-in editor's session holds the stamp its account had at sign-in, and every editor request
-- compares it with this row (a primary-key read), so disabling an account, changing its roles or its password
-- ends its sessions at once on every instance that shares this database.
alter table editor_user add column session_stamp bigint default 0 not null;

-- Set when an administrator gives a temporary password: the editor must choose a new one before anything else.
alter table editor_user add column must_change_password boolean default false not null;
