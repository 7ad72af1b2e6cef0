-- Atlas: the weights a supervisor gave the index's indicators, and population figures imported
-- to replace the shipped 2024 ones. Portable SQL (SQLite and PostgreSQL).
CREATE TABLE atlas_weight (
    indicator_id TEXT PRIMARY KEY,
    weight       REAL NOT NULL CHECK (weight >= 0),
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL
);

CREATE TABLE atlas_population (
    kode_kelurahan TEXT NOT NULL REFERENCES ref_kelurahan (kode),
    tahun          INTEGER NOT NULL,
    penduduk       INTEGER NOT NULL CHECK (penduduk >= 0),
    sumber         TEXT NOT NULL,
    imported_at    TEXT NOT NULL,
    PRIMARY KEY (kode_kelurahan, tahun)
);
