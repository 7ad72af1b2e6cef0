-- Two-word search (issue 17): "siti rah" reads only the people who have a word starting "sit"
-- and another starting "rah", in one range scan, instead of scanning every "siti…" word and
-- checking the other word on each row (two common words whose combination is rare read thousands).
-- One row per pair of a person's distinct three-letter word starts, sorted ('rah|sit'), over the
-- same words as reg_person_token (canonical name, aliases, street address: a query word may be
-- any of them). Words shorter than three letters or starting with a digit make no pairs: a query
-- word of that kind is answered by reg_person_token as before. kata as in reg_person_token, so
-- the full query words are checked on the row before reg_person is read.
CREATE TABLE reg_person_pair (
    pair      TEXT NOT NULL,
    person_id TEXT NOT NULL,
    kata      TEXT NOT NULL,
    PRIMARY KEY (pair, person_id)
);

-- The people already registered, from their search words (NameIndex.pairs does the same in Java).
INSERT INTO reg_person_pair (pair, person_id, kata)
SELECT a.awal || '|' || b.awal, a.person_id, min(a.kata)
FROM (SELECT DISTINCT person_id, substr(token, 1, 3) AS awal, kata FROM reg_person_token
      WHERE length(token) >= 3 AND substr(token, 1, 1) NOT IN ('0', '1', '2', '3', '4', '5', '6', '7', '8', '9')) a
JOIN (SELECT DISTINCT person_id, substr(token, 1, 3) AS awal FROM reg_person_token
      WHERE length(token) >= 3 AND substr(token, 1, 1) NOT IN ('0', '1', '2', '3', '4', '5', '6', '7', '8', '9')) b
  ON b.person_id = a.person_id AND b.awal COLLATE "C" > a.awal COLLATE "C" -- the order Java's String.compareTo gives
GROUP BY a.awal || '|' || b.awal, a.person_id;
