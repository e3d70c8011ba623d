-- The host key of a session's plan (InterviewPlan.groupKey), so that listings can select by it, and an index for
-- listing an organisation's sessions newest first. Rows written before this version keep NULL: their sessions are
-- listed by organisation and by candidate, but not by host key.
ALTER TABLE ${prefix}sessions ADD COLUMN group_key VARCHAR(255);
CREATE INDEX IF NOT EXISTS ${prefix}sessions_organisation ON ${prefix}sessions (organisation_id, started_at);
