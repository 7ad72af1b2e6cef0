-- The shipped catalogue: SLKS with its route and documents, Pilar Sosial Teladan per pillar type with
-- tiers, the Tagana anniversary award, the mayor's award and a local award a supervisor may adapt.

INSERT INTO awd_type (id, version, created_at, created_by, updated_at, updated_by, code, name, recipient_kind, rules, route, occasion, ceremony_month, ceremony_day, min_gap_years, max_gap_days, active, description) VALUES ('awd-type-slks', 0, '2026-12-01T00:00:00Z', 'migrasi', '2026-12-01T00:00:00Z', 'migrasi', 'SLKS', 'Satyalancana Kebaktian Sosial', 'ANGGOTA', '# Satyalancana Kebaktian Sosial: WNI, 5 tahun berturut-turut di bidang kesejahteraan sosial atau 100 kali donor darah
kewarganegaraan = WNI
masa_bakti_tahun >= 5 atau donor_darah >= 100
hukuman_penjara_tahun < 5
diskualifikasi = tidak', 'Suku Dinas Sosial Kota Administrasi Jakarta Pusat
Dinas Sosial Provinsi DKI Jakarta
Kementerian Sosial RI
Keputusan Presiden RI', 'HKSN', 12, 20, 0, 0, 1, 'Tanda kehormatan dari Presiden; dianugerahkan pada Hari Kesetiakawanan Sosial Nasional (20 Desember).');
INSERT INTO awd_type (id, version, created_at, created_by, updated_at, updated_by, code, name, recipient_kind, rules, route, occasion, ceremony_month, ceremony_day, min_gap_years, max_gap_days, active, description) VALUES ('awd-type-pst-psm', 0, '2026-12-01T00:00:00Z', 'migrasi', '2026-12-01T00:00:00Z', 'migrasi', 'PST-PSM', 'Pilar Sosial Teladan PSM', 'ANGGOTA', 'jenis_pilar = PSM
masa_bakti_tahun >= 2
diskualifikasi = tidak
tingkat Pratama: jam_layanan >= 100
tingkat Madya: jam_layanan >= 250
tingkat Utama: jam_layanan >= 500', 'Suku Dinas Sosial Kota Administrasi Jakarta Pusat
Dinas Sosial Provinsi DKI Jakarta', 'HKSN', 12, 20, 1, 30, 1, 'Pilar sosial teladan tahunan dengan tingkat Pratama, Madya dan Utama menurut jam layanan 12 bulan terakhir.');
INSERT INTO awd_type (id, version, created_at, created_by, updated_at, updated_by, code, name, recipient_kind, rules, route, occasion, ceremony_month, ceremony_day, min_gap_years, max_gap_days, active, description) VALUES ('awd-type-pst-tksk', 0, '2026-12-01T00:00:00Z', 'migrasi', '2026-12-01T00:00:00Z', 'migrasi', 'PST-TKSK', 'Pilar Sosial Teladan TKSK', 'ANGGOTA', 'jenis_pilar = TKSK
masa_bakti_tahun >= 2
diskualifikasi = tidak
tingkat Pratama: jam_layanan >= 100
tingkat Madya: jam_layanan >= 250
tingkat Utama: jam_layanan >= 500', 'Suku Dinas Sosial Kota Administrasi Jakarta Pusat
Dinas Sosial Provinsi DKI Jakarta', 'HKSN', 12, 20, 1, 30, 1, 'Pilar sosial teladan tahunan dengan tingkat Pratama, Madya dan Utama menurut jam layanan 12 bulan terakhir.');
INSERT INTO awd_type (id, version, created_at, created_by, updated_at, updated_by, code, name, recipient_kind, rules, route, occasion, ceremony_month, ceremony_day, min_gap_years, max_gap_days, active, description) VALUES ('awd-type-pst-kt', 0, '2026-12-01T00:00:00Z', 'migrasi', '2026-12-01T00:00:00Z', 'migrasi', 'PST-KT', 'Pilar Sosial Teladan Karang Taruna', 'ANGGOTA', 'jenis_pilar = KARANG_TARUNA
masa_bakti_tahun >= 2
diskualifikasi = tidak
tingkat Pratama: jam_layanan >= 100
tingkat Madya: jam_layanan >= 250
tingkat Utama: jam_layanan >= 500', 'Suku Dinas Sosial Kota Administrasi Jakarta Pusat
Dinas Sosial Provinsi DKI Jakarta', 'HKSN', 12, 20, 1, 30, 1, 'Pilar sosial teladan tahunan dengan tingkat Pratama, Madya dan Utama menurut jam layanan 12 bulan terakhir.');
INSERT INTO awd_type (id, version, created_at, created_by, updated_at, updated_by, code, name, recipient_kind, rules, route, occasion, ceremony_month, ceremony_day, min_gap_years, max_gap_days, active, description) VALUES ('awd-type-pst-tagana', 0, '2026-12-01T00:00:00Z', 'migrasi', '2026-12-01T00:00:00Z', 'migrasi', 'PST-TAGANA', 'Pilar Sosial Teladan Tagana', 'ANGGOTA', 'jenis_pilar = TAGANA
masa_bakti_tahun >= 2
diskualifikasi = tidak
tingkat Pratama: jam_layanan >= 100 dan penugasan >= 6
tingkat Madya: jam_layanan >= 250 dan penugasan >= 12
tingkat Utama: jam_layanan >= 500 dan penugasan >= 24', 'Suku Dinas Sosial Kota Administrasi Jakarta Pusat
Dinas Sosial Provinsi DKI Jakarta', 'HKSN', 12, 20, 1, 30, 1, 'Pilar sosial teladan tahunan dengan tingkat Pratama, Madya dan Utama menurut jam layanan 12 bulan terakhir.');
INSERT INTO awd_type (id, version, created_at, created_by, updated_at, updated_by, code, name, recipient_kind, rules, route, occasion, ceremony_month, ceremony_day, min_gap_years, max_gap_days, active, description) VALUES ('awd-type-pst-lks', 0, '2026-12-01T00:00:00Z', 'migrasi', '2026-12-01T00:00:00Z', 'migrasi', 'PST-LKS', 'Pilar Sosial Teladan LKS', 'ORGANISASI', 'jenis_pilar = LKS
sk_berlaku = ya
anggota_aktif >= 5
tingkat Pratama: jam_layanan >= 500
tingkat Madya: jam_layanan >= 1500
tingkat Utama: jam_layanan >= 3000', 'Suku Dinas Sosial Kota Administrasi Jakarta Pusat
Dinas Sosial Provinsi DKI Jakarta', 'HKSN', 12, 20, 1, 30, 1, 'Pilar sosial teladan tahunan dengan tingkat Pratama, Madya dan Utama menurut jam layanan 12 bulan terakhir.');
INSERT INTO awd_type (id, version, created_at, created_by, updated_at, updated_by, code, name, recipient_kind, rules, route, occasion, ceremony_month, ceremony_day, min_gap_years, max_gap_days, active, description) VALUES ('awd-type-tagana-hut', 0, '2026-12-01T00:00:00Z', 'migrasi', '2026-12-01T00:00:00Z', 'migrasi', 'TAGANA-HUT', 'Penghargaan HUT Tagana', 'ANGGOTA', 'jenis_pilar = TAGANA
pangkat_tagana >= MADYA
masa_bakti_tahun >= 3
penugasan >= 12
sertifikat_berlaku >= 1
diskualifikasi = tidak', 'Suku Dinas Sosial Kota Administrasi Jakarta Pusat
Dinas Sosial Provinsi DKI Jakarta', 'HUT Tagana', 3, 24, 2, 30, 1, 'Penghargaan bagi Tagana Madya dan Utama yang aktif bertugas; dianugerahkan pada HUT Tagana (24 Maret).');
INSERT INTO awd_type (id, version, created_at, created_by, updated_at, updated_by, code, name, recipient_kind, rules, route, occasion, ceremony_month, ceremony_day, min_gap_years, max_gap_days, active, description) VALUES ('awd-type-walikota', 0, '2026-12-01T00:00:00Z', 'migrasi', '2026-12-01T00:00:00Z', 'migrasi', 'WALIKOTA', 'Penghargaan Wali Kota Jakarta Pusat', 'ANGGOTA', 'masa_bakti_tahun >= 3
jam_layanan >= 200
diskualifikasi = tidak', 'Suku Dinas Sosial Kota Administrasi Jakarta Pusat
Wali Kota Administrasi Jakarta Pusat', 'HKSN', 12, 20, 1, 30, 1, 'Penghargaan Wali Kota bagi pilar sosial dengan pengabdian dan jam layanan menonjol.');
INSERT INTO awd_type (id, version, created_at, created_by, updated_at, updated_by, code, name, recipient_kind, rules, route, occasion, ceremony_month, ceremony_day, min_gap_years, max_gap_days, active, description) VALUES ('awd-type-lokal', 0, '2026-12-01T00:00:00Z', 'migrasi', '2026-12-01T00:00:00Z', 'migrasi', 'LOKAL', 'Penghargaan Lokal Suku Dinas Sosial', 'ANGGOTA', 'masa_bakti_tahun >= 1
jam_layanan >= 50', 'Suku Dinas Sosial Kota Administrasi Jakarta Pusat', NULL, NULL, NULL, 1, 30, 1, 'Penghargaan setempat; aturan dan nama dapat disesuaikan oleh supervisor.');
INSERT INTO awd_type_document (id, version, created_at, created_by, updated_at, updated_by, type_id, code, name, media, required_from, position) VALUES ('awd-doc-slks-cv', 0, '2026-12-01T00:00:00Z', 'migrasi', '2026-12-01T00:00:00Z', 'migrasi', 'awd-type-slks', 'CV', 'Daftar riwayat hidup', 'PDF', 'DIUSULKAN', 1);
INSERT INTO awd_type_document (id, version, created_at, created_by, updated_at, updated_by, type_id, code, name, media, required_from, position) VALUES ('awd-doc-slks-foto', 0, '2026-12-01T00:00:00Z', 'migrasi', '2026-12-01T00:00:00Z', 'migrasi', 'awd-type-slks', 'FOTO', 'Pas foto 4×6 latar merah', 'IMAGE', 'DIUSULKAN', 2);
INSERT INTO awd_type_document (id, version, created_at, created_by, updated_at, updated_by, type_id, code, name, media, required_from, position) VALUES ('awd-doc-slks-rekom_gubernur', 0, '2026-12-01T00:00:00Z', 'migrasi', '2026-12-01T00:00:00Z', 'migrasi', 'awd-type-slks', 'REKOM_GUBERNUR', 'Surat rekomendasi Gubernur DKI Jakarta', 'PDF', 'DITERUSKAN', 3);
INSERT INTO awd_type_document (id, version, created_at, created_by, updated_at, updated_by, type_id, code, name, media, required_from, position) VALUES ('awd-doc-pst-psm-rekom_lurah', 0, '2026-12-01T00:00:00Z', 'migrasi', '2026-12-01T00:00:00Z', 'migrasi', 'awd-type-pst-psm', 'REKOM_LURAH', 'Surat rekomendasi lurah atau camat', 'PDF', 'DIUSULKAN', 1);
INSERT INTO awd_type_document (id, version, created_at, created_by, updated_at, updated_by, type_id, code, name, media, required_from, position) VALUES ('awd-doc-pst-psm-foto', 0, '2026-12-01T00:00:00Z', 'migrasi', '2026-12-01T00:00:00Z', 'migrasi', 'awd-type-pst-psm', 'FOTO', 'Pas foto atau foto kegiatan', 'IMAGE', 'DIUSULKAN', 2);
INSERT INTO awd_type_document (id, version, created_at, created_by, updated_at, updated_by, type_id, code, name, media, required_from, position) VALUES ('awd-doc-pst-tksk-rekom_lurah', 0, '2026-12-01T00:00:00Z', 'migrasi', '2026-12-01T00:00:00Z', 'migrasi', 'awd-type-pst-tksk', 'REKOM_LURAH', 'Surat rekomendasi lurah atau camat', 'PDF', 'DIUSULKAN', 1);
INSERT INTO awd_type_document (id, version, created_at, created_by, updated_at, updated_by, type_id, code, name, media, required_from, position) VALUES ('awd-doc-pst-tksk-foto', 0, '2026-12-01T00:00:00Z', 'migrasi', '2026-12-01T00:00:00Z', 'migrasi', 'awd-type-pst-tksk', 'FOTO', 'Pas foto atau foto kegiatan', 'IMAGE', 'DIUSULKAN', 2);
INSERT INTO awd_type_document (id, version, created_at, created_by, updated_at, updated_by, type_id, code, name, media, required_from, position) VALUES ('awd-doc-pst-kt-rekom_lurah', 0, '2026-12-01T00:00:00Z', 'migrasi', '2026-12-01T00:00:00Z', 'migrasi', 'awd-type-pst-kt', 'REKOM_LURAH', 'Surat rekomendasi lurah atau camat', 'PDF', 'DIUSULKAN', 1);
INSERT INTO awd_type_document (id, version, created_at, created_by, updated_at, updated_by, type_id, code, name, media, required_from, position) VALUES ('awd-doc-pst-kt-foto', 0, '2026-12-01T00:00:00Z', 'migrasi', '2026-12-01T00:00:00Z', 'migrasi', 'awd-type-pst-kt', 'FOTO', 'Pas foto atau foto kegiatan', 'IMAGE', 'DIUSULKAN', 2);
INSERT INTO awd_type_document (id, version, created_at, created_by, updated_at, updated_by, type_id, code, name, media, required_from, position) VALUES ('awd-doc-pst-tagana-rekom_lurah', 0, '2026-12-01T00:00:00Z', 'migrasi', '2026-12-01T00:00:00Z', 'migrasi', 'awd-type-pst-tagana', 'REKOM_LURAH', 'Surat rekomendasi lurah atau camat', 'PDF', 'DIUSULKAN', 1);
INSERT INTO awd_type_document (id, version, created_at, created_by, updated_at, updated_by, type_id, code, name, media, required_from, position) VALUES ('awd-doc-pst-tagana-foto', 0, '2026-12-01T00:00:00Z', 'migrasi', '2026-12-01T00:00:00Z', 'migrasi', 'awd-type-pst-tagana', 'FOTO', 'Pas foto atau foto kegiatan', 'IMAGE', 'DIUSULKAN', 2);
INSERT INTO awd_type_document (id, version, created_at, created_by, updated_at, updated_by, type_id, code, name, media, required_from, position) VALUES ('awd-doc-pst-lks-rekom_lurah', 0, '2026-12-01T00:00:00Z', 'migrasi', '2026-12-01T00:00:00Z', 'migrasi', 'awd-type-pst-lks', 'REKOM_LURAH', 'Surat rekomendasi lurah atau camat', 'PDF', 'DIUSULKAN', 1);
INSERT INTO awd_type_document (id, version, created_at, created_by, updated_at, updated_by, type_id, code, name, media, required_from, position) VALUES ('awd-doc-pst-lks-foto', 0, '2026-12-01T00:00:00Z', 'migrasi', '2026-12-01T00:00:00Z', 'migrasi', 'awd-type-pst-lks', 'FOTO', 'Pas foto atau foto kegiatan', 'IMAGE', 'DIUSULKAN', 2);
INSERT INTO awd_type_document (id, version, created_at, created_by, updated_at, updated_by, type_id, code, name, media, required_from, position) VALUES ('awd-doc-tagana-hut-sk_tagana', 0, '2026-12-01T00:00:00Z', 'migrasi', '2026-12-01T00:00:00Z', 'migrasi', 'awd-type-tagana-hut', 'SK_TAGANA', 'SK keanggotaan Tagana', 'PDF', 'DIUSULKAN', 1);
INSERT INTO awd_type_document (id, version, created_at, created_by, updated_at, updated_by, type_id, code, name, media, required_from, position) VALUES ('awd-doc-walikota-cv', 0, '2026-12-01T00:00:00Z', 'migrasi', '2026-12-01T00:00:00Z', 'migrasi', 'awd-type-walikota', 'CV', 'Daftar riwayat hidup', 'PDF', 'DIUSULKAN', 1);
