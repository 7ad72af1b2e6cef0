-- Registry: people, households (KK) with membership history, PPKS categories, NIK reconciliation,
-- duplicates and merges, and the DTSEN snapshots. Portable SQL (SQLite and PostgreSQL).

-- Registry numbers for people without a NIK: REG-<year>-<sequence>, one counter per year.
CREATE TABLE reg_nomor_urut (
    tahun    INTEGER PRIMARY KEY,
    terakhir INTEGER NOT NULL
);

CREATE TABLE reg_person (
    id              TEXT PRIMARY KEY,
    version         INTEGER NOT NULL,
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    nomor_registri  TEXT NOT NULL UNIQUE,   -- REG-2026-000123: every person has one, NIK or not
    nik             TEXT,                   -- 16 digits, or NULL for people without documents
    nama            TEXT NOT NULL,
    nama_kanonik    TEXT NOT NULL,          -- PersonNames.canonical(nama): what search and matching compare
    alias           TEXT,                   -- other names, one per line
    alias_kanonik   TEXT,                   -- canonical aliases, space separated
    jenis_kelamin   TEXT,                   -- L / P
    tempat_lahir    TEXT,
    tanggal_lahir   TEXT,                   -- ISO date
    tahun_lahir_perkiraan INTEGER,          -- when only an estimated age is known
    nama_ibu        TEXT,                   -- mother's maiden name
    alamat_jalan    TEXT,
    rt              TEXT,
    rw              TEXT,
    kode_kelurahan  TEXT REFERENCES ref_kelurahan (kode),
    tanpa_alamat    INTEGER NOT NULL,       -- 1 = tanpa alamat tetap
    lokasi_terakhir TEXT,                   -- last known hotspot for people without a fixed address
    telepon         TEXT,                   -- E.164
    disabilitas     TEXT,
    catatan         TEXT,
    status          TEXT NOT NULL,          -- AKTIF, GANDA (merged into another record)
    digabung_ke     TEXT REFERENCES reg_person (id)
);
CREATE INDEX ix_reg_person_nik ON reg_person (nik);
CREATE INDEX ix_reg_person_kelurahan ON reg_person (kode_kelurahan);
CREATE INDEX ix_reg_person_lahir ON reg_person (tanggal_lahir);
CREATE INDEX ix_reg_person_kanonik ON reg_person (nama_kanonik);

CREATE TABLE reg_person_kategori (
    id             TEXT PRIMARY KEY,
    version        INTEGER NOT NULL,
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    person_id      TEXT NOT NULL REFERENCES reg_person (id),
    kode_kategori  TEXT NOT NULL REFERENCES ref_kategori_kesos (kode),
    mulai          TEXT,
    selesai        TEXT
);
CREATE INDEX ix_reg_person_kategori_person ON reg_person_kategori (person_id);

-- Every NIK a person had: a registry-only person reconciled to a verified NIK keeps the trail.
CREATE TABLE reg_nik_riwayat (
    id          TEXT PRIMARY KEY,
    version     INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    person_id   TEXT NOT NULL REFERENCES reg_person (id),
    nik_lama    TEXT,
    nik_baru    TEXT,
    alasan      TEXT NOT NULL
);
CREATE INDEX ix_reg_nik_riwayat_person ON reg_nik_riwayat (person_id);

CREATE TABLE reg_household (
    id              TEXT PRIMARY KEY,
    version         INTEGER NOT NULL,
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    nomor_kk        TEXT NOT NULL,
    alamat_jalan    TEXT,
    rt              TEXT,
    rw              TEXT,
    kode_kelurahan  TEXT REFERENCES ref_kelurahan (kode),
    status          TEXT NOT NULL,          -- AKTIF, TIDAK_AKTIF (after a split or a new KK)
    asal_id         TEXT REFERENCES reg_household (id)  -- the KK this one was split from
);
CREATE INDEX ix_reg_household_kk ON reg_household (nomor_kk);

-- Membership over time: a row ends (selesai) instead of being deleted, so past households show.
CREATE TABLE reg_household_anggota (
    id            TEXT PRIMARY KEY,
    version       INTEGER NOT NULL,
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    household_id  TEXT NOT NULL REFERENCES reg_household (id),
    person_id     TEXT NOT NULL REFERENCES reg_person (id),
    shdk          INTEGER NOT NULL,         -- 1 Kepala Keluarga … 11 Lainnya
    mulai         TEXT NOT NULL,
    selesai       TEXT
);
CREATE INDEX ix_reg_anggota_household ON reg_household_anggota (household_id);
CREATE INDEX ix_reg_anggota_person ON reg_household_anggota (person_id);

-- KK changes (new, split, move): the household's history.
CREATE TABLE reg_household_peristiwa (
    id            TEXT PRIMARY KEY,
    version       INTEGER NOT NULL,
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    household_id  TEXT NOT NULL REFERENCES reg_household (id),
    jenis         TEXT NOT NULL,            -- DIBENTUK, PECAH, PINDAH
    tanggal       TEXT NOT NULL,
    keterangan    TEXT NOT NULL
);
CREATE INDEX ix_reg_peristiwa_household ON reg_household_peristiwa (household_id);

-- Duplicate review queue, filled by the scan; one row per candidate pair (person_a < person_b).
CREATE TABLE reg_duplikat (
    id          TEXT PRIMARY KEY,
    version     INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    person_a    TEXT NOT NULL REFERENCES reg_person (id),
    person_b    TEXT NOT NULL REFERENCES reg_person (id),
    skor        INTEGER NOT NULL,           -- 0..100
    alasan      TEXT NOT NULL,
    status      TEXT NOT NULL,              -- TERBUKA, DIGABUNG, BUKAN_GANDA
    UNIQUE (person_a, person_b)
);
CREATE INDEX ix_reg_duplikat_status ON reg_duplikat (status);

-- A merge: which record survived, which field came from where, and the loser's values before,
-- so that unmerge restores both records exactly.
CREATE TABLE reg_penggabungan (
    id            TEXT PRIMARY KEY,
    version       INTEGER NOT NULL,
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    survivor_id   TEXT NOT NULL REFERENCES reg_person (id),
    merged_id     TEXT NOT NULL REFERENCES reg_person (id),
    survivor_sebelum TEXT NOT NULL,         -- the survivor's fields before the merge (key=value lines)
    pilihan       TEXT NOT NULL,            -- field=A|B lines
    dibatalkan_at TEXT                      -- set by unmerge
);

-- DTSEN: one row per import (the snapshot), the latest values per DTSEN person, and the earlier
-- values whenever a later import changed decile or programmes. Written by plain JDBC in bulk.
CREATE TABLE dtsen_impor (
    id           TEXT PRIMARY KEY,
    version      INTEGER NOT NULL,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    nama_file    TEXT NOT NULL,
    tanggal      TEXT NOT NULL,             -- import date (ISO)
    jumlah_baru  INTEGER NOT NULL,
    jumlah_ubah  INTEGER NOT NULL,
    jumlah_tolak INTEGER NOT NULL,
    file_tolak   TEXT
);

-- Match links confirmed by a clerk (fuzzy matches); exact NIK and KK+name+date links are computed.
CREATE TABLE reg_dtsen_tautan (
    id          TEXT PRIMARY KEY,
    version     INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    person_id   TEXT NOT NULL UNIQUE REFERENCES reg_person (id),
    iddtks      TEXT NOT NULL,
    skor        INTEGER NOT NULL
);
