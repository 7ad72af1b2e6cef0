package id.pilar.atlas.ui.map;

import id.pilar.atlas.api.AtlasIndicator;
import id.pilar.atlas.api.AtlasService;
import id.pilar.atlas.api.Contribution;
import id.pilar.atlas.api.KelurahanScore;
import id.pilar.atlas.api.VulnerabilityIndex;
import id.pilar.atlas.api.geo.AtlasShapes;
import id.pilar.atlas.api.geo.BoundaryImport;
import id.pilar.atlas.api.geo.BoundaryService;
import id.pilar.atlas.api.geo.KelurahanShape;
import id.pilar.atlas.api.geo.PlacedPoint;
import id.pilar.core.spi.area.AreaPeriod;
import id.pilar.core.spi.area.AreaPoint;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An atlas of ten square kelurahan with known values, for the view models. */
public final class AtlasFakes {

    public static final AtlasIndicator NEED = new AtlasIndicator("t.need", "Kebutuhan", "t", "per 1.000 penduduk", true);
    public static final AtlasIndicator COVER = new AtlasIndicator("t.cover", "Cakupan", "t", "per 10.000 penduduk", false);
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

    private AtlasFakes() {
    }

    public static String kode(int i) {
        return String.format("31.71.01.%04d", 1001 + i);
    }

    /** Kelurahan i has index 10·(i+1), need i+1, cover 10−i; kelurahan 9 has no need value. */
    public static VulnerabilityIndex index() {
        List<KelurahanScore> rows = new ArrayList<>();
        for (int i = 9; i >= 0; i--) {
            Map<String, Double> values = i == 9 ? Map.of(COVER.id(), 1.0) : Map.of(NEED.id(), i + 1.0, COVER.id(), 10.0 - i);
            rows.add(new KelurahanScore(kode(i), "Kel " + i, "31.71.01", "Gambir", 10_000, 10.0 * (i + 1), 10 - i,
                    i == 0 ? null : 10.0 * (i + 1) - 5, i == 0 ? null : 11 - i, values,
                    List.of(new Contribution(NEED.id(), i + 1.0, i / 9.0, 0.5, 50 * i / 9.0),
                            new Contribution(COVER.id(), 10.0 - i, i / 9.0, 0.5, 50 * i / 9.0))));
        }
        return new VulnerabilityIndex(AS_OF, AS_OF.minusMonths(1), List.of(NEED, COVER), Map.of(NEED.id(), 0.5, COVER.id(), 0.5), rows);
    }

    public static AtlasService atlas() {
        return new AtlasService() {
            @Override
            public List<AtlasIndicator> indicators() {
                return List.of(NEED, COVER);
            }

            @Override
            public VulnerabilityIndex index(LocalDate asOf) {
                return AtlasFakes.index();
            }

            @Override
            public Map<String, Double> weights() {
                return Map.of();
            }

            @Override
            public void saveWeights(Map<String, Double> weights) {
                throw new UnsupportedOperationException();
            }
        };
    }

    public static BoundaryService boundaries() {
        return new BoundaryService() {
            @Override
            public AtlasShapes shapes() {
                List<KelurahanShape> shapes = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    double x = 106.80 + i * 0.01;
                    shapes.add(new KelurahanShape(kode(i), -6.175, x + 0.005,
                            List.of(new double[] {x, -6.17, x + 0.01, -6.17, x + 0.01, -6.18, x, -6.18, x, -6.17})));
                }
                return new AtlasShapes(false, null, null, shapes);
            }

            @Override
            public BoundaryImport importGeoJson(Path file) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<String> locate(double lat, double lng) {
                return Optional.empty();
            }

            @Override
            public List<PlacedPoint> points(AreaPeriod period) {
                AreaPoint p = new AreaPoint("intake.report", "r1", "Laporan uji", -6.175, 106.805, null, AS_OF);
                return List.of(new PlacedPoint(p, kode(0), PlacedPoint.Placement.NEAREST_CENTROID),
                        new PlacedPoint(p, kode(0), PlacedPoint.Placement.NEAREST_CENTROID));
            }
        };
    }
}
