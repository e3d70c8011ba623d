-- PostgreSQL: as the common script, in the "C" collation like every other key column.
ALTER TABLE ${prefix}sessions ADD COLUMN IF NOT EXISTS group_key VARCHAR(255) COLLATE "C";
CREATE INDEX IF NOT EXISTS ${prefix}sessions_organisation ON ${prefix}sessions (organisation_id, started_at);
