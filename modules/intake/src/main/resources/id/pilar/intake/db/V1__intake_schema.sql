-- Social reports, hotspots, triage, outreach operations and early-warning alerts (issue 14).
-- Portable SQL (SQLite and PostgreSQL). Instants are TEXT in UTC (ISO), dates TEXT (ISO);
-- coordinates are INTEGER micro-degrees so that they stay exact on both databases.

CREATE TABLE intake_hotspot (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    nama TEXT NOT NULL,
    nama_kunci TEXT NOT NULL UNIQUE,
    kode_kelurahan TEXT NOT NULL,
    lintang_e6 INTEGER,
    bujur_e6 INTEGER,
    aktif INTEGER NOT NULL
);

-- A report: where (hotspot, or kelurahan and address, or coordinates: kode_kelurahan is always
-- resolved so that counts per kelurahan need no join), what, who reported it, and its triage.
-- minggu is the Monday (Asia/Jakarta) of the week it was received: the early warning counts by it.
CREATE TABLE intake_report (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    nomor TEXT NOT NULL UNIQUE,
    diterima_at TEXT NOT NULL,
    tanggal TEXT NOT NULL,
    minggu TEXT NOT NULL,
    kanal TEXT NOT NULL,
    pelapor_nama TEXT,
    pelapor_telepon TEXT,
    anonim INTEGER NOT NULL,
    hotspot_id TEXT REFERENCES intake_hotspot (id),
    kode_kelurahan TEXT NOT NULL,
    alamat TEXT,
    lintang_e6 INTEGER,
    bujur_e6 INTEGER,
    kategori_kode TEXT NOT NULL,
    jumlah_orang INTEGER NOT NULL,
    uraian TEXT,
    status TEXT NOT NULL,
    triase_at TEXT,
    triase_oleh TEXT,
    respons_at TEXT,
    person_id TEXT,
    case_id TEXT,
    duplikat_dari TEXT,
    alasan_tutup TEXT,
    operation_id TEXT
);

-- The early warning reads 13 weeks of counts from the covering index and the first week a place
-- was seen from the two place indexes; the inbox reads by status and by time.
CREATE INDEX ix_intake_report_counts ON intake_report (tanggal, hotspot_id, kode_kelurahan, kategori_kode, status);
CREATE INDEX ix_intake_report_hotspot ON intake_report (hotspot_id, tanggal);
CREATE INDEX ix_intake_report_kel ON intake_report (kode_kelurahan, tanggal);
CREATE INDEX ix_intake_report_status ON intake_report (status, diterima_at);
CREATE INDEX ix_intake_report_received ON intake_report (diterima_at);

-- Settings a supervisor edits: triage and response targets, the alert rule's thresholds.
CREATE TABLE intake_setting (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    kunci TEXT NOT NULL UNIQUE,
    nilai TEXT NOT NULL
);

-- An alert of one week (minggu = its Monday) for a place and category; recomputing keeps the row
-- (and its acknowledgement) and refreshes the figures.
CREATE TABLE intake_alert (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    minggu TEXT NOT NULL,
    tingkat TEXT NOT NULL,
    tempat_kode TEXT NOT NULL,
    tempat TEXT NOT NULL,
    kategori_kode TEXT NOT NULL,
    jumlah INTEGER NOT NULL,
    dasar_x10 INTEGER NOT NULL,
    batas INTEGER NOT NULL,
    keterangan TEXT NOT NULL,
    aktif INTEGER NOT NULL,
    diakui_at TEXT,
    diakui_oleh TEXT,
    catatan_akui TEXT,
    UNIQUE (minggu, tingkat, tempat_kode, kategori_kode)
);

-- An outreach operation (penjangkauan); kunci is date, start and hotspots, so that the same
-- operation entered twice is refused.
CREATE TABLE intake_operation (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    tanggal TEXT NOT NULL,
    jam_mulai TEXT NOT NULL,
    jam_selesai TEXT NOT NULL,
    titik TEXT NOT NULL,
    tim TEXT,
    kendaraan TEXT,
    catatan TEXT,
    kunci TEXT NOT NULL UNIQUE
);

-- A person found during an operation, matched against the registry and turned into a person and
-- a case (person_id, case_id), possibly placed in an institution (referral_id).
CREATE TABLE intake_found_person (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    operation_id TEXT NOT NULL REFERENCES intake_operation (id),
    nama TEXT NOT NULL,
    jenis_kelamin TEXT,
    usia_perkiraan INTEGER,
    kategori_kode TEXT NOT NULL,
    nik TEXT,
    kondisi TEXT,
    person_id TEXT NOT NULL,
    case_id TEXT NOT NULL,
    referral_id TEXT
);

