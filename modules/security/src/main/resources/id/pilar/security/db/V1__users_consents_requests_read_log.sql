-- Security module: user accounts, the read/reveal log, and the UU PDP registers.
-- Portable SQL (SQLite and PostgreSQL). Ids, instants and dates are TEXT; numbers INTEGER.

-- Local accounts. password_hash holds "pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>".
CREATE TABLE security_user (
    id                  TEXT PRIMARY KEY,
    version             INTEGER NOT NULL,
    created_at          TEXT NOT NULL,
    created_by          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    updated_by          TEXT NOT NULL,
    username            TEXT NOT NULL UNIQUE,
    display_name        TEXT NOT NULL,
    role                TEXT NOT NULL,          -- OPERATOR, PEKERJA_SOSIAL, SUPERVISOR, ADMIN
    password_hash       TEXT NOT NULL,
    password_changed_at TEXT NOT NULL,
    failed_attempts     INTEGER NOT NULL,
    locked_until        TEXT,
    last_login_at       TEXT,
    active              INTEGER NOT NULL         -- 1 may log in, 0 deactivated (kept for the audit trail)
);

-- Who opened which person or case file, and who revealed which masked value. Append-only.
CREATE TABLE security_read_log (
    id             TEXT PRIMARY KEY,
    at             TEXT NOT NULL,
    username       TEXT NOT NULL,
    action         TEXT NOT NULL,               -- BACA (opened a file) or BUKA_SAMARAN (revealed a masked value)
    entity_type    TEXT NOT NULL,
    entity_id      TEXT NOT NULL,
    sensitive_kind TEXT                         -- NIK_KK, HEALTH, CASE_NOTES, REPORTER for a reveal
);
CREATE INDEX ix_security_read_log_entity ON security_read_log (entity_type, entity_id);
CREATE INDEX ix_security_read_log_at ON security_read_log (at);

-- UU PDP art. 20-22: consent per person and purpose, with the evidence (form number, scan name).
-- person_id refers to the registry's person without a foreign key: modules stay independent.
CREATE TABLE pdp_consent (
    id           TEXT PRIMARY KEY,
    version      INTEGER NOT NULL,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    person_id    TEXT NOT NULL,
    purpose      TEXT NOT NULL,
    given_on     TEXT NOT NULL,
    evidence     TEXT NOT NULL,
    withdrawn_on TEXT
);
CREATE INDEX ix_pdp_consent_person ON pdp_consent (person_id);

-- Erasure and restriction requests (UU PDP art. 8-9, 43-44), approved by a supervisor.
CREATE TABLE pdp_request (
    id            TEXT PRIMARY KEY,
    version       INTEGER NOT NULL,
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    person_id     TEXT NOT NULL,
    kind          TEXT NOT NULL,                -- PENGHAPUSAN (erasure) or PEMBATASAN (restriction)
    reason        TEXT NOT NULL,
    status        TEXT NOT NULL,                -- DIAJUKAN, DITOLAK, DILAKSANAKAN
    requested_by  TEXT NOT NULL,
    requested_at  TEXT NOT NULL,
    decided_by    TEXT,
    decided_at    TEXT,
    decision_note TEXT
);
CREATE INDEX ix_pdp_request_person ON pdp_request (person_id);
