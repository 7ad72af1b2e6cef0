-- The needs domains are data a supervisor changes: their history says who renamed or retired one.
CREATE TABLE case_domain_aud (
    id TEXT NOT NULL,
    rev INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype TINYINT,
    kode TEXT,
    nama TEXT,
    kesehatan INTEGER,
    urutan INTEGER,
    aktif INTEGER,
    PRIMARY KEY (id, rev)
);
