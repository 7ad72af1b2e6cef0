CREATE TABLE test_a_item (
    id         TEXT PRIMARY KEY,
    version    INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    name       TEXT NOT NULL,
    kelurahan  TEXT REFERENCES ref_kelurahan (kode)
);
