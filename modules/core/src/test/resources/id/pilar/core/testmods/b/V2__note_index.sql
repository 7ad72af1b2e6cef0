CREATE INDEX ix_test_b_note_item ON test_b_note (item_id);
