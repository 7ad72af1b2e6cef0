package id.pilar.atlas.api.geo;

import java.time.Instant;
import java.util.List;

/**
 * What the map draws.
 *
 * @param imported   true when the shapes are imported polygons; false for the schematic cells
 * @param importedAt when the polygons were imported, null for the schematic
 * @param source     the imported file's name, null for the schematic
 * @param kelurahan  one shape per kelurahan (all 44)
 */
public record AtlasShapes(boolean imported, Instant importedAt, String source, List<KelurahanShape> kelurahan) {

    public AtlasShapes {
        kelurahan = List.copyOf(kelurahan);
    }
}
