package id.pilar.atlas.api.geo;

import java.util.List;

/**
 * One kelurahan's outline in WGS84.
 *
 * @param kode     Kemendagri code
 * @param labelLat latitude of a point inside it, where its label goes
 * @param labelLng longitude of that point
 * @param rings    its rings (outer rings and holes, of every part), each {@code [lng0, lat0, lng1, lat1, …]};
 *                 drawn together with the even-odd rule, which makes holes holes
 */
public record KelurahanShape(String kode, double labelLat, double labelLng, List<double[]> rings) {

    public KelurahanShape {
        rings = List.copyOf(rings);
    }
}
