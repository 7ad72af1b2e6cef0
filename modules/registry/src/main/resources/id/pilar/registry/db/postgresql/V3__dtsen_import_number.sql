-- DTSEN rows refer to their import by a small number (dtsen_impor.nomor) instead of its UUID:
-- the two 36-character keys were 72 bytes of every row, about a third of the table.
ALTER TABLE dtsen_impor ADD COLUMN nomor INTEGER;
UPDATE dtsen_impor SET nomor = n.nomor
FROM (SELECT id, row_number() OVER (ORDER BY created_at, id) AS nomor FROM dtsen_impor) n
WHERE n.id = dtsen_impor.id;
CREATE UNIQUE INDEX ux_dtsen_impor_nomor ON dtsen_impor (nomor);

ALTER TABLE dtsen_person DISABLE TRIGGER tr_dtsen_riwayat;
ALTER TABLE dtsen_person ADD COLUMN impor_pertama_nomor INTEGER, ADD COLUMN impor_terakhir_nomor INTEGER;
UPDATE dtsen_person d SET impor_pertama_nomor = (SELECT i.nomor FROM dtsen_impor i WHERE i.id = d.impor_pertama),
                          impor_terakhir_nomor = (SELECT i.nomor FROM dtsen_impor i WHERE i.id = d.impor_terakhir);
ALTER TABLE dtsen_person DROP COLUMN impor_pertama, DROP COLUMN impor_terakhir;
ALTER TABLE dtsen_person RENAME COLUMN impor_pertama_nomor TO impor_pertama;
ALTER TABLE dtsen_person RENAME COLUMN impor_terakhir_nomor TO impor_terakhir;
ALTER TABLE dtsen_person ALTER COLUMN impor_pertama SET NOT NULL, ALTER COLUMN impor_terakhir SET NOT NULL;
ALTER TABLE dtsen_person ENABLE TRIGGER tr_dtsen_riwayat;

-- The history keeps the import's id, as before.
CREATE OR REPLACE FUNCTION dtsen_riwayat_fn() RETURNS trigger AS $$
BEGIN
    IF old.desil IS DISTINCT FROM new.desil OR old.pkh <> new.pkh OR old.bpnt <> new.bpnt OR old.pbi_jk <> new.pbi_jk THEN
        INSERT INTO dtsen_riwayat (iddtks, impor_id, desil, pkh, bpnt, pbi_jk)
        VALUES (old.iddtks, (SELECT i.id FROM dtsen_impor i WHERE i.nomor = old.impor_terakhir), old.desil, old.pkh, old.bpnt, old.pbi_jk);
    END IF;
    RETURN new;
END;
$$ LANGUAGE plpgsql;
