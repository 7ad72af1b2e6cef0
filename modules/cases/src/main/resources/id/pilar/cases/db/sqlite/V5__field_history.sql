-- The fields of the needs domains are data a supervisor adds: their history says who added or changed one.
CREATE TABLE case_field_aud (
    id TEXT NOT NULL,
    rev INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype TINYINT,
    domain_id TEXT,
    kode TEXT,
    label TEXT,
    jenis TEXT,
    urutan INTEGER,
    aktif INTEGER,
    PRIMARY KEY (id, rev)
);
