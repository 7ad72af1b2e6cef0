-- DTSEN rows refer to their import by a small number (dtsen_impor.nomor) instead of its UUID:
-- the two 36-character keys were 72 bytes of every row, about a third of the table, which every
-- import writes twice (WAL, then checkpoint) and every index build scans.
ALTER TABLE dtsen_impor ADD COLUMN nomor INTEGER;
UPDATE dtsen_impor SET nomor = (SELECT count(*) FROM dtsen_impor i
    WHERE i.created_at < dtsen_impor.created_at OR (i.created_at = dtsen_impor.created_at AND i.id <= dtsen_impor.id));
CREATE UNIQUE INDEX ux_dtsen_impor_nomor ON dtsen_impor (nomor);

CREATE TABLE dtsen_person_baru (
    iddtks            TEXT PRIMARY KEY,
    nik               TEXT,
    nomor_kk          TEXT,
    nama              TEXT NOT NULL,
    tanggal_lahir     TEXT,
    tempat_lahir      TEXT,
    jenis_kelamin     TEXT,
    nama_ibu          TEXT,
    hubungan_keluarga INTEGER,
    alamat            TEXT,
    rt                TEXT,
    rw                TEXT,
    kode_kelurahan    TEXT,
    desil             INTEGER,
    pkh               INTEGER NOT NULL,
    bpnt              INTEGER NOT NULL,
    pbi_jk            INTEGER NOT NULL,
    impor_pertama     INTEGER NOT NULL,   -- dtsen_impor.nomor
    impor_terakhir    INTEGER NOT NULL    -- dtsen_impor.nomor
) WITHOUT ROWID;
INSERT INTO dtsen_person_baru
SELECT d.iddtks, d.nik, d.nomor_kk, d.nama, d.tanggal_lahir, d.tempat_lahir, d.jenis_kelamin, d.nama_ibu,
       d.hubungan_keluarga, d.alamat, d.rt, d.rw, d.kode_kelurahan, d.desil, d.pkh, d.bpnt, d.pbi_jk,
       (SELECT i.nomor FROM dtsen_impor i WHERE i.id = d.impor_pertama),
       (SELECT i.nomor FROM dtsen_impor i WHERE i.id = d.impor_terakhir)
FROM dtsen_person d;
DROP TRIGGER tr_dtsen_riwayat;
DROP TABLE dtsen_person;
ALTER TABLE dtsen_person_baru RENAME TO dtsen_person;
CREATE INDEX ix_dtsen_person_nik ON dtsen_person (nik);
CREATE INDEX ix_dtsen_person_kk ON dtsen_person (nomor_kk);

-- The history keeps the import's id, as before.
CREATE TRIGGER tr_dtsen_riwayat AFTER UPDATE ON dtsen_person
WHEN old.desil IS NOT new.desil OR old.pkh <> new.pkh OR old.bpnt <> new.bpnt OR old.pbi_jk <> new.pbi_jk
BEGIN
    INSERT INTO dtsen_riwayat (iddtks, impor_id, desil, pkh, bpnt, pbi_jk)
    VALUES (old.iddtks, (SELECT i.id FROM dtsen_impor i WHERE i.nomor = old.impor_terakhir), old.desil, old.pkh, old.bpnt, old.pbi_jk);
END;
