-- Envers' revision timestamp is epoch milliseconds: BIGINT on both databases (a PostgreSQL
-- INTEGER would overflow, and one Java mapping must validate on SQLite and PostgreSQL alike).
-- changed_at keeps the same moment as readable UTC text.
--
-- Corrected script. As first shipped this dropped rev_timestamp and added it back empty
-- (DEFAULT 0), so every earlier revision lost its time. Now the values are copied into the new
-- column before the old one goes: add, copy, drop, rename (SQLite 3.35+ and PostgreSQL alike; no
-- table rebuild, which SQLite would refuse here while the _aud tables point at this table). The
-- first script's checksum is accepted through SecuritySchema.correctedMigrations(); databases
-- that ran it get their times back from changed_at in V4.
ALTER TABLE security_revision ADD COLUMN rev_timestamp_ms BIGINT NOT NULL DEFAULT 0;
UPDATE security_revision SET rev_timestamp_ms = rev_timestamp;
ALTER TABLE security_revision DROP COLUMN rev_timestamp;
ALTER TABLE security_revision RENAME COLUMN rev_timestamp_ms TO rev_timestamp;
