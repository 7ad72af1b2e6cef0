-- Change history (Hibernate Envers) of every rosters record: organisations, members and their
-- memberships, certificates, duties, shifts, assignments, attendance and hours corrections. One
-- <table>_aud per table: its audited columns (all nullable), rev, and revtype (0 added, 1 changed,
-- 2 deleted). name_key (a derived search key) is not kept. Records written before this version
-- have no history until their next change. SQLite: revtype TINYINT.
CREATE TABLE ros_organisation_aud (
    id                  TEXT NOT NULL,
    rev                 INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype             TINYINT,
    name                TEXT,
    psks_kode           TEXT,
    registration_number TEXT,
    sk_number           TEXT,
    sk_valid_from       TEXT,
    sk_valid_until      TEXT,
    address             TEXT,
    kelurahan_kode      TEXT,
    head_name           TEXT,
    status              TEXT,
    PRIMARY KEY (id, rev)
);

CREATE TABLE ros_member_aud (
    id                  TEXT NOT NULL,
    rev                 INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype             TINYINT,
    nik                 TEXT,
    full_name           TEXT,
    sex                 TEXT,
    birth_date          TEXT,
    phone               TEXT,
    kelurahan_kode      TEXT,
    tagana_number       TEXT,
    tagana_rank         TEXT,
    tksk_kecamatan_kode TEXT,
    tksk_sk_number      TEXT,
    tksk_sk_valid_from  TEXT,
    tksk_sk_valid_until TEXT,
    psm_kelurahan_kode  TEXT,
    PRIMARY KEY (id, rev)
);

CREATE TABLE ros_membership_aud (
    id              TEXT NOT NULL,
    rev             INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype         TINYINT,
    member_id       TEXT,
    organisation_id TEXT,
    role            TEXT,
    start_date      TEXT,
    end_date        TEXT,
    PRIMARY KEY (id, rev)
);

CREATE TABLE ros_certificate_aud (
    id                 TEXT NOT NULL,
    rev                INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype            TINYINT,
    member_id          TEXT,
    training_name      TEXT,
    skill_code         TEXT,
    issuer             TEXT,
    certificate_number TEXT,
    issued_on          TEXT,
    expires_on         TEXT,
    PRIMARY KEY (id, rev)
);

CREATE TABLE ros_duty_aud (
    id              TEXT NOT NULL,
    rev             INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype         TINYINT,
    kind            TEXT,
    title           TEXT,
    duty_date       TEXT,
    kelurahan_kode  TEXT,
    place_name      TEXT,
    organisation_id TEXT,
    required_skills TEXT,
    notes           TEXT,
    PRIMARY KEY (id, rev)
);

CREATE TABLE ros_shift_aud (
    id         TEXT NOT NULL,
    rev        INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype    TINYINT,
    duty_id    TEXT,
    shift_date TEXT,
    starts_at  TEXT,
    ends_at    TEXT,
    headcount  INTEGER,
    PRIMARY KEY (id, rev)
);

CREATE TABLE ros_assignment_aud (
    id              TEXT NOT NULL,
    rev             INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype         TINYINT,
    shift_id        TEXT,
    member_id       TEXT,
    organisation_id TEXT,
    PRIMARY KEY (id, rev)
);

CREATE TABLE ros_attendance_aud (
    id              TEXT NOT NULL,
    rev             INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype         TINYINT,
    assignment_id   TEXT,
    member_id       TEXT,
    organisation_id TEXT,
    work_date       TEXT,
    check_in        TEXT,
    check_out       TEXT,
    minutes         INTEGER,
    source          TEXT,
    PRIMARY KEY (id, rev)
);

CREATE TABLE ros_hours_correction_aud (
    id                  TEXT NOT NULL,
    rev                 INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype             TINYINT,
    attendance_id       TEXT,
    member_id           TEXT,
    organisation_id     TEXT,
    work_date           TEXT,
    kind                TEXT,
    replacement_minutes INTEGER,
    delta_minutes       INTEGER,
    reason              TEXT,
    PRIMARY KEY (id, rev)
);