CREATE INDEX ix_intake_found_operation ON intake_found_person (operation_id);
CREATE INDEX ix_intake_found_person ON intake_found_person (person_id);

INSERT INTO intake_hotspot (id, version, created_at, created_by, updated_at, updated_by, nama, nama_kunci, kode_kelurahan, lintang_e6, bujur_e6, aktif) VALUES
('hs-stasiun-pasar-senen', 0, '2026-12-01T00:00:00Z', 'system', '2026-12-01T00:00:00Z', 'system', 'Stasiun Pasar Senen', 'stasiun pasar senen', '31.71.04.1001', -6174600, 106844900, 1),
('hs-pasar-tanah-abang', 0, '2026-12-01T00:00:00Z', 'system', '2026-12-01T00:00:00Z', 'system', 'Pasar Tanah Abang', 'pasar tanah abang', '31.71.07.1007', -6187000, 106813200, 1),
('hs-monas', 0, '2026-12-01T00:00:00Z', 'system', '2026-12-01T00:00:00Z', 'system', 'Monas', 'monas', '31.71.01.1001', -6175400, 106827200, 1),
('hs-pasar-baru', 0, '2026-12-01T00:00:00Z', 'system', '2026-12-01T00:00:00Z', 'system', 'Pasar Baru', 'pasar baru', '31.71.02.1001', -6166000, 106834000, 1),
('hs-stasiun-gambir', 0, '2026-12-01T00:00:00Z', 'system', '2026-12-01T00:00:00Z', 'system', 'Stasiun Gambir', 'stasiun gambir', '31.71.01.1001', -6176600, 106830600, 1),
('hs-bundaran-hi', 0, '2026-12-01T00:00:00Z', 'system', '2026-12-01T00:00:00Z', 'system', 'Bundaran HI', 'bundaran hi', '31.71.06.1001', -6195000, 106823000, 1),
('hs-stasiun-tanah-abang', 0, '2026-12-01T00:00:00Z', 'system', '2026-12-01T00:00:00Z', 'system', 'Stasiun Tanah Abang', 'stasiun tanah abang', '31.71.07.1007', -6185700, 106810700, 1),
('hs-stasiun-cikini', 0, '2026-12-01T00:00:00Z', 'system', '2026-12-01T00:00:00Z', 'system', 'Stasiun Cikini', 'stasiun cikini', '31.71.06.1003', -6198500, 106841300, 1),
('hs-taman-suropati', 0, '2026-12-01T00:00:00Z', 'system', '2026-12-01T00:00:00Z', 'system', 'Taman Suropati', 'taman suropati', '31.71.06.1001', -6199200, 106832500, 1),
('hs-lapangan-banteng', 0, '2026-12-01T00:00:00Z', 'system', '2026-12-01T00:00:00Z', 'system', 'Lapangan Banteng', 'lapangan banteng', '31.71.02.1001', -6170700, 106835200, 1),
('hs-pasar-senen', 0, '2026-12-01T00:00:00Z', 'system', '2026-12-01T00:00:00Z', 'system', 'Pasar Senen', 'pasar senen', '31.71.04.1001', -6173500, 106842000, 1),
('hs-kolong-tol-kemayoran', 0, '2026-12-01T00:00:00Z', 'system', '2026-12-01T00:00:00Z', 'system', 'Kolong Jembatan Gunung Sahari', 'kolong jembatan gunung sahari', '31.71.03.1005', -6160000, 106840500, 1);

INSERT INTO intake_setting (id, version, created_at, created_by, updated_at, updated_by, kunci, nilai) VALUES
('set-target-triase', 0, '2026-12-01T00:00:00Z', 'system', '2026-12-01T00:00:00Z', 'system', 'target.triase.jam', '4'),
('set-target-respons', 0, '2026-12-01T00:00:00Z', 'system', '2026-12-01T00:00:00Z', 'system', 'target.respons.jam', '24'),
('set-alert-min', 0, '2026-12-01T00:00:00Z', 'system', '2026-12-01T00:00:00Z', 'system', 'alert.jumlah.minimum', '5'),
('set-alert-p', 0, '2026-12-01T00:00:00Z', 'system', '2026-12-01T00:00:00Z', 'system', 'alert.peluang', '0.001'),
('set-alert-weeks', 0, '2026-12-01T00:00:00Z', 'system', '2026-12-01T00:00:00Z', 'system', 'alert.minggu.dasar', '10');
