-- Hibernate Envers audit history (PostgreSQL). One revision per transaction that changed an audited
-- record: who (username) and when (changed_at, UTC text; rev_timestamp is Envers' own millis).
CREATE TABLE security_revision (
    rev           SERIAL PRIMARY KEY,
    rev_timestamp BIGINT NOT NULL,
    changed_at    TEXT NOT NULL,
    username      TEXT NOT NULL
);

-- <table>_aud: the audited columns, plus rev and revtype (0 added, 1 changed, 2 deleted).
CREATE TABLE security_user_aud (
    id                  TEXT NOT NULL,
    rev                 INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype             SMALLINT,
    username            TEXT,
    display_name        TEXT,
    role                TEXT,
    password_changed_at TEXT,
    active              INTEGER,
    PRIMARY KEY (id, rev)
);

CREATE TABLE pdp_consent_aud (
    id           TEXT NOT NULL,
    rev          INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype      SMALLINT,
    person_id    TEXT,
    purpose      TEXT,
    given_on     TEXT,
    evidence     TEXT,
    withdrawn_on TEXT,
    PRIMARY KEY (id, rev)
);
