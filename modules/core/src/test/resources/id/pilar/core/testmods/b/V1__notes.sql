CREATE TABLE test_b_note (
    id         TEXT PRIMARY KEY,
    version    INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    item_id    TEXT NOT NULL REFERENCES test_a_item (id),
    body       TEXT NOT NULL
);
