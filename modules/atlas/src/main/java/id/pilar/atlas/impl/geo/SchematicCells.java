package id.pilar.atlas.impl.geo;

import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * The schematic map before any boundary is imported: the Voronoi cell of each shipped centroid
 * (every place belongs to the nearest kelurahan centre), cut to the city's outline. Cells are
 * not boundaries, but they sit where the kelurahan sit, next to their real neighbours, which is
 * what a choropleth needs to be read. Cosine-scaled so that cells are not stretched north–south.
 */
final class SchematicCells {

    private SchematicCells() {
    }

    static Map<String, Geometry> build(ShippedGeography shipped) {
        double cos = Math.cos(Math.toRadians(shipped.outline.getCentroid().getY()));
        Map<Coordinate, String> codeBySite = new LinkedHashMap<>();
        shipped.centroids.forEach((kode, c) -> codeBySite.put(new Coordinate(c.x * cos, c.y), kode));
        Geometry outline = scaled(shipped.outline, cos);
        Envelope clip = new Envelope(outline.getEnvelopeInternal());
        clip.expandBy(0.02);
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(codeBySite.keySet());
        builder.setClipEnvelope(clip);
        Geometry cells = builder.getDiagram(GeoJsonFeatures.FACTORY);
        Map<String, Geometry> out = new LinkedHashMap<>();
        for (int i = 0; i < cells.getNumGeometries(); i++) {
            Geometry cell = cells.getGeometryN(i);
            String kode = codeBySite.get((Coordinate) cell.getUserData());
            Geometry cut = cell.intersection(outline);
            if (cut.isEmpty() || cut.getArea() < cell.getArea() * 0.05) {
                // a centre near the simplified outline: keep a small disc round it rather than nothing
                cut = cell.intersection(GeoJsonFeatures.FACTORY.createPoint((Coordinate) cell.getUserData()).buffer(0.004));
            }
            out.put(kode, scaled(cut, 1 / cos));
        }
        Map<String, Geometry> ordered = new LinkedHashMap<>();
        shipped.centroids.keySet().forEach(k -> ordered.put(k, out.get(k)));
        return ordered;
    }

    private static Geometry scaled(Geometry g, double xFactor) {
        Geometry copy = g.copy();
        copy.apply((Coordinate c) -> c.x = c.x * xFactor);
        copy.geometryChanged();
        return copy;
    }
}
