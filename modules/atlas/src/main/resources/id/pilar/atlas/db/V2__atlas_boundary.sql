-- Atlas: kelurahan boundaries imported from GeoJSON (one polygon or multipolygon per kelurahan, as
-- WKT in WGS84 [lng lat]). Replaced as a whole by each accepted import; the map draws schematic
-- cells from the shipped centroids while the table is empty. Portable SQL (SQLite and PostgreSQL).
CREATE TABLE atlas_boundary (
    kode_kelurahan TEXT PRIMARY KEY REFERENCES ref_kelurahan (kode),
    geometry_wkt   TEXT NOT NULL,
    source_file    TEXT NOT NULL,
    imported_at    TEXT NOT NULL,
    imported_by    TEXT NOT NULL
);
