-- PostgreSQL: the same DTSEN tables; name search falls back to LIKE on the canonical name
-- (no FTS5), served by a text_pattern_ops index for prefix matches.
CREATE TABLE dtsen_person (
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
    impor_pertama     TEXT NOT NULL,
    impor_terakhir    TEXT NOT NULL
);
CREATE INDEX ix_dtsen_person_nik ON dtsen_person (nik);
CREATE INDEX ix_dtsen_person_kk ON dtsen_person (nomor_kk);

CREATE TABLE dtsen_riwayat (
    iddtks   TEXT NOT NULL,
    impor_id TEXT NOT NULL,
    desil    INTEGER,
    pkh      INTEGER NOT NULL,
    bpnt     INTEGER NOT NULL,
    pbi_jk   INTEGER NOT NULL
);
CREATE INDEX ix_dtsen_riwayat_iddtks ON dtsen_riwayat (iddtks);

CREATE FUNCTION dtsen_riwayat_fn() RETURNS trigger AS $$
BEGIN
    IF old.desil IS DISTINCT FROM new.desil OR old.pkh <> new.pkh OR old.bpnt <> new.bpnt OR old.pbi_jk <> new.pbi_jk THEN
        INSERT INTO dtsen_riwayat (iddtks, impor_id, desil, pkh, bpnt, pbi_jk)
        VALUES (old.iddtks, old.impor_terakhir, old.desil, old.pkh, old.bpnt, old.pbi_jk);
    END IF;
    RETURN new;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER tr_dtsen_riwayat AFTER UPDATE ON dtsen_person FOR EACH ROW EXECUTE FUNCTION dtsen_riwayat_fn();

-- Search words of every person, one row per word; prefix scans use the text_pattern_ops index.
CREATE TABLE reg_person_token (
    token     TEXT NOT NULL,
    person_id TEXT NOT NULL,
    kata      TEXT NOT NULL,   -- all of the person's words, each preceded by a space: other query words are checked here
    PRIMARY KEY (token, person_id)
);
CREATE INDEX ix_reg_person_token_prefix ON reg_person_token (token text_pattern_ops);

-- A person's photo, kept out of reg_person so lists never load it.
CREATE TABLE reg_person_foto (
    person_id TEXT PRIMARY KEY REFERENCES reg_person (id),
    mime      TEXT NOT NULL,
    data      BYTEA NOT NULL
);
