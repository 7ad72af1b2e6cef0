-- Envers audit tables of the audited intake entities (postgresql): reports (reporters' identity),
-- outreach operations and the people found.

CREATE TABLE intake_report_aud (
    id TEXT NOT NULL,
    rev INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype SMALLINT,
    nomor TEXT,
    diterima_at TEXT,
    tanggal TEXT,
    minggu TEXT,
    kanal TEXT,
    pelapor_nama TEXT,
    pelapor_telepon TEXT,
    anonim INTEGER,
    hotspot_id TEXT,
    kode_kelurahan TEXT,
    alamat TEXT,
    lintang_e6 INTEGER,
    bujur_e6 INTEGER,
    kategori_kode TEXT,
    jumlah_orang INTEGER,
    uraian TEXT,
    status TEXT,
    triase_at TEXT,
    triase_oleh TEXT,
    respons_at TEXT,
    person_id TEXT,
    case_id TEXT,
    duplikat_dari TEXT,
    alasan_tutup TEXT,
    operation_id TEXT,
    PRIMARY KEY (id, rev)
);

CREATE TABLE intake_operation_aud (
    id TEXT NOT NULL,
    rev INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype SMALLINT,
    tanggal TEXT,
    jam_mulai TEXT,
    jam_selesai TEXT,
    titik TEXT,
    tim TEXT,
    kendaraan TEXT,
    catatan TEXT,
    kunci TEXT,
    PRIMARY KEY (id, rev)
);

CREATE TABLE intake_found_person_aud (
    id TEXT NOT NULL,
    rev INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype SMALLINT,
    operation_id TEXT,
    nama TEXT,
    jenis_kelamin TEXT,
    usia_perkiraan INTEGER,
    kategori_kode TEXT,
    nik TEXT,
    kondisi TEXT,
    person_id TEXT,
    case_id TEXT,
    referral_id TEXT,
    PRIMARY KEY (id, rev)
);
