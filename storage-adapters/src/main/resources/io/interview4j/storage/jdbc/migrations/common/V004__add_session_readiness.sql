-- The readiness label of a completed session, by its plan's own thresholds, for listings and history.
-- Rows written before this column existed keep NULL; readers then fall back to seed 003's thresholds.
ALTER TABLE ${prefix}sessions ADD COLUMN readiness VARCHAR(40);
