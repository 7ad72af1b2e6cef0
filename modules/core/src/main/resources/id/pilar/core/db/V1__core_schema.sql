-- Core schema: key/value facts about this database file, and reference tables.
-- Portable SQL (SQLite and PostgreSQL). Integer columns are INTEGER (PLATFORM-NOTES #6).

CREATE TABLE pilar_meta (
    meta_key   TEXT PRIMARY KEY,
    meta_value TEXT NOT NULL
);

CREATE TABLE ref_kecamatan (
    kode      TEXT PRIMARY KEY,      -- Kemendagri, e.g. 31.71.01 (as in NIK and KK)
    nama      TEXT NOT NULL,
    kode_bps  TEXT NOT NULL UNIQUE   -- BPS, e.g. 3173080 (BPS 3171 is Jakarta Selatan!)
);

CREATE TABLE ref_kelurahan (
    kode            TEXT PRIMARY KEY,    -- Kemendagri, e.g. 31.71.01.1001
    kode_kecamatan  TEXT NOT NULL REFERENCES ref_kecamatan (kode),
    nama            TEXT NOT NULL,
    kode_bps        TEXT NOT NULL UNIQUE,
    nama_bps        TEXT NOT NULL,
    kode_pos        TEXT NOT NULL,
    penduduk_2024   INTEGER,
    luas_m2         INTEGER              -- area in square metres (integer keeps both databases exact)
);

CREATE INDEX ix_ref_kelurahan_kecamatan ON ref_kelurahan (kode_kecamatan);

-- Spellings met in real files, normalised (lower case, letters and digits only).
CREATE TABLE ref_kelurahan_alias (
    alias          TEXT PRIMARY KEY,
    kode_kelurahan TEXT NOT NULL REFERENCES ref_kelurahan (kode)
);

-- PPKS (people in need) and PSKS (social-welfare resources), Permensos 08/2012,
-- with the 2007 legacy codes and the 2019 outreach categories of Sudinsos Jakarta Pusat.
CREATE TABLE ref_kategori_kesos (
    kode      TEXT PRIMARY KEY,   -- PPKS-01 … PPKS-26, PSKS-01 … PSKS-12, LAMA-01 …, JALANAN-1 …
    skema     TEXT NOT NULL,      -- PERMENSOS_08_2012, PUSDATIN_2007, SUDINSOS_JAKPUS_PENJANGKAUAN_2019
    jenis     TEXT NOT NULL,      -- PPKS, PSKS, JALANAN
    nomor     INTEGER NOT NULL,
    singkatan TEXT,
    nama      TEXT NOT NULL,
    aktif     INTEGER NOT NULL    -- 1 for the current scheme, 0 for legacy codes
);
