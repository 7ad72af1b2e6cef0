package id.pilar.atlas.impl.geo;

import id.pilar.atlas.api.geo.BoundaryImport.MatchKind;
import id.pilar.atlas.api.geo.BoundaryImportException;
import id.pilar.atlas.impl.geo.GeoJsonFeatures.Feature;
import id.pilar.core.api.reference.Kecamatan;
import id.pilar.core.api.reference.Kelurahan;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.openide.util.NbBundle.Messages;

/**
 * Decides what a boundary file's features are: which of the 44 kelurahan each polygon bounds (by
 * a Kemendagri code in any property, else a BPS code, else a name as {@code ReferenceData} knows
 * names), whether the file wrote [lat, lng] instead of GeoJSON's [lng, lat], and whether the file
 * is complete. Refusals say what matched and what did not; the caller then writes nothing.
 *
 * <p>Axis order: Jakarta Pusat lies near 106.8° E, 6.2° S. When the matched polygons' centres
 * fall outside the box below read as [lng, lat] but inside it read the other way round, the file
 * is a [lat, lng] one: its coordinates are swapped and the user is told. Polygons outside the box
 * both ways (another region, projected metres) are refused.
 */
@Messages({
    "# {0} - file", "# {1} - offset",
    "ERR_NotJson=Berkas {0} bukan GeoJSON: isinya bukan JSON yang sah (terhenti di karakter ke-{1}). Batas wilayah yang lama tetap dipakai.",
    "# {0} - file",
    "ERR_NotGeoJson=Berkas {0} bukan GeoJSON batas wilayah: tidak ada FeatureCollection, Feature, Polygon atau MultiPolygon yang bisa dibaca. Batas wilayah yang lama tetap dipakai.",
    "# {0} - file", "# {1} - count", "# {2} - envelope",
    "ERR_OtherRegion=Berkas {0} bukan batas wilayah Jakarta Pusat: tidak satu pun dari {1} poligonnya cocok dengan kelurahan Jakarta Pusat (kode Kemendagri, kode BPS atau nama), dan koordinatnya ({2}) berada di luar Jakarta Pusat. Batas wilayah yang lama tetap dipakai.",
    "# {0} - file", "# {1} - envelope",
    "ERR_Outside=Kelurahan dalam berkas {0} cocok, tetapi koordinatnya ({1}) berada di luar Jakarta Pusat, juga bila lintang dan bujur ditukar. Berkas harus memakai derajat WGS84 (EPSG:4326), bukan meter (UTM). Batas wilayah yang lama tetap dipakai.",
    "# {0} - file", "# {1} - matched", "# {2} - missing count", "# {3} - missing names",
    "ERR_Missing=Berkas {0} tidak lengkap: {1} dari 44 kelurahan cocok, {2} tidak ada: {3}. Batas wilayah yang lama tetap dipakai.",
    "# {0} - matched", "# {1} - how",
    "MSG_Matched={0} dari 44 kelurahan cocok ({1}).",
    "HOW_Kemendagri=menurut kode Kemendagri",
    "HOW_Bps=menurut kode BPS",
    "HOW_Name=menurut nama kelurahan",
    "MSG_Bps=Berkas memakai kode BPS (3173…), bukan kode Kemendagri (31.71…): kelurahan dicocokkan lewat padanan BPS–Kemendagri dan disimpan dengan kode Kemendagri.",
    "MSG_Swapped=Koordinat dalam berkas ditulis [lintang, bujur], padahal GeoJSON menghendaki [bujur, lintang]. Keduanya sudah ditukar sehingga wilayah jatuh di Jakarta Pusat; periksa peta sekali lagi.",
    "# {0} - count", "# {1} - names",
    "MSG_Ignored={0} poligon lain diabaikan (kota, kecamatan atau wilayah lain): {1}",
    "MSG_Jaksel=Kode 3171… dalam berkas adalah kode BPS Jakarta Selatan; Jakarta Pusat berkode BPS 3173 dan Kemendagri 31.71.",
    "# {0} - names",
    "MSG_MatchedList=Yang cocok: {0}",
    "MSG_NothingMatched=Tidak ada kelurahan Jakarta Pusat yang cocok.",
    "# {0} - lng from", "# {1} - lng to", "# {2} - lat from", "# {3} - lat to",
    "ENVELOPE=bujur {0} s.d. {1}, lintang {2} s.d. {3}"
})
final class BoundaryMatcher {

