package id.pilar.atlas.impl.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The reference boundaries (a copy of ../shared/reference/jakarta_pusat_boundaries.geojson) and bad variants of it. */
final class BoundaryFiles {

    private BoundaryFiles() {
    }

    static String fixture() {
        try (InputStream in = BoundaryFiles.class.getResourceAsStream("jakarta_pusat_boundaries.geojson")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path dir, String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every position written [lat, lng], as some exports do. */
    static String latLng(String geojson) {
        Matcher m = Pattern.compile("\\[(106\\.\\d+),(-6\\.\\d+)\\]").matcher(geojson);
        return m.replaceAll("[$2,$1]");
    }

    /** Codes in BPS form only: the Kemendagri code property dropped, BPS codes left. */
    static String bpsOnly(String geojson) {
        return geojson.replaceAll("\"kode_kemendagri\":\"[0-9.]+\",", "");
    }

    /** Without the features of the given Kemendagri codes. */
    static String without(String geojson, String... codes) {
        String out = geojson;
        for (String code : codes) {
            out = out.replaceAll("\\{\"type\":\"Feature\",\"properties\":\\{\"level\":\"kelurahan\",\"kode_kemendagri\":\""
                    + Pattern.quote(code) + "\".*?\\]\\]\\]\\}\\},?", "");
        }
        return out.replace(",]}", "]}");
    }

    /** Another region: codes of Kota Bandung (32.73), coordinates moved 0.8° east and south. */
    static String otherRegion(String geojson) {
        String codes = geojson.replace("\"31.71", "\"32.73").replace("\"3173", "\"3273")
                .replaceAll("\"nama\":\"[^\"]*\"", "\"nama\":\"Bandung\"");
        Matcher m = Pattern.compile("\\[(106\\.\\d+),(-6\\.\\d+)\\]").matcher(codes);
        return m.replaceAll(r -> "[" + (Double.parseDouble(r.group(1)) + 0.8) + "," + (Double.parseDouble(r.group(2)) - 0.8) + "]");
    }
}
