-- Awards: catalogue of award types (rules and route as text), evidence checklist, facts the
-- rosters do not hold, nominations with their step log, ceremonies and conferred awards.
-- Portable SQL (SQLite and PostgreSQL): ids/instants/dates TEXT, numbers INTEGER, flags INTEGER 0/1.
-- Member and organisation ids refer to the rosters' tables without foreign keys: a recipient's
-- award record must outlive a roster clean-up.

CREATE TABLE awd_type (
    id               TEXT PRIMARY KEY,
    version          INTEGER NOT NULL,
    created_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    code             TEXT NOT NULL UNIQUE,   -- SLKS, PST-PSM, …
    name             TEXT NOT NULL,
    recipient_kind   TEXT NOT NULL,          -- ANGGOTA or ORGANISASI
    rules            TEXT NOT NULL,          -- the rule language (README); checked when saved
    route            TEXT NOT NULL,          -- approval levels, one per line, first = our office
    occasion         TEXT,                   -- e.g. HKSN
    ceremony_month   INTEGER,                -- conferral day of the occasion, e.g. 12 / 20
    ceremony_day     INTEGER,
    min_gap_years    INTEGER NOT NULL,       -- 0: no minimum gap between two awards of this type
    max_gap_days     INTEGER NOT NULL,       -- tolerated break between memberships for continuous service
    active           INTEGER NOT NULL,
    description      TEXT
);

-- Evidence checklist: a document is needed from the step that moves a nomination to required_from on.
CREATE TABLE awd_type_document (
    id             TEXT PRIMARY KEY,
    version        INTEGER NOT NULL,
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    type_id        TEXT NOT NULL REFERENCES awd_type (id),
    code           TEXT NOT NULL,
    name           TEXT NOT NULL,
    media          TEXT NOT NULL,          -- PDF, IMAGE or ANY (checked against the file's content)
    required_from  TEXT NOT NULL,          -- DIUSULKAN, DIVERIFIKASI, DITERUSKAN, DISETUJUI
    position       INTEGER NOT NULL
);
CREATE UNIQUE INDEX ux_awd_type_document ON awd_type_document (type_id, code);

-- Facts the rules need that the rosters do not hold, recorded with their evidence.
CREATE TABLE awd_member_record (
    id              TEXT PRIMARY KEY,
    version         INTEGER NOT NULL,
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    member_id       TEXT NOT NULL UNIQUE,
    citizenship     TEXT,                  -- WNI or WNA; null not recorded
    blood_donations INTEGER,
    prison_years    INTEGER,               -- the longest sentence ever imposed, whole years
    disqualified    INTEGER NOT NULL,
    evidence        TEXT
);

CREATE TABLE awd_nomination (
    id                TEXT PRIMARY KEY,
    version           INTEGER NOT NULL,
    created_at        TEXT NOT NULL,
    created_by        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by        TEXT NOT NULL,
    type_id           TEXT NOT NULL REFERENCES awd_type (id),
    recipient_kind    TEXT NOT NULL,
    recipient_id      TEXT NOT NULL,
    recipient_nik     TEXT NOT NULL,       -- NIK of a member, registration number of an organisation
    recipient_name    TEXT NOT NULL,
    kecamatan_kode    TEXT,                -- where the recipient lives or works, for the reports
    pillar_type       TEXT,                -- PSM, TKSK, KARANG_TARUNA, TAGANA, LKS on the as-of date
    as_of             TEXT NOT NULL,       -- the date eligibility was judged on
    state             TEXT NOT NULL,       -- DRAFT … DIANUGERAHKAN
    route_level       INTEGER NOT NULL,    -- index into the type's route
    eligible          INTEGER NOT NULL,    -- judged eligible when nominated
    eligibility_reason TEXT NOT NULL,
    justification     TEXT,                -- required when not eligible; the nomination stays flagged
    flagged           INTEGER NOT NULL,
    tier              TEXT,
    decision_number   TEXT,                -- e.g. the Keppres number on approval
    decided_on        TEXT,
    rejection_reason  TEXT,
    state_since       TEXT NOT NULL        -- instant of the last step, for "waiting since"
);
CREATE INDEX ix_awd_nomination_state ON awd_nomination (state);
CREATE INDEX ix_awd_nomination_recipient ON awd_nomination (recipient_id, type_id);

-- Every step: who, when, from which state to which, at which route level, with the note.
CREATE TABLE awd_nomination_step (
    id             TEXT PRIMARY KEY,
    version        INTEGER NOT NULL,
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    nomination_id  TEXT NOT NULL REFERENCES awd_nomination (id),
    from_state     TEXT,
    to_state       TEXT NOT NULL,
    route_level    INTEGER NOT NULL,
    actor          TEXT NOT NULL,
    actor_name     TEXT NOT NULL,
    at             TEXT NOT NULL,
    note           TEXT
);
CREATE INDEX ix_awd_step_nomination ON awd_nomination_step (nomination_id, at);

CREATE TABLE awd_ceremony (
    id          TEXT PRIMARY KEY,
    version     INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    name        TEXT NOT NULL,             -- e.g. Peringatan HKSN 2026
    held_on     TEXT NOT NULL,
    place       TEXT NOT NULL,
    presenter   TEXT NOT NULL              -- e.g. Wali Kota Jakarta Pusat, anggota DPD RI
);

CREATE TABLE awd_award (
    id              TEXT PRIMARY KEY,
    version         INTEGER NOT NULL,
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    nomination_id   TEXT NOT NULL UNIQUE REFERENCES awd_nomination (id),
    type_id         TEXT NOT NULL REFERENCES awd_type (id),
    recipient_kind  TEXT NOT NULL,
    recipient_id    TEXT NOT NULL,
    recipient_nik   TEXT NOT NULL,
    recipient_name  TEXT NOT NULL,
    kecamatan_kode  TEXT,
    pillar_type     TEXT,
    tier            TEXT,
    conferred_on    TEXT NOT NULL,
    ceremony_id     TEXT NOT NULL REFERENCES awd_ceremony (id),
    decision_number TEXT NOT NULL,
    serial_number   TEXT NOT NULL UNIQUE,  -- printed on the certificate; a reprint keeps it
    signatory_name  TEXT NOT NULL,
    signatory_title TEXT NOT NULL,
    print_count     INTEGER NOT NULL
);
CREATE INDEX ix_awd_award_recipient ON awd_award (recipient_id, type_id, conferred_on);
CREATE INDEX ix_awd_award_conferred ON awd_award (conferred_on);
