-- Databases that ran V3 as first shipped lost rev_timestamp (set to 0). changed_at holds the same
-- moment as UTC text (uuuu-MM-ddTHH:mm:ss.SSSZ), so the lost values are computed back from it.
UPDATE security_revision
SET rev_timestamp = CAST(round(EXTRACT(EPOCH FROM CAST(changed_at AS TIMESTAMPTZ)) * 1000) AS BIGINT)
WHERE rev_timestamp = 0 AND changed_at IS NOT NULL;
