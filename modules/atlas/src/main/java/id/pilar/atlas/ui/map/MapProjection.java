package id.pilar.atlas.ui.map;

import id.pilar.atlas.api.geo.KelurahanShape;
import java.util.List;

/**
 * Degrees to pixels for a city-sized map: equirectangular, longitudes shrunk by the cosine of the
 * middle latitude (at 6° S the error against a proper projection is far below a pixel), fitted
 * into the pane with a margin and the aspect kept. North is up.
 */
public final class MapProjection {

    private final double minLng;
    private final double maxLat;
    private final double cos;
    private final double scale;
    private final double offsetX;
    private final double offsetY;

    private MapProjection(double minLng, double maxLat, double cos, double scale, double offsetX, double offsetY) {
        this.minLng = minLng;
        this.maxLat = maxLat;
        this.cos = cos;
        this.scale = scale;
        this.offsetX = offsetX;
        this.offsetY = offsetY;
    }

    public static MapProjection fit(List<KelurahanShape> shapes, double width, double height, double margin) {
        double minLng = Double.MAX_VALUE;
        double maxLng = -Double.MAX_VALUE;
        double minLat = Double.MAX_VALUE;
        double maxLat = -Double.MAX_VALUE;
        for (KelurahanShape s : shapes) {
            for (double[] ring : s.rings()) {
                for (int i = 0; i + 1 < ring.length; i += 2) {
                    minLng = Math.min(minLng, ring[i]);
                    maxLng = Math.max(maxLng, ring[i]);
                    minLat = Math.min(minLat, ring[i + 1]);
                    maxLat = Math.max(maxLat, ring[i + 1]);
                }
            }
        }
        if (minLng > maxLng) {
            return new MapProjection(0, 0, 1, 1, 0, 0);
        }
        double cos = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double w = Math.max(1e-9, (maxLng - minLng) * cos);
        double h = Math.max(1e-9, maxLat - minLat);
        double scale = Math.max(1e-9, Math.min((width - 2 * margin) / w, (height - 2 * margin) / h));
        double offsetX = (width - w * scale) / 2;
        double offsetY = (height - h * scale) / 2;
        return new MapProjection(minLng, maxLat, cos, scale, offsetX, offsetY);
    }

    public double x(double lng) {
        return offsetX + (lng - minLng) * cos * scale;
    }

    public double y(double lat) {
        return offsetY + (maxLat - lat) * scale;
    }

    /** An SVG path of every ring of the shape ({@code M … L … Z}), for the even-odd fill. */
    public String svgPath(KelurahanShape shape) {
        StringBuilder sb = new StringBuilder();
        for (double[] ring : shape.rings()) {
            for (int i = 0; i + 1 < ring.length; i += 2) {
                sb.append(i == 0 ? 'M' : 'L').append(round(x(ring[i]))).append(' ').append(round(y(ring[i + 1]))).append(' ');
            }
            sb.append("Z ");
        }
        return sb.toString();
    }

    private static String round(double d) {
        return Double.toString(Math.round(d * 10) / 10.0);
    }
}
