-- Hotspots are places users add and rename; an alert's acknowledgement carries a person's note:
-- both keep their history (who changed what, when), as every named record does.
CREATE TABLE intake_hotspot_aud (
    id TEXT NOT NULL,
    rev INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype TINYINT,
    nama TEXT,
    nama_kunci TEXT,
    kode_kelurahan TEXT,
    lintang_e6 INTEGER,
    bujur_e6 INTEGER,
    aktif INTEGER,
    PRIMARY KEY (id, rev)
);
CREATE TABLE intake_alert_aud (
    id TEXT NOT NULL,
    rev INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype TINYINT,
    minggu TEXT,
    tingkat TEXT,
    tempat_kode TEXT,
    tempat TEXT,
    kategori_kode TEXT,
    jumlah INTEGER,
    dasar_x10 INTEGER,
    batas INTEGER,
    keterangan TEXT,
    aktif INTEGER,
    diakui_at TEXT,
    diakui_oleh TEXT,
    catatan_akui TEXT,
    PRIMARY KEY (id, rev)
);
