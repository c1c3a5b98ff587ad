-- A reviewer's clinical role in Spanish, beside the English one (clinical_role). A page shows the role of the
-- clinician who reviewed it in the page's own language: approving or reconfirming a Spanish topic records this
-- one, and is refused while the account has none. Set by an administrator; never translated by the software.
alter table editor_user add column clinical_role_es varchar(200);