    /** Jakarta Pusat with a margin of some 8 km: WGS84 degrees. */
    static final Envelope JAKARTA_PUSAT = new Envelope(106.70, 106.97, -6.32, -6.05);
    private static final int SHOWN_NAMES = 12;

    /** An accepted file: a polygon for each of the 44 kelurahan. */
    record Plan(Map<String, Geometry> polygons, MatchKind matchedBy, List<String> ignored, boolean swapped, List<String> lines) {
    }

    private final List<Kelurahan> kelurahan;
    private final Map<String, Kelurahan> byKemendagri = new HashMap<>();
    private final Map<String, Kelurahan> byBps = new HashMap<>();
    private final Set<String> regionCodes = new HashSet<>();
    private final Function<String, Kelurahan> byName;

    /**
     * @param byName finds a kelurahan by a name as met in real files (ReferenceData.findKelurahan), null when unknown
     */
    BoundaryMatcher(List<Kelurahan> kelurahan, List<Kecamatan> kecamatan, Function<String, Kelurahan> byName) {
        this.kelurahan = List.copyOf(kelurahan);
        this.byName = byName;
        for (Kelurahan k : kelurahan) {
            byKemendagri.put(k.kode(), k);
            byKemendagri.put(k.kode().replace(".", ""), k);
            byBps.put(k.kodeBps(), k);
        }
        for (Kecamatan k : kecamatan) {
            regionCodes.add(k.kode());
            regionCodes.add(k.kode().replace(".", ""));
            regionCodes.add(k.kodeBps());
        }
        regionCodes.addAll(List.of("31.71", "3171", "3173", "31"));
    }

    Plan match(String file, List<Feature> features) {
        Map<String, Geometry> found = new LinkedHashMap<>();
        Map<MatchKind, Integer> kinds = new EnumMap<>(MatchKind.class);
        List<String> ignored = new ArrayList<>();
        boolean jaksel = false;
        Envelope all = new Envelope();
        for (Feature f : features) {
            all.expandToInclude(f.geometry().getEnvelopeInternal());
            Match m = recognise(f.properties());
            if (m == null) {
                String label = label(f.properties());
                ignored.add(label);
                jaksel |= label.replace(".", "").startsWith("3171") && label.replaceAll("\\D", "").length() == 10;
                continue;
            }
            kinds.merge(m.kind, 1, Integer::sum);
            found.merge(m.kelurahan.kode(), f.geometry(), Geometry::union);
        }
        String envelope = envelope(all);
        if (found.isEmpty()) {
            List<String> details = new ArrayList<>(List.of(Bundle.MSG_NothingMatched()));
            if (jaksel) {
                details.add(Bundle.MSG_Jaksel());
            }
            if (!ignored.isEmpty()) {
                details.add(Bundle.MSG_Ignored(ignored.size(), shown(ignored)));
            }
            throw new BoundaryImportException("ERR_OtherRegion", Bundle.ERR_OtherRegion(file, features.size(), envelope), details,
                    file, features.size(), envelope);
        }
        boolean swapped = swappedAxes(found.values());
        if (swapped) {
            found.replaceAll((k, g) -> swap(g));
        } else if (inside(found.values()) == 0) {
            throw new BoundaryImportException("ERR_Outside", Bundle.ERR_Outside(file, envelope), List.of(), file, envelope);
        }
        found.replaceAll((k, g) -> g.isValid() ? g : g.buffer(0)); // self-touching rings of simplified files
        MatchKind kind = kinds.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        List<String> lines = new ArrayList<>();
        lines.add(Bundle.MSG_Matched(found.size(), how(kind)));
        if (kinds.containsKey(MatchKind.BPS)) {
            lines.add(Bundle.MSG_Bps());
        }
        if (swapped) {
            lines.add(Bundle.MSG_Swapped());
        }
        if (!ignored.isEmpty()) {
            lines.add(Bundle.MSG_Ignored(ignored.size(), shown(ignored)));
        }
        List<String> missing = kelurahan.stream().filter(k -> !found.containsKey(k.kode()))
                .map(k -> k.nama() + " (" + k.namaKecamatan() + ")").toList();
        if (!missing.isEmpty()) {
            List<String> details = new ArrayList<>(lines);
            details.add(Bundle.MSG_MatchedList(shown(kelurahan.stream().filter(k -> found.containsKey(k.kode())).map(Kelurahan::nama).toList())));
            throw new BoundaryImportException("ERR_Missing", Bundle.ERR_Missing(file, found.size(), missing.size(), shown(missing)), details,
                    file, found.size(), missing.size(), shown(missing));
        }
        return new Plan(new TreeMap<>(found), kind, ignored, swapped, lines);
    }

