-- Databases that ran V3 as first shipped lost rev_timestamp (set to 0). changed_at holds the same
-- moment as UTC text (uuuu-MM-ddTHH:mm:ss.SSSZ), so the lost values are computed back from it.
UPDATE security_revision
SET rev_timestamp = CAST(strftime('%s', changed_at) AS INTEGER) * 1000 + CAST(substr(changed_at, 21, 3) AS INTEGER)
WHERE rev_timestamp = 0 AND changed_at IS NOT NULL;
