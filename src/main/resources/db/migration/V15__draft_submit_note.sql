-- The author's note to the reviewer, sent with a draft for review ("I changed the helpline wording after the
-- audit"): shown on the review screen beside what changed. Replaced at each submit; the reviewer's own comment
-- when sending a draft back stays in return_comment.
alter table topic_draft add column submit_note varchar(2000);
