package id.pilar.atlas.impl.geo;

import id.pilar.core.persistence.Transactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;

/**
 * Table {@code atlas_boundary} (migration V2): one polygon per kelurahan as WKT, replaced as a
 * whole. Plain JDBC: 44 rows of text need no entity, and the replacement is one transaction, so
 * a failure half-way leaves the previous boundaries.
 */
final class BoundaryStore {

    /** The stored boundaries; empty polygons when none were imported. */
    record Stored(Map<String, Geometry> polygons, String source, Instant importedAt) {
    }

    private final Transactions tx;

    BoundaryStore(Transactions tx) {
        this.tx = tx;
    }

    Stored load() {
        return tx.query(c -> {
            Map<String, Geometry> polygons = new LinkedHashMap<>();
            String source = null;
            Instant at = null;
            WKTReader reader = new WKTReader(GeoJsonFeatures.FACTORY);
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT kode_kelurahan, geometry_wkt, source_file, imported_at FROM atlas_boundary ORDER BY kode_kelurahan")) {
                while (rs.next()) {
                    try {
                        polygons.put(rs.getString(1), reader.read(rs.getString(2)));
                    } catch (ParseException e) {
                        throw new java.sql.SQLException("atlas_boundary " + rs.getString(1) + " holds no WKT", e);
                    }
                    source = rs.getString(3);
                    at = Instant.parse(rs.getString(4));
                }
            }
            return new Stored(polygons, source, at);
        });
    }

    /**
     * What identifies the stored set: its size and latest import time. Cheap (one aggregate over
     * 44 rows), so readers notice an import made by another process (a batch job) at once.
     */
    String stamp() {
        return tx.query(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*), MAX(imported_at) FROM atlas_boundary")) {
                rs.next();
                return rs.getInt(1) + "/" + rs.getString(2);
            }
        });
    }

    void replace(Map<String, Geometry> polygons, String source, String user, Instant at) {
        WKTWriter writer = new WKTWriter();
        tx.jdbc(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM atlas_boundary");
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO atlas_boundary (kode_kelurahan, geometry_wkt, source_file, imported_at, imported_by) VALUES (?, ?, ?, ?, ?)")) {
                for (Map.Entry<String, Geometry> e : polygons.entrySet()) {
                    ps.setString(1, e.getKey());
                    ps.setString(2, writer.write(e.getValue()));
                    ps.setString(3, source);
                    ps.setString(4, at.toString());
                    ps.setString(5, user);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }
}
