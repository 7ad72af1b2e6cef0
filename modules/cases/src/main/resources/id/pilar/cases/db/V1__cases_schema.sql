-- Case files (issue 12). Portable SQL (SQLite and PostgreSQL). Dates and instants are TEXT
-- (ISO, instants in UTC); who and when of every row are the base columns.

CREATE TABLE case_file (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    nomor TEXT NOT NULL,
    nomor_lama TEXT,
    tahun INTEGER NOT NULL,
    status TEXT NOT NULL,
    sumber TEXT NOT NULL,
    kategori_kode TEXT,
    risiko TEXT NOT NULL,
    pekerja TEXT,
    tanggal_buka TEXT NOT NULL,
    kode_kelurahan TEXT,
    household_id TEXT,
    klien TEXT,
    ringkasan TEXT,
    tanggal_tutup TEXT,
    alasan_tutup TEXT,
    keterangan_tutup TEXT,
    menunggu TEXT
);

CREATE TABLE case_client (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    case_id TEXT NOT NULL REFERENCES case_file (id),
    person_id TEXT NOT NULL,
    nama TEXT NOT NULL,
    peran TEXT NOT NULL
);

CREATE TABLE case_transition (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    case_id TEXT NOT NULL REFERENCES case_file (id),
    dari TEXT,
    ke TEXT NOT NULL,
    alasan TEXT
);

CREATE TABLE case_domain (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    kode TEXT NOT NULL UNIQUE,
    nama TEXT NOT NULL,
    kesehatan INTEGER NOT NULL,
    urutan INTEGER NOT NULL,
    aktif INTEGER NOT NULL
);

CREATE TABLE case_field (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    domain_id TEXT NOT NULL REFERENCES case_domain (id),
    kode TEXT NOT NULL,
    label TEXT NOT NULL,
    jenis TEXT NOT NULL,
    urutan INTEGER NOT NULL,
    aktif INTEGER NOT NULL
);

CREATE TABLE case_assessment_value (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    case_id TEXT NOT NULL REFERENCES case_file (id),
    field_id TEXT NOT NULL REFERENCES case_field (id),
    nilai TEXT
);

CREATE TABLE case_plan (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    case_id TEXT NOT NULL REFERENCES case_file (id),
    revisi INTEGER NOT NULL,
    status TEXT NOT NULL,
    catatan TEXT,
    diputus_oleh TEXT,
    diputus_at TEXT
);

CREATE TABLE case_plan_item (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    plan_id TEXT NOT NULL REFERENCES case_plan (id),
    urutan INTEGER NOT NULL,
    tujuan TEXT NOT NULL,
    tindakan TEXT NOT NULL,
    penanggung_jawab TEXT,
    tenggat TEXT
);

CREATE TABLE case_service (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    case_id TEXT NOT NULL REFERENCES case_file (id),
    jenis TEXT NOT NULL,
    tanggal TEXT NOT NULL,
    penyedia TEXT,
    hasil TEXT
);

CREATE TABLE case_note (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    case_id TEXT NOT NULL REFERENCES case_file (id),
    teks TEXT NOT NULL,
    kesehatan INTEGER NOT NULL,
    koreksi_dari TEXT,
    dikoreksi INTEGER NOT NULL
);

CREATE TABLE case_task (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    case_id TEXT NOT NULL REFERENCES case_file (id),
    judul TEXT NOT NULL,
    tenggat TEXT NOT NULL,
    pemilik TEXT,
    selesai_at TEXT
);

CREATE TABLE case_approval (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    case_id TEXT NOT NULL REFERENCES case_file (id),
    jenis TEXT NOT NULL,
    ref_id TEXT,
    status TEXT NOT NULL,
    alasan TEXT,
    tanggal TEXT,
    keterangan TEXT,
    diputus_oleh TEXT,
    diputus_at TEXT,
    catatan_putusan TEXT
);

CREATE TABLE case_institution (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    nama TEXT NOT NULL,
    jenis TEXT NOT NULL,
    alamat TEXT,
    kontak TEXT,
    kapasitas INTEGER NOT NULL,
    aktif INTEGER NOT NULL
);

CREATE TABLE case_referral (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    case_id TEXT NOT NULL REFERENCES case_file (id),
    institution_id TEXT NOT NULL REFERENCES case_institution (id),
    status TEXT NOT NULL,
    tanggal TEXT NOT NULL,
    alasan TEXT,
    override_oleh TEXT,
    catatan TEXT
);

CREATE TABLE case_consent (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    case_id TEXT NOT NULL REFERENCES case_file (id),
    person_id TEXT NOT NULL,
    tujuan TEXT NOT NULL,
    tanggal TEXT NOT NULL,
    bukti TEXT NOT NULL,
    consent_id TEXT
);

-- Case numbers: one counter per office prefix and year, advanced in the transaction that opens
-- the case, so a number is never given twice and never reused (a rolled-back case rolls its
-- number back with it, before anyone saw it).
CREATE TABLE case_number_seq (
    prefix TEXT NOT NULL,
    tahun  INTEGER NOT NULL,
    terakhir INTEGER NOT NULL,
    PRIMARY KEY (prefix, tahun)
);

-- Settings of the module (office prefix of case numbers, attachment limits).
CREATE TABLE case_setting (
    kunci TEXT PRIMARY KEY,
    nilai TEXT NOT NULL
);
INSERT INTO case_setting (kunci, nilai) VALUES ('office.prefix', 'JP');

CREATE UNIQUE INDEX ux_case_file_nomor ON case_file (nomor);
CREATE INDEX ix_case_file_nomor_lama ON case_file (nomor_lama);
CREATE INDEX ix_case_file_status ON case_file (status, tanggal_buka);
CREATE INDEX ix_case_file_pekerja ON case_file (pekerja, status);
CREATE INDEX ix_case_file_kelurahan ON case_file (kode_kelurahan, status);
CREATE INDEX ix_case_file_kategori ON case_file (kategori_kode, status);
CREATE INDEX ix_case_file_sumber ON case_file (sumber, status);
CREATE INDEX ix_case_file_buka ON case_file (tanggal_buka);
CREATE INDEX ix_case_client_case ON case_client (case_id);
CREATE INDEX ix_case_client_person ON case_client (person_id);
CREATE INDEX ix_case_transition_case ON case_transition (case_id, created_at);
CREATE UNIQUE INDEX ux_case_field ON case_field (domain_id, kode);
CREATE UNIQUE INDEX ux_case_assessment ON case_assessment_value (case_id, field_id);
CREATE UNIQUE INDEX ux_case_plan_revisi ON case_plan (case_id, revisi);
CREATE INDEX ix_case_plan_item_plan ON case_plan_item (plan_id, urutan);
CREATE INDEX ix_case_service_case ON case_service (case_id, tanggal);
CREATE INDEX ix_case_note_case ON case_note (case_id, created_at);
CREATE INDEX ix_case_task_case ON case_task (case_id, selesai_at, tenggat);
CREATE INDEX ix_case_task_open ON case_task (selesai_at, tenggat, pemilik);
CREATE INDEX ix_case_approval_status ON case_approval (status, created_at);
CREATE INDEX ix_case_approval_case ON case_approval (case_id);
CREATE INDEX ix_case_referral_case ON case_referral (case_id);
CREATE INDEX ix_case_referral_institution ON case_referral (institution_id, status);
CREATE INDEX ix_case_consent_case ON case_consent (case_id);
