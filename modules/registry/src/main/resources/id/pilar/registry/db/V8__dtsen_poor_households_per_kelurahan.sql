-- The atlas's DTSEN figure (households with a decile 1-4 per kelurahan) as a small table the
-- DTSEN import keeps, instead of the partial index of V6: that index was the third one every
-- bulk import built after its load (about a fifth of the index build at a million rows); the
-- import's reading thread now counts the households while it reads (PoorHouseholds).
CREATE TABLE dtsen_kelurahan_miskin (
    kode_kelurahan TEXT PRIMARY KEY,
    jumlah_kk      INTEGER NOT NULL
);

-- The figure as the atlas read it through the index, for the rows already imported.
INSERT INTO dtsen_kelurahan_miskin (kode_kelurahan, jumlah_kk)
SELECT kode_kelurahan, COUNT(DISTINCT COALESCE(nomor_kk, iddtks)) FROM dtsen_person
WHERE desil BETWEEN 1 AND 4 AND kode_kelurahan IS NOT NULL GROUP BY kode_kelurahan;

DROP INDEX ix_dtsen_person_atlas;
