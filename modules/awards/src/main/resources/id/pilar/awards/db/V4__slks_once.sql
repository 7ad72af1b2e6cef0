-- The Satyalancana Kebaktian Sosial has one grade: it is conferred on a person once. V3 shipped it
-- with no minimum gap, so a second SLKS nomination for someone already decorated was accepted.
-- A 99-year gap is the catalogue's way to say "once" (the nomination is refused with the date of
-- the first award, and the eligibility list says why). Only a catalogue still as shipped changes:
-- a gap an office set itself is kept.
UPDATE awd_type
   SET min_gap_years = 99, updated_at = '2026-12-02T00:00:00Z', updated_by = 'migrasi'
 WHERE code = 'SLKS' AND min_gap_years = 0;
