-- History (Envers) of the UU PDP requests: their reason and decision note name the person's
-- circumstances, so they are audited like every record holding a person's data.
CREATE TABLE pdp_request_aud (
    id            TEXT NOT NULL,
    rev           INTEGER NOT NULL REFERENCES security_revision (rev),
    revtype       SMALLINT,
    person_id     TEXT,
    kind          TEXT,
    reason        TEXT,
    status        TEXT,
    requested_by  TEXT,
    requested_at  TEXT,
    decided_by    TEXT,
    decided_at    TEXT,
    decision_note TEXT,
    PRIMARY KEY (id, rev)
);
