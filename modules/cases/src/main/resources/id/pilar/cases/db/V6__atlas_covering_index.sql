-- The atlas (issue 15) counts cases open on a day and opened in a period, per kelurahan and
-- category: one covering index in the order of its GROUP BY, so the four counts read 100,000
-- short index entries instead of the case rows (with their summaries) and sort nothing.
CREATE INDEX ix_case_file_atlas ON case_file (kode_kelurahan, kategori_kode, tanggal_buka, tanggal_tutup);
