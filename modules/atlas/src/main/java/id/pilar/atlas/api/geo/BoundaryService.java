package id.pilar.atlas.api.geo;

import id.pilar.core.spi.area.AreaPeriod;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.openide.util.Lookup;

/**
 * Where the 44 kelurahan lie: the shapes the map draws and the placement of points with
 * coordinates. Until a boundary file is imported the shapes are schematic cells grown from the
 * centroids shipped with the product (each point of the city belongs to the nearest centroid);
 * after an import they are the file's polygons, and points are placed by point-in-polygon.
 *
 * <p>Reading checks {@code AtlasPermissions.READ}, importing {@code AtlasPermissions.IMPORT}.
 */
public interface BoundaryService {

    /** The shapes of the 44 kelurahan, imported polygons when there are, schematic cells otherwise. */
    AtlasShapes shapes();

    /**
     * Reads a GeoJSON file and replaces the boundaries with its polygons, in one transaction: a
     * refused file ({@link BoundaryImportException}) leaves the previous boundaries as they were.
     */
    BoundaryImport importGeoJson(Path file);

    /** The kelurahan containing the point (Kemendagri code), or empty outside Jakarta Pusat. */
    Optional<String> locate(double lat, double lng);

    /** Every installed module's points of the period ({@code AreaPointSource}), each placed in its kelurahan. */
    List<PlacedPoint> points(AreaPeriod period);

    static BoundaryService get() {
        return Lookup.getDefault().lookup(BoundaryService.class);
    }
}
