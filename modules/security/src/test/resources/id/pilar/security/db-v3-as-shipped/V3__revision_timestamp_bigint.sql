-- Envers' revision timestamp is epoch milliseconds: BIGINT on both databases (a PostgreSQL
-- INTEGER would overflow, and one Java mapping must validate on SQLite and PostgreSQL alike).
-- changed_at keeps the same moment as readable UTC text.
ALTER TABLE security_revision DROP COLUMN rev_timestamp;
ALTER TABLE security_revision ADD COLUMN rev_timestamp BIGINT NOT NULL DEFAULT 0;
