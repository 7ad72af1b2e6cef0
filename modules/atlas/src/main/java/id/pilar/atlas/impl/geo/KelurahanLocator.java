package id.pilar.atlas.impl.geo;

import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Which kelurahan a point lies in. With imported polygons: point-in-polygon through JTS, an
 * STRtree of the polygons' envelopes in front of prepared geometries (a few microseconds a point,
 * so thousands of reports place in milliseconds). Without them, the schematic map's rule: the
 * nearest shipped centroid, within Jakarta Pusat's box only. The fallback is good enough to
 * colour schematic cells and is never used once real boundaries exist.
 */
final class KelurahanLocator {

    private record Entry(String kode, PreparedGeometry geometry) {
    }

    private final STRtree tree;
    private final Map<String, Coordinate> centroids;

    private KelurahanLocator(STRtree tree, Map<String, Coordinate> centroids) {
        this.tree = tree;
        this.centroids = centroids;
    }

    static KelurahanLocator polygons(Map<String, Geometry> polygons) {
        STRtree tree = new STRtree();
        for (Map.Entry<String, Geometry> e : polygons.entrySet()) {
            tree.insert(e.getValue().getEnvelopeInternal(), new Entry(e.getKey(), PreparedGeometryFactory.prepare(e.getValue())));
        }
        tree.build();
        return new KelurahanLocator(tree, null);
    }

    static KelurahanLocator nearestCentroid(Map<String, Coordinate> centroids) {
        return new KelurahanLocator(null, centroids);
    }

    boolean byPolygon() {
        return tree != null;
    }

    /** Kemendagri code, or null outside. */
    @SuppressWarnings("unchecked")
    String locate(double lat, double lng) {
        if (tree == null) {
            return nearest(lat, lng);
        }
        Point p = GeoJsonFeatures.FACTORY.createPoint(new Coordinate(lng, lat));
        for (Entry e : (List<Entry>) tree.query(new Envelope(lng, lng, lat, lat))) {
            if (e.geometry().covers(p)) {
                return e.kode();
            }
        }
        return null;
    }

    private String nearest(double lat, double lng) {
        if (!BoundaryMatcher.JAKARTA_PUSAT.contains(lng, lat)) {
            return null;
        }
        double cos = Math.cos(Math.toRadians(lat));
        String best = null;
        double bestD = Double.MAX_VALUE;
        for (Map.Entry<String, Coordinate> e : centroids.entrySet()) {
            double dx = (e.getValue().x - lng) * cos;
            double dy = e.getValue().y - lat;
            double d = dx * dx + dy * dy;
            if (d < bestD) {
                bestD = d;
                best = e.getKey();
            }
        }
        return best;
    }
}
