package id.pilar.atlas.impl.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * The polygon features of a parsed GeoJSON document (RFC 7946: a FeatureCollection, a single
 * Feature, or a bare geometry). Coordinates are read as they stand, first value as x; the caller
 * decides later whether the file meant [lat, lng] and swaps. Features of other geometry types
 * (points, lines) are left out: they bound nothing.
 */
final class GeoJsonFeatures {

    /** A polygon feature: its properties and its geometry with x = first coordinate value. */
    record Feature(Map<String, Object> properties, Geometry geometry) {
    }

    /** The document is JSON but no GeoJSON with polygons. */
    static final class NotGeoJson extends Exception {
        NotGeoJson(String what) {
            super(what);
        }
    }

    static final GeometryFactory FACTORY = new GeometryFactory();

    private GeoJsonFeatures() {
    }

    static List<Feature> read(Object document) throws NotGeoJson {
        if (!(document instanceof Map<?, ?> root)) {
            throw new NotGeoJson("not an object");
        }
        List<Feature> out = new ArrayList<>();
        Object type = root.get("type");
        if ("FeatureCollection".equals(type)) {
            if (!(root.get("features") instanceof List<?> features)) {
                throw new NotGeoJson("FeatureCollection without features");
            }
            for (Object f : features) {
                if (f instanceof Map<?, ?> feature) {
                    addFeature(feature, out);
                }
            }
        } else if ("Feature".equals(type)) {
            addFeature(root, out);
        } else if ("Polygon".equals(type) || "MultiPolygon".equals(type)) {
            Geometry g = geometry(root);
            if (g != null) {
                out.add(new Feature(Map.of(), g));
            }
        } else {
            throw new NotGeoJson("no GeoJSON type");
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void addFeature(Map<?, ?> feature, List<Feature> out) throws NotGeoJson {
        if (!(feature.get("geometry") instanceof Map<?, ?> geometry)) {
            return;
        }
        Geometry g = geometry(geometry);
        if (g == null) {
            return;
        }
        Map<String, Object> props = feature.get("properties") instanceof Map<?, ?> p ? (Map<String, Object>) p : Map.of();
        out.add(new Feature(props, g));
    }

    /** Polygon or MultiPolygon; null for other types. */
    private static Geometry geometry(Map<?, ?> geometry) throws NotGeoJson {
        Object type = geometry.get("type");
        Object coordinates = geometry.get("coordinates");
        if ("Polygon".equals(type)) {
            return polygon(coordinates);
        }
        if ("MultiPolygon".equals(type)) {
            if (!(coordinates instanceof List<?> parts)) {
                throw new NotGeoJson("MultiPolygon without coordinates");
            }
            Polygon[] polygons = new Polygon[parts.size()];
            for (int i = 0; i < polygons.length; i++) {
                polygons[i] = polygon(parts.get(i));
            }
            return FACTORY.createMultiPolygon(polygons);
        }
        return null;
    }

    private static Polygon polygon(Object rings) throws NotGeoJson {
        if (!(rings instanceof List<?> list) || list.isEmpty()) {
            throw new NotGeoJson("Polygon without rings");
        }
        LinearRing shell = ring(list.get(0));
        LinearRing[] holes = new LinearRing[list.size() - 1];
        for (int i = 1; i < list.size(); i++) {
            holes[i - 1] = ring(list.get(i));
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(Object positions) throws NotGeoJson {
        if (!(positions instanceof List<?> list) || list.size() < 3) {
            throw new NotGeoJson("ring with fewer than 3 positions");
        }
        List<Coordinate> cs = new ArrayList<>(list.size() + 1);
        for (Object p : list) {
            if (!(p instanceof List<?> xy) || xy.size() < 2 || !(xy.get(0) instanceof Double x) || !(xy.get(1) instanceof Double y)) {
                throw new NotGeoJson("position is not [number, number]");
            }
            cs.add(new Coordinate(x, y));
        }
        if (!cs.get(0).equals2D(cs.get(cs.size() - 1))) {
            cs.add(new Coordinate(cs.get(0))); // closed as RFC 7946 asks; some tools leave it open
        }
        if (cs.size() < 4) {
            throw new NotGeoJson("ring with fewer than 3 positions");
        }
        return FACTORY.createLinearRing(cs.toArray(Coordinate[]::new));
    }
}