    private record Match(Kelurahan kelurahan, MatchKind kind) {
    }

    /**
     * A kelurahan code in any property wins (Kemendagri before BPS: a kelurahan feature also
     * carries its kecamatan's code). Names count only when no property holds the code of the city
     * or a kecamatan, whose names may be a kelurahan's too (Gambir, Menteng).
     */
    private Match recognise(Map<String, Object> properties) {
        Kelurahan bps = null;
        boolean region = false;
        for (Object v : properties.values()) {
            String s = text(v);
            if (s == null) {
                continue;
            }
            if (byKemendagri.containsKey(s)) {
                return new Match(byKemendagri.get(s), MatchKind.KEMENDAGRI);
            }
            if (bps == null && byBps.containsKey(s)) {
                bps = byBps.get(s);
            }
            region |= regionCodes.contains(s);
        }
        if (bps != null) {
            return new Match(bps, MatchKind.BPS);
        }
        if (region) {
            return null;
        }
        for (Map.Entry<String, Object> e : properties.entrySet()) {
            String s = text(e.getValue());
            if (s != null && !s.isBlank() && !Character.isDigit(s.charAt(0)) && isNameKey(e.getKey())) {
                Kelurahan k = byName.apply(s);
                if (k != null) {
                    return new Match(k, MatchKind.NAME);
                }
            }
        }
        return null;
    }

    private static boolean isNameKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.contains("nam") || k.contains("kel") || k.contains("desa") || k.contains("village") || k.equals("wadmkd");
    }

    private static String text(Object v) {
        if (v instanceof String s) {
            return s.strip();
        }
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue()); // a code written as a number
        }
        return null;
    }

    /** What the user recognises a feature by: its name and code, or its first properties. */
    private static String label(Map<String, Object> properties) {
        List<String> parts = new ArrayList<>();
        for (Object v : properties.values()) {
            String s = text(v);
            if (s != null && !s.isBlank() && parts.size() < 2 && s.length() < 60) {
                parts.add(s);
            }
        }
        return parts.isEmpty() ? "?" : String.join(" ", parts);
    }

    private boolean swappedAxes(Iterable<Geometry> polygons) {
        int asRead = inside(polygons);
        int swapped = 0;
        for (Geometry g : polygons) {
            Point c = g.getCentroid();
            swapped += JAKARTA_PUSAT.contains(c.getY(), c.getX()) ? 1 : 0;
        }
        return swapped > asRead;
    }

    private static int inside(Iterable<Geometry> polygons) {
        int n = 0;
        for (Geometry g : polygons) {
            Point c = g.getCentroid();
            n += JAKARTA_PUSAT.contains(c.getX(), c.getY()) ? 1 : 0;
        }
        return n;
    }

    static Geometry swap(Geometry g) {
        Geometry copy = g.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double x = seq.getX(i);
                seq.setOrdinate(i, 0, seq.getY(i));
                seq.setOrdinate(i, 1, x);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return copy;
    }

    private static String how(MatchKind kind) {
        return switch (kind) {
            case KEMENDAGRI -> Bundle.HOW_Kemendagri();
            case BPS -> Bundle.HOW_Bps();
            case NAME -> Bundle.HOW_Name();
        };
    }

    private static String envelope(Envelope e) {
        if (e.isNull()) {
            return "-";
        }
        return Bundle.ENVELOPE(deg(e.getMinX()), deg(e.getMaxX()), deg(e.getMinY()), deg(e.getMaxY()));
    }

    private static String deg(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }

    /** At most a dozen names, then "… (+N)". */
    static String shown(List<String> names) {
        if (names.size() <= SHOWN_NAMES) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, SHOWN_NAMES)) + " … (+" + (names.size() - SHOWN_NAMES) + ")";
    }
}
