package id.pilar.atlas.impl.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * What ships with the product (resources of this package, copied from the reference boundaries):
 * the centroid of each kelurahan and the city's outline. Read once.
 */
final class ShippedGeography {

    /** Kemendagri code → centroid (x = lng, y = lat), in code order. */
    final Map<String, Coordinate> centroids;
    /** Kota Administrasi Jakarta Pusat, simplified. */
    final Polygon outline;

    private static volatile ShippedGeography instance;

    private ShippedGeography(Map<String, Coordinate> centroids, Polygon outline) {
        this.centroids = centroids;
        this.outline = outline;
    }

    static ShippedGeography get() {
        ShippedGeography g = instance;
        if (g == null) {
            g = load();
            instance = g;
        }
        return g;
    }

    private static ShippedGeography load() {
        Map<String, Coordinate> centroids = new LinkedHashMap<>();
        for (String line : lines("kelurahan_centroids.csv")) {
            String[] f = line.split(",");
            if (f[0].startsWith("31.71.")) {
                centroids.put(f[0], new Coordinate(Double.parseDouble(f[2]), Double.parseDouble(f[1])));
            }
        }
        List<Coordinate> ring = new ArrayList<>();
        for (String line : lines("jakarta_pusat_outline.txt")) {
            String[] f = line.trim().split("\\s+");
            ring.add(new Coordinate(Double.parseDouble(f[0]), Double.parseDouble(f[1])));
        }
        return new ShippedGeography(java.util.Collections.unmodifiableMap(centroids),
                GeoJsonFeatures.FACTORY.createPolygon(ring.toArray(Coordinate[]::new)));
    }

    private static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = ShippedGeography.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the atlas module: " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("kode_")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
