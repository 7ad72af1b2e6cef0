-- Attachments (bytes inside the database, so every backup holds them) and the Envers audit
-- tables of every audited case entity (postgresql). Attachments are written once and never
-- changed (who and when are their base columns), so they have no audit table.

CREATE TABLE case_attachment (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    case_id TEXT NOT NULL REFERENCES case_file (id),
    nama_file TEXT NOT NULL,
    mime TEXT NOT NULL,
    ukuran INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    isi BYTEA NOT NULL
);

CREATE INDEX ix_case_attachment_case ON case_attachment (case_id);

CREATE TABLE case_file_aud (
    id TEXT NOT NULL,
    rev INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype SMALLINT,
    nomor TEXT,
    nomor_lama TEXT,
    tahun INTEGER,
    status TEXT,
    sumber TEXT,
    kategori_kode TEXT,
    risiko TEXT,
    pekerja TEXT,
    tanggal_buka TEXT,
    kode_kelurahan TEXT,
    household_id TEXT,
    klien TEXT,
    ringkasan TEXT,
    tanggal_tutup TEXT,
    alasan_tutup TEXT,
    keterangan_tutup TEXT,
    menunggu TEXT,
    PRIMARY KEY (id, rev)
);

CREATE TABLE case_client_aud (
    id TEXT NOT NULL,
    rev INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype SMALLINT,
    case_id TEXT,
    person_id TEXT,
    nama TEXT,
    peran TEXT,
    PRIMARY KEY (id, rev)
);

CREATE TABLE case_transition_aud (
    id TEXT NOT NULL,
    rev INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype SMALLINT,
    case_id TEXT,
    dari TEXT,
    ke TEXT,
    alasan TEXT,
    PRIMARY KEY (id, rev)
);

CREATE TABLE case_assessment_value_aud (
    id TEXT NOT NULL,
    rev INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype SMALLINT,
    case_id TEXT,
    field_id TEXT,
    nilai TEXT,
    PRIMARY KEY (id, rev)
);

CREATE TABLE case_plan_aud (
    id TEXT NOT NULL,
    rev INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype SMALLINT,
    case_id TEXT,
    revisi INTEGER,
    status TEXT,
    catatan TEXT,
    diputus_oleh TEXT,
    diputus_at TEXT,
    PRIMARY KEY (id, rev)
);

CREATE TABLE case_plan_item_aud (
    id TEXT NOT NULL,
    rev INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype SMALLINT,
    plan_id TEXT,
    urutan INTEGER,
    tujuan TEXT,
    tindakan TEXT,
    penanggung_jawab TEXT,
    tenggat TEXT,
    PRIMARY KEY (id, rev)
);

CREATE TABLE case_service_aud (
    id TEXT NOT NULL,
    rev INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype SMALLINT,
    case_id TEXT,
    jenis TEXT,
    tanggal TEXT,
    penyedia TEXT,
    hasil TEXT,
    PRIMARY KEY (id, rev)
);

CREATE TABLE case_note_aud (
    id TEXT NOT NULL,
    rev INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype SMALLINT,
    case_id TEXT,
    teks TEXT,
    kesehatan INTEGER,
    koreksi_dari TEXT,
    dikoreksi INTEGER,
    PRIMARY KEY (id, rev)
);

CREATE TABLE case_task_aud (
    id TEXT NOT NULL,
    rev INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype SMALLINT,
    case_id TEXT,
    judul TEXT,
    tenggat TEXT,
    pemilik TEXT,
    selesai_at TEXT,
    PRIMARY KEY (id, rev)
);

CREATE TABLE case_approval_aud (
    id TEXT NOT NULL,
    rev INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype SMALLINT,
    case_id TEXT,
    jenis TEXT,
    ref_id TEXT,
    status TEXT,
    alasan TEXT,
    tanggal TEXT,
    keterangan TEXT,
    diputus_oleh TEXT,
    diputus_at TEXT,
    catatan_putusan TEXT,
    PRIMARY KEY (id, rev)
);

CREATE TABLE case_institution_aud (
    id TEXT NOT NULL,
    rev INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype SMALLINT,
    nama TEXT,
    jenis TEXT,
    alamat TEXT,
    kontak TEXT,
    kapasitas INTEGER,
    aktif INTEGER,
    PRIMARY KEY (id, rev)
);

CREATE TABLE case_referral_aud (
    id TEXT NOT NULL,
    rev INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype SMALLINT,
    case_id TEXT,
    institution_id TEXT,
    status TEXT,
    tanggal TEXT,
    alasan TEXT,
    override_oleh TEXT,
    catatan TEXT,
    PRIMARY KEY (id, rev)
);

CREATE TABLE case_consent_aud (
    id TEXT NOT NULL,
    rev INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype SMALLINT,
    case_id TEXT,
    person_id TEXT,
    tujuan TEXT,
    tanggal TEXT,
    bukti TEXT,
    consent_id TEXT,
    PRIMARY KEY (id, rev)
);
