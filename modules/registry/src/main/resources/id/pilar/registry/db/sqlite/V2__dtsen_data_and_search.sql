-- The DTSEN person table is keyed by iddtks and clustered on it (WITHOUT ROWID): a bulk import
-- writes one b-tree instead of a table plus a key index.
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
) WITHOUT ROWID;
CREATE INDEX ix_dtsen_person_nik ON dtsen_person (nik);
CREATE INDEX ix_dtsen_person_kk ON dtsen_person (nomor_kk);

-- Earlier values of a DTSEN person, written by the trigger when an import changes them.
CREATE TABLE dtsen_riwayat (
    iddtks   TEXT NOT NULL,
    impor_id TEXT NOT NULL,      -- the import whose values these were
    desil    INTEGER,
    pkh      INTEGER NOT NULL,
    bpnt     INTEGER NOT NULL,
    pbi_jk   INTEGER NOT NULL
);
CREATE INDEX ix_dtsen_riwayat_iddtks ON dtsen_riwayat (iddtks);

CREATE TRIGGER tr_dtsen_riwayat AFTER UPDATE ON dtsen_person
WHEN old.desil IS NOT new.desil OR old.pkh <> new.pkh OR old.bpnt <> new.bpnt OR old.pbi_jk <> new.pbi_jk
BEGIN
    INSERT INTO dtsen_riwayat (iddtks, impor_id, desil, pkh, bpnt, pbi_jk)
    VALUES (old.iddtks, old.impor_terakhir, old.desil, old.pkh, old.bpnt, old.pbi_jk);
END;

-- Search words of every person (canonical name, aliases, street address), one row per word.
-- Not FTS5: its shadow tables have untyped columns, which Hibernate's schema validation cannot
-- read. A clustered (token, person) b-tree answers prefix queries with one range scan.
-- No foreign key: the service writes it in the same transaction as the person, and a key
-- check per word would slow bulk loads.
CREATE TABLE reg_person_token (
    token     TEXT NOT NULL,
    person_id TEXT NOT NULL,
    kata      TEXT NOT NULL,   -- all of the person's words, each preceded by a space: other query words are checked here
    PRIMARY KEY (token, person_id)
) WITHOUT ROWID;

-- A person's photo, kept out of reg_person so lists never load it.
CREATE TABLE reg_person_foto (
    person_id TEXT PRIMARY KEY REFERENCES reg_person (id),
    mime      TEXT NOT NULL,
    data      BLOB NOT NULL
);
