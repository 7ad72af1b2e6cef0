-- The atlas (issue 15) counts people in need per kelurahan over a million people and the DTSEN
-- households in deciles 1-4: covering indexes so both read indexes only, never the wide rows.

-- Categories person by person, with what the count filters on. It starts with person_id, so it
-- also serves everything ix_reg_person_kategori_person did: that one goes (one index, not two,
-- for every imported category row).
CREATE INDEX ix_reg_person_kategori_atlas ON reg_person_kategori (person_id, kode_kategori, mulai, selesai);
DROP INDEX ix_reg_person_kategori_person;

-- A person's status and kelurahan by id: the category rows are joined here in id order, reading
-- neighbouring index pages instead of a random table page per row.
CREATE INDEX ix_reg_person_atlas ON reg_person (id, status, kode_kelurahan);

-- Partial: only the poorest four deciles (about half of the extract), in kelurahan order, with
-- what the household count reads (iddtks is the key: SQLite keeps it in every index of this
-- WITHOUT ROWID table anyway, PostgreSQL needs it named for an index-only scan).
CREATE INDEX ix_dtsen_person_atlas ON dtsen_person (kode_kelurahan, nomor_kk, desil, iddtks)
    WHERE desil BETWEEN 1 AND 4 AND kode_kelurahan IS NOT NULL;
