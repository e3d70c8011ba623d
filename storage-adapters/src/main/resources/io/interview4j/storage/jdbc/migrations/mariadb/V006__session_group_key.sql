-- MariaDB/MySQL: as the common script, binary like every other key column (see V005), so keys match exactly. One
-- statement (MySQL has no CREATE INDEX IF NOT EXISTS), so the column and the index come together or not at all.
ALTER TABLE ${prefix}sessions
    ADD COLUMN group_key VARBINARY(1020),
    ADD INDEX ${prefix}sessions_organisation (organisation_id, started_at);
