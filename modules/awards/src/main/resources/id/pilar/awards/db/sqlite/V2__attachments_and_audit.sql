-- Evidence files (described in awd_attachment, content as BLOB in awd_attachment_content) and the Envers history (<table>_aud) of every awards entity.
-- rev refers to the security module's revision table (who and when); revtype 0 added, 1 changed, 2 deleted.

CREATE TABLE awd_attachment (
    id            TEXT PRIMARY KEY,
    version       INTEGER NOT NULL,
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    nomination_id TEXT NOT NULL REFERENCES awd_nomination (id),
    document_code TEXT NOT NULL,
    file_name     TEXT NOT NULL,
    media_type    TEXT NOT NULL,      -- application/pdf, image/jpeg, image/png (from the content, not the name)
    size_bytes    INTEGER NOT NULL,
    sha256        TEXT NOT NULL
);
CREATE INDEX ix_awd_attachment_nomination ON awd_attachment (nomination_id, document_code);

-- The file itself, apart from its description so that lists and the history never load it.
CREATE TABLE awd_attachment_content (
    attachment_id TEXT PRIMARY KEY REFERENCES awd_attachment (id),
    content       BLOB NOT NULL
);

CREATE TABLE awd_type_aud (
    id TEXT NOT NULL,
    rev INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype TINYINT,
    code TEXT,
    name TEXT,
    recipient_kind TEXT,
    rules TEXT,
    route TEXT,
    occasion TEXT,
    ceremony_month INTEGER,
    ceremony_day INTEGER,
    min_gap_years INTEGER,
    max_gap_days INTEGER,
    active INTEGER,
    description TEXT,
    PRIMARY KEY (id, rev)
);

CREATE TABLE awd_type_document_aud (
    id TEXT NOT NULL,
    rev INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype TINYINT,
    type_id TEXT,
    code TEXT,
    name TEXT,
    media TEXT,
    required_from TEXT,
    position INTEGER,
    PRIMARY KEY (id, rev)
);

CREATE TABLE awd_member_record_aud (
    id TEXT NOT NULL,
    rev INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype TINYINT,
    member_id TEXT,
    citizenship TEXT,
    blood_donations INTEGER,
    prison_years INTEGER,
    disqualified INTEGER,
    evidence TEXT,
    PRIMARY KEY (id, rev)
);

CREATE TABLE awd_nomination_aud (
    id TEXT NOT NULL,
    rev INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype TINYINT,
    type_id TEXT,
    recipient_kind TEXT,
    recipient_id TEXT,
    recipient_nik TEXT,
    recipient_name TEXT,
    kecamatan_kode TEXT,
    pillar_type TEXT,
    as_of TEXT,
    state TEXT,
    route_level INTEGER,
    eligible INTEGER,
    eligibility_reason TEXT,
    justification TEXT,
    flagged INTEGER,
    tier TEXT,
    decision_number TEXT,
    decided_on TEXT,
    rejection_reason TEXT,
    state_since TEXT,
    PRIMARY KEY (id, rev)
);

CREATE TABLE awd_nomination_step_aud (
    id TEXT NOT NULL,
    rev INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype TINYINT,
    nomination_id TEXT,
    from_state TEXT,
    to_state TEXT,
    route_level INTEGER,
    actor TEXT,
    actor_name TEXT,
    at TEXT,
    note TEXT,
    PRIMARY KEY (id, rev)
);

CREATE TABLE awd_ceremony_aud (
    id TEXT NOT NULL,
    rev INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype TINYINT,
    name TEXT,
    held_on TEXT,
    place TEXT,
    presenter TEXT,
    PRIMARY KEY (id, rev)
);

CREATE TABLE awd_award_aud (
    id TEXT NOT NULL,
    rev INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype TINYINT,
    nomination_id TEXT,
    type_id TEXT,
    recipient_kind TEXT,
    recipient_id TEXT,
    recipient_nik TEXT,
    recipient_name TEXT,
    kecamatan_kode TEXT,
    pillar_type TEXT,
    tier TEXT,
    conferred_on TEXT,
    ceremony_id TEXT,
    decision_number TEXT,
    serial_number TEXT,
    signatory_name TEXT,
    signatory_title TEXT,
    print_count INTEGER,
    PRIMARY KEY (id, rev)
);

CREATE TABLE awd_attachment_aud (
    id TEXT NOT NULL,
    rev INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype TINYINT,
    nomination_id TEXT,
    document_code TEXT,
    file_name TEXT,
    media_type TEXT,
    size_bytes INTEGER,
    sha256 TEXT,
    PRIMARY KEY (id, rev)
);
