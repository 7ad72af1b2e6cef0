-- Issue 17 items 4 and 6 (portable SQL: SQLite and PostgreSQL).

-- A KK of people without a fixed address (homeless families at the hotspots): no street, RT/RW
-- or kelurahan, optionally the place it was last seen, as reg_person has for one person.
ALTER TABLE reg_household ADD COLUMN tanpa_alamat INTEGER NOT NULL DEFAULT 0;
ALTER TABLE reg_household ADD COLUMN lokasi_terakhir TEXT;
ALTER TABLE reg_household_aud ADD COLUMN tanpa_alamat INTEGER;
ALTER TABLE reg_household_aud ADD COLUMN lokasi_terakhir TEXT;

-- The column mapping of a person list, saved per source (a kelurahan office, OpenSID of a
-- village) and offered again for the next file from that source. Field names to headers as
-- lines "FIELD=header"; no personal data.
CREATE TABLE reg_impor_pemetaan (
    id          TEXT PRIMARY KEY,
    version     INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    sumber      TEXT NOT NULL UNIQUE,
    pemetaan    TEXT NOT NULL
);
