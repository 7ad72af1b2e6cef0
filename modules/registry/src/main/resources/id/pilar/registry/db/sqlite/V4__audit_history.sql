-- Change history (Hibernate Envers) of every registry record that holds a person's or a household's
-- data: who changed what and when (the revision in security_revision). One <table>_aud per audited
-- table: its audited columns (all nullable), rev, and revtype (0 added, 1 changed, 2 deleted).
-- Derived search keys (nama_kanonik, alias_kanonik) are not kept. Records written before this
-- version have no history until their next change. SQLite: revtype TINYINT.
CREATE TABLE reg_person_aud (
    id                    TEXT NOT NULL,
    rev                   INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype               TINYINT,
    nomor_registri        TEXT,
    nik                   TEXT,
    nama                  TEXT,
    alias                 TEXT,
    jenis_kelamin         TEXT,
    tempat_lahir          TEXT,
    tanggal_lahir         TEXT,
    tahun_lahir_perkiraan INTEGER,
    nama_ibu              TEXT,
    alamat_jalan          TEXT,
    rt                    TEXT,
    rw                    TEXT,
    kode_kelurahan        TEXT,
    tanpa_alamat          INTEGER,
    lokasi_terakhir       TEXT,
    telepon               TEXT,
    disabilitas           TEXT,
    catatan               TEXT,
    status                TEXT,
    digabung_ke           TEXT,
    PRIMARY KEY (id, rev)
);

CREATE TABLE reg_person_kategori_aud (
    id            TEXT NOT NULL,
    rev           INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype       TINYINT,
    person_id     TEXT,
    kode_kategori TEXT,
    mulai         TEXT,
    selesai       TEXT,
    PRIMARY KEY (id, rev)
);

CREATE TABLE reg_nik_riwayat_aud (
    id        TEXT NOT NULL,
    rev       INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype   TINYINT,
    person_id TEXT,
    nik_lama  TEXT,
    nik_baru  TEXT,
    alasan    TEXT,
    PRIMARY KEY (id, rev)
);

CREATE TABLE reg_household_aud (
    id             TEXT NOT NULL,
    rev            INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype        TINYINT,
    nomor_kk       TEXT,
    alamat_jalan   TEXT,
    rt             TEXT,
    rw             TEXT,
    kode_kelurahan TEXT,
    status         TEXT,
    asal_id        TEXT,
    PRIMARY KEY (id, rev)
);

CREATE TABLE reg_household_anggota_aud (
    id           TEXT NOT NULL,
    rev          INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype      TINYINT,
    household_id TEXT,
    person_id    TEXT,
    shdk         INTEGER,
    mulai        TEXT,
    selesai      TEXT,
    PRIMARY KEY (id, rev)
);

CREATE TABLE reg_household_peristiwa_aud (
    id           TEXT NOT NULL,
    rev          INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype      TINYINT,
    household_id TEXT,
    jenis        TEXT,
    tanggal      TEXT,
    keterangan   TEXT,
    PRIMARY KEY (id, rev)
);

CREATE TABLE reg_duplikat_aud (
    id       TEXT NOT NULL,
    rev      INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype  TINYINT,
    person_a TEXT,
    person_b TEXT,
    skor     INTEGER,
    alasan   TEXT,
    status   TEXT,
    PRIMARY KEY (id, rev)
);

CREATE TABLE reg_penggabungan_aud (
    id               TEXT NOT NULL,
    rev              INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype          TINYINT,
    survivor_id      TEXT,
    merged_id        TEXT,
    survivor_sebelum TEXT,
    pilihan          TEXT,
    dibatalkan_at    TEXT,
    PRIMARY KEY (id, rev)
);

CREATE TABLE reg_dtsen_tautan_aud (
    id        TEXT NOT NULL,
    rev       INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype   TINYINT,
    person_id TEXT,
    iddtks    TEXT,
    skor      INTEGER,
    PRIMARY KEY (id, rev)
);

