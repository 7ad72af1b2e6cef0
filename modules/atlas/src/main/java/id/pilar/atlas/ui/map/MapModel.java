package id.pilar.atlas.ui.map;

import id.pilar.atlas.api.AtlasIndicator;
import id.pilar.atlas.api.AtlasService;
import id.pilar.atlas.api.KelurahanScore;
import id.pilar.atlas.api.VulnerabilityIndex;
import id.pilar.atlas.api.geo.AtlasShapes;
import id.pilar.atlas.api.geo.BoundaryService;
import id.pilar.atlas.api.geo.PlacedPoint;
import id.pilar.core.spi.area.AreaPeriod;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.UiExecutor;
import id.pilar.ui.api.UserMessages;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.openide.util.NbBundle.Messages;

/**
 * The map's state without a toolkit: the shapes, the index, the points of the last 90 days, the
 * chosen layer and its colours. {@link #load} fetches in the background; {@link #select} only
 * recomputes colours (no database), which is what keeps a redraw under 100 ms.
 */
@Messages({
    "# {0} - name", "# {1} - kecamatan", "TIP_Title={0} (Kec. {1})",
    "# {0} - layer", "# {1} - value and unit", "TIP_Value={0}: {1}",
    "# {0} - rank", "TIP_Rank=Peringkat kerentanan {0} dari 44",
    "TIP_NoValue=tidak ada data",
    "# {0} - count", "TIP_Points={0} laporan/titik rawan 90 hari terakhir",
    "MSG_Schematic=Peta skematis: sel di sekitar titik pusat tiap kelurahan (bukan batas resmi). Impor batas GeoJSON untuk poligon sebenarnya.",
    "# {0} - file", "# {1} - date", "MSG_Imported=Batas kelurahan dari berkas {0}, diimpor {1}.",
    "MSG_Loading=Memuat peta…"
})
public final class MapModel {

    /** The points shown on the map: the last 90 days. */
    static final int POINT_DAYS = 90;

    /** What the view draws after a load. */
    public record Loaded(AtlasShapes shapes, VulnerabilityIndex index, List<PlacedPoint> points, List<MapLayer> layers) {
    }

    private final Supplier<AtlasService> atlas;
    private final Supplier<BoundaryService> boundaries;
    private final UiExecutor ui;
    private Loaded loaded;
    private Map<String, KelurahanScore> byKode = Map.of();
    private Map<String, Integer> pointCounts = Map.of();
    private Choropleth colours;

    public MapModel(Supplier<AtlasService> atlas, Supplier<BoundaryService> boundaries, UiExecutor ui) {
        this.atlas = atlas;
        this.boundaries = boundaries;
        this.ui = ui;
    }

    /** Loads everything in the background, then calls {@code shown} on the FX thread (or {@code failed} with the user's sentence). */
    public void load(LocalDate asOf, Runnable shown, java.util.function.Consumer<String> failed) {
        ui.load(() -> fetch(asOf), l -> {
            apply(l);
            shown.run();
        }, e -> failed.accept(UserMessages.of(e)));
    }

    private Loaded fetch(LocalDate asOf) {
        AtlasShapes shapes = boundaries.get().shapes();
        VulnerabilityIndex index = atlas.get().index(asOf);
        List<PlacedPoint> points = boundaries.get().points(AreaPeriod.daysEndingOn(asOf, POINT_DAYS));
        List<MapLayer> layers = new ArrayList<>();
        layers.add(MapLayer.index());
        for (AtlasIndicator i : index.indicators()) {
            layers.add(MapLayer.of(i));
        }
        return new Loaded(shapes, index, points, List.copyOf(layers));
    }

    void apply(Loaded l) {
        loaded = l;
        Map<String, KelurahanScore> map = new HashMap<>();
        l.index().rows().forEach(r -> map.put(r.kode(), r));
        byKode = map;
        Map<String, Integer> counts = new HashMap<>();
        l.points().stream().filter(p -> p.kelurahan() != null).forEach(p -> counts.merge(p.kelurahan(), 1, Integer::sum));
        pointCounts = counts;
        MapLayer keep = colours == null ? l.layers().get(0)
                : l.layers().stream().filter(x -> x.id().equals(colours.layer().id())).findFirst().orElse(l.layers().get(0));
        select(keep);
    }

    /** Recomputes the colours for another layer; no database work. */
    public Choropleth select(MapLayer layer) {
        colours = Choropleth.of(loaded.index(), layer);
        return colours;
    }

    public Loaded loaded() {
        return loaded;
    }

    public Choropleth colours() {
        return colours;
    }

    public KelurahanScore score(String kode) {
        return byKode.get(kode);
    }

    public int pointsIn(String kode) {
        return pointCounts.getOrDefault(kode, 0);
    }

    /** The tooltip: name and kecamatan, the layer's value, the index rank, the points in it. */
    public String tooltip(String kode) {
        KelurahanScore s = byKode.get(kode);
        if (s == null) {
            return kode;
        }
        Double v = colours.value(kode);
        String value = v == null ? Bundle.TIP_NoValue() : colours.format(v) + (colours.layer().isIndex() ? "" : " " + colours.layer().unit());
        List<String> lines = new ArrayList<>(List.of(Bundle.TIP_Title(s.nama(), s.namaKecamatan()),
                Bundle.TIP_Value(colours.layer().label(), value), Bundle.TIP_Rank(s.rank())));
        if (pointsIn(kode) > 0) {
            lines.add(Bundle.TIP_Points(pointsIn(kode)));
        }
        return String.join("\n", lines);
    }

    /** The line under the map: schematic or which file the boundaries came from. */
    public String sourceLine() {
        AtlasShapes shapes = loaded.shapes();
        if (!shapes.imported()) {
            return Bundle.MSG_Schematic();
        }
        return Bundle.MSG_Imported(shapes.source(), Formats.date(shapes.importedAt().atZone(ZoneId.of("Asia/Jakarta")).toLocalDate()));
    }
}
