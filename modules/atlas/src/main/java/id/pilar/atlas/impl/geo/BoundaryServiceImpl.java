package id.pilar.atlas.impl.geo;

import id.pilar.atlas.api.AtlasPermissions;
import id.pilar.atlas.api.geo.AtlasShapes;
import id.pilar.atlas.api.geo.BoundaryImport;
import id.pilar.atlas.api.geo.BoundaryImportException;
import id.pilar.atlas.api.geo.BoundaryService;
import id.pilar.atlas.api.geo.KelurahanShape;
import id.pilar.atlas.api.geo.PlacedPoint;
import id.pilar.atlas.api.geo.PlacedPoint.Placement;
import id.pilar.core.api.reference.Kelurahan;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.api.time.JakartaTime;
import id.pilar.core.persistence.Transactions;
import id.pilar.core.spi.area.AreaPeriod;
import id.pilar.core.spi.area.AreaPoint;
import id.pilar.core.spi.area.AreaPointSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * Boundaries from the database (imported GeoJSON) or the shipped schematic cells, and the
 * placement of the installed modules' points. The parsed polygons and their spatial index are
 * kept until the next import.
 */
@ServiceProvider(service = BoundaryService.class)
@Messages({
    "# {0} - file",
    "ERR_Unreadable=Berkas {0} tidak bisa dibaca. Batas wilayah yang lama tetap dipakai."
})
public final class BoundaryServiceImpl implements BoundaryService {

    private record State(String stamp, BoundaryStore.Stored stored, KelurahanLocator locator, AtlasShapes shapes) {
    }

    private final Transactions tx;
    private final BoundaryStore store;
    private volatile State state;

    public BoundaryServiceImpl() {
        this(Transactions.get());
    }

    public BoundaryServiceImpl(Transactions tx) {
        this.tx = tx;
        this.store = new BoundaryStore(tx);
    }

    @Override
    public AtlasShapes shapes() {
        AccessControl.get().require(AtlasPermissions.READ);
        return state().shapes();
    }

    @Override
    public BoundaryImport importGeoJson(Path file) {
        AccessControl.get().require(AtlasPermissions.IMPORT);
        String name = file.getFileName().toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new BoundaryImportException("ERR_Unreadable", Bundle.ERR_Unreadable(name), List.of(), name);
        }
        BoundaryMatcher.Plan plan = plan(name, text);
        store.replace(plan.polygons(), name, AccessControl.get().currentUser().username(), JakartaTime.now());
        state = null; // the next reader builds the new index
        return new BoundaryImport(List.copyOf(plan.polygons().keySet()), plan.matchedBy(), plan.ignored(), plan.swapped(), plan.lines());
    }

    /** Parses and matches without writing anything (the refusals are thrown from here). */
    static BoundaryMatcher.Plan plan(String name, String text) {
        Object document;
        try {
            document = Json.parse(text);
        } catch (Json.Malformed e) {
            throw new BoundaryImportException("ERR_NotJson", Bundle.ERR_NotJson(name, e.offset), List.of(), name, e.offset);
        }
        List<GeoJsonFeatures.Feature> features;
        try {
            features = GeoJsonFeatures.read(document);
        } catch (GeoJsonFeatures.NotGeoJson e) {
            features = List.of();
        }
        if (features.isEmpty()) {
            throw new BoundaryImportException("ERR_NotGeoJson", Bundle.ERR_NotGeoJson(name), List.of(), name);
        }
        ReferenceData ref = ReferenceData.get();
        return new BoundaryMatcher(ref.kelurahan(), ref.kecamatan(), n -> ref.findKelurahan(n).orElse(null)).match(name, features);
    }

    @Override
    public Optional<String> locate(double lat, double lng) {
        AccessControl.get().require(AtlasPermissions.READ);
        return Optional.ofNullable(state().locator().locate(lat, lng));
    }

    @Override
    public List<PlacedPoint> points(AreaPeriod period) {
        AccessControl.get().require(AtlasPermissions.READ);
        KelurahanLocator locator = state().locator();
        Placement found = locator.byPolygon() ? Placement.POLYGON : Placement.NEAREST_CENTROID;
        List<PlacedPoint> out = new ArrayList<>();
        for (AreaPointSource source : Lookup.getDefault().lookupAll(AreaPointSource.class)) {
            for (AreaPoint p : source.points(period)) {
                if (p.kelurahan() != null && !p.kelurahan().isBlank()) {
                    out.add(new PlacedPoint(p, p.kelurahan(), Placement.RECORDED));
                    continue;
                }
                String kode = locator.locate(p.lat(), p.lng());
                out.add(new PlacedPoint(p, kode, kode == null ? Placement.OUTSIDE : found));
            }
        }
        return out;
    }

    /** The parsed boundaries, rebuilt when the table changed (here or in another process). */
    private State state() {
        State s = state;
        String stamp = store.stamp();
        if (s == null || !s.stamp().equals(stamp)) {
            s = load(stamp);
            state = s;
        }
        return s;
    }

    private State load(String stamp) {
        BoundaryStore.Stored stored = store.load();
        if (stored.polygons().isEmpty()) {
            Map<String, Geometry> cells = SchematicCells.build(ShippedGeography.get());
            ShippedGeography shipped = ShippedGeography.get();
            return new State(stamp, stored, KelurahanLocator.nearestCentroid(shipped.centroids),
                    new AtlasShapes(false, null, null, shapes(cells, shipped)));
        }
        return new State(stamp, stored, KelurahanLocator.polygons(stored.polygons()),
                new AtlasShapes(true, stored.importedAt(), stored.source(), shapes(stored.polygons(), null)));
    }

    private static List<KelurahanShape> shapes(Map<String, Geometry> polygons, ShippedGeography labels) {
        List<KelurahanShape> out = new ArrayList<>();
        for (Kelurahan k : ReferenceData.get().kelurahan()) {
            Geometry g = polygons.get(k.kode());
            if (g == null) {
                continue;
            }
            double lat;
            double lng;
            if (labels != null && labels.centroids.containsKey(k.kode())) {
                lat = labels.centroids.get(k.kode()).y;
                lng = labels.centroids.get(k.kode()).x;
            } else {
                Point inside = g.getInteriorPoint();
                lat = inside.getY();
                lng = inside.getX();
            }
            out.add(new KelurahanShape(k.kode(), lat, lng, rings(g)));
        }
        return out;
    }

    static List<double[]> rings(Geometry g) {
        List<double[]> rings = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p) {
                rings.add(flat(p.getExteriorRing().getCoordinates()));
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    rings.add(flat(p.getInteriorRingN(h).getCoordinates()));
                }
            }
        }
        return rings;
    }

    private static double[] flat(org.locationtech.jts.geom.Coordinate[] cs) {
        double[] out = new double[cs.length * 2];
        for (int i = 0; i < cs.length; i++) {
            out[2 * i] = cs[i].x;
            out[2 * i + 1] = cs[i].y;
        }
        return out;
    }
}
