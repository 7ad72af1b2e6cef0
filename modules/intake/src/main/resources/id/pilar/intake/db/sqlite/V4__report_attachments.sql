-- Photos and documents of a social report (issue 14, item 2). The row says what the file is
-- (name, type found from its first bytes, size, SHA-256) and keeps its history; the bytes live
-- apart so that lists and the audit never carry them. Both are written in the report's transaction.
CREATE TABLE intake_report_attachment (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    report_id TEXT NOT NULL REFERENCES intake_report (id),
    nama_file TEXT NOT NULL,
    mime TEXT NOT NULL,
    ukuran INTEGER NOT NULL,
    sha256 TEXT NOT NULL
);

CREATE INDEX ix_intake_attachment_report ON intake_report_attachment (report_id);

CREATE TABLE intake_report_attachment_isi (
    attachment_id TEXT PRIMARY KEY REFERENCES intake_report_attachment (id),
    isi BLOB NOT NULL
);

CREATE TABLE intake_report_attachment_aud (
    id TEXT NOT NULL,
    rev INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype TINYINT,
    report_id TEXT,
    nama_file TEXT,
    mime TEXT,
    ukuran INTEGER,
    sha256 TEXT,
    PRIMARY KEY (id, rev)
);
