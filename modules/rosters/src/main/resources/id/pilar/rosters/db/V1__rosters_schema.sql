-- Rosters: social-pillar organisations, members, memberships, certificates, duties, shifts,
-- assignments, attendance and hours corrections. Portable SQL (SQLite and PostgreSQL):
-- ids/instants/dates are TEXT, numbers INTEGER (PLATFORM-NOTES #6), flags INTEGER 0/1.

CREATE TABLE ros_organisation (
    id                  TEXT PRIMARY KEY,
    version             INTEGER NOT NULL,
    created_at          TEXT NOT NULL,
    created_by          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    updated_by          TEXT NOT NULL,
    name                TEXT NOT NULL,
    psks_kode           TEXT NOT NULL REFERENCES ref_kategori_kesos (kode),  -- PSKS-03 Tagana, …
    registration_number TEXT NOT NULL UNIQUE,
    sk_number           TEXT,            -- decree (Surat Keputusan) that recognises it
    sk_valid_from       TEXT,
    sk_valid_until      TEXT,
    address             TEXT,
    kelurahan_kode      TEXT NOT NULL REFERENCES ref_kelurahan (kode),
    head_name           TEXT,
    status              TEXT NOT NULL    -- AKTIF, NON_AKTIF, DIBEKUKAN
);
CREATE INDEX ix_ros_organisation_psks ON ros_organisation (psks_kode);

CREATE TABLE ros_member (
    id                   TEXT PRIMARY KEY,
    version              INTEGER NOT NULL,
    created_at           TEXT NOT NULL,
    created_by           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    updated_by           TEXT NOT NULL,
    nik                  TEXT NOT NULL,
    full_name            TEXT NOT NULL,
    name_key             TEXT NOT NULL,  -- PersonNames.canonical, for search
    sex                  TEXT NOT NULL,  -- L or P
    birth_date           TEXT,
    phone                TEXT,           -- E.164, +62…
    kelurahan_kode       TEXT REFERENCES ref_kelurahan (kode),
    tagana_number        TEXT,
    tagana_rank          TEXT,           -- MUDA, MADYA, UTAMA
    tksk_kecamatan_kode  TEXT REFERENCES ref_kecamatan (kode),
    tksk_sk_number       TEXT,
    tksk_sk_valid_from   TEXT,
    tksk_sk_valid_until  TEXT,
    psm_kelurahan_kode   TEXT REFERENCES ref_kelurahan (kode)
);
-- The service warns and offers the existing member first; the index is the last line of defence.
CREATE UNIQUE INDEX ux_ros_member_nik ON ros_member (nik);
CREATE INDEX ix_ros_member_name ON ros_member (name_key);
CREATE INDEX ix_ros_member_kelurahan ON ros_member (kelurahan_kode);

CREATE TABLE ros_membership (
    id              TEXT PRIMARY KEY,
    version         INTEGER NOT NULL,
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    member_id       TEXT NOT NULL REFERENCES ros_member (id),
    organisation_id TEXT NOT NULL REFERENCES ros_organisation (id),
    role            TEXT NOT NULL,
    start_date      TEXT NOT NULL,
    end_date        TEXT               -- null while the membership runs
);
CREATE INDEX ix_ros_membership_member ON ros_membership (member_id, start_date);
CREATE INDEX ix_ros_membership_org ON ros_membership (organisation_id);

CREATE TABLE ros_certificate (
    id                 TEXT PRIMARY KEY,
    version            INTEGER NOT NULL,
    created_at         TEXT NOT NULL,
    created_by         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    updated_by         TEXT NOT NULL,
    member_id          TEXT NOT NULL REFERENCES ros_member (id),
    training_name      TEXT NOT NULL,
    skill_code         TEXT NOT NULL,  -- what the certificate qualifies for, e.g. SAR, P3K
    issuer             TEXT,
    certificate_number TEXT,
    issued_on          TEXT NOT NULL,
    expires_on         TEXT            -- null: does not expire
);
CREATE INDEX ix_ros_certificate_member ON ros_certificate (member_id);
CREATE INDEX ix_ros_certificate_expiry ON ros_certificate (expires_on);

CREATE TABLE ros_duty (
    id               TEXT PRIMARY KEY,
    version          INTEGER NOT NULL,
    created_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    kind             TEXT NOT NULL,    -- APEL, PATROLI, SIAGA_BENCANA, PELATIHAN, UPACARA, LAINNYA
    title            TEXT NOT NULL,
    duty_date        TEXT NOT NULL,
    kelurahan_kode   TEXT REFERENCES ref_kelurahan (kode),
    place_name       TEXT,             -- named hotspot, e.g. Pasar Senen, Monas
    organisation_id  TEXT REFERENCES ros_organisation (id),
    required_skills  TEXT,             -- comma-separated skill codes every assigned member needs
    notes            TEXT
);
CREATE INDEX ix_ros_duty_date ON ros_duty (duty_date);

CREATE TABLE ros_shift (
    id          TEXT PRIMARY KEY,
    version     INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    duty_id     TEXT NOT NULL REFERENCES ros_duty (id),
    shift_date  TEXT NOT NULL,        -- Jakarta date the shift starts on
    starts_at   TEXT NOT NULL,        -- UTC instant
    ends_at     TEXT NOT NULL,        -- UTC instant; the next day when the shift spans midnight
    headcount   INTEGER NOT NULL
);
CREATE INDEX ix_ros_shift_date ON ros_shift (shift_date);
CREATE INDEX ix_ros_shift_duty ON ros_shift (duty_id);

CREATE TABLE ros_assignment (
    id              TEXT PRIMARY KEY,
    version         INTEGER NOT NULL,
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    shift_id        TEXT NOT NULL REFERENCES ros_shift (id),
    member_id       TEXT NOT NULL REFERENCES ros_member (id),
    organisation_id TEXT REFERENCES ros_organisation (id)  -- the organisation the member serves for
);
CREATE UNIQUE INDEX ux_ros_assignment ON ros_assignment (shift_id, member_id);
CREATE INDEX ix_ros_assignment_member ON ros_assignment (member_id);

-- One attendance per assignment. member, organisation and work date are copied from the
-- assignment and shift so that hour reports over a million rows read one covering index.
CREATE TABLE ros_attendance (
    id              TEXT PRIMARY KEY,
    version         INTEGER NOT NULL,
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    assignment_id   TEXT NOT NULL UNIQUE REFERENCES ros_assignment (id),
    member_id       TEXT NOT NULL REFERENCES ros_member (id),
    organisation_id TEXT REFERENCES ros_organisation (id),
    work_date       TEXT NOT NULL,
    check_in        TEXT NOT NULL,
    check_out       TEXT,
    minutes         INTEGER NOT NULL,  -- check_out - check_in; 0 while still checked in
    source          TEXT NOT NULL      -- LANGSUNG (at the time) or SUSULAN (entered afterwards by a clerk)
);
-- Covers the period reports: hours per member and per organisation read only this index.
CREATE INDEX ix_ros_attendance_date_member ON ros_attendance (work_date, member_id, organisation_id, minutes);
CREATE INDEX ix_ros_attendance_member_date ON ros_attendance (member_id, work_date);
CREATE INDEX ix_ros_attendance_org_date ON ros_attendance (organisation_id, work_date, minutes);

-- Manual corrections never overwrite attendance: each is a row with who (created_by), when
-- (created_at) and why. delta_minutes is its effect on the hours, so totals are plain sums.
CREATE TABLE ros_hours_correction (
    id                  TEXT PRIMARY KEY,
    version             INTEGER NOT NULL,
    created_at          TEXT NOT NULL,
    created_by          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    updated_by          TEXT NOT NULL,
    attendance_id       TEXT NOT NULL REFERENCES ros_attendance (id),
    member_id           TEXT NOT NULL REFERENCES ros_member (id),
    organisation_id     TEXT REFERENCES ros_organisation (id),
    work_date           TEXT NOT NULL,
    kind                TEXT NOT NULL,   -- DELTA (add/subtract) or REPLACE (set the hours)
    replacement_minutes INTEGER,         -- the hours a REPLACE sets
    delta_minutes       INTEGER NOT NULL,
    reason              TEXT NOT NULL
);
CREATE INDEX ix_ros_correction_attendance ON ros_hours_correction (attendance_id);
CREATE INDEX ix_ros_correction_date ON ros_hours_correction (work_date, member_id);
