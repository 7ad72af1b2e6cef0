package id.pilar.atlas.impl.geo;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.atlas.api.geo.PlacedPoint;
import id.pilar.atlas.api.geo.PlacedPoint.Placement;
import id.pilar.core.spi.area.AreaPeriod;
import id.pilar.testkit.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/** Before any import: schematic cells from the shipped centroids, points placed by the nearest centroid. */
class SchematicMapTest {

    static TestDatabase db;
    static BoundaryServiceImpl service;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        service = new BoundaryServiceImpl(db.transactions());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void every44KelurahanGetsACellAroundItsOwnCentroidWithoutOverlaps() {
        ShippedGeography shipped = ShippedGeography.get();
        assertThat(shipped.centroids).hasSize(44);
        Map<String, Geometry> cells = SchematicCells.build(shipped);
        assertThat(cells).hasSize(44);
        cells.forEach((kode, cell) -> {
            assertThat(cell.isEmpty()).as(kode).isFalse();
            assertThat(cell.buffer(1e-4).contains(GeoJsonFeatures.FACTORY.createPoint(shipped.centroids.get(kode)))).as(kode).isTrue();
        });
        List<Geometry> list = List.copyOf(cells.values());
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                assertThat(list.get(i).intersection(list.get(j)).getArea()).isLessThan(1e-9);
            }
        }
        assertThat(service.shapes().imported()).isFalse();
        assertThat(service.shapes().kelurahan()).hasSize(44);
    }

    @Test
    void withoutBoundariesPointsGoToTheNearestCentroid() {
        assertThat(service.locate(-6.1754, 106.8272)).contains(BoundaryImportTest.GAMBIR);
        assertThat(service.locate(-6.9, 107.6)).isEmpty();
        FakePointSource.POINTS.clear();
        FakePointSource.POINTS.add(FakePointSource.at("r1", -6.1754, 106.8272));
        // Other installed sources (intake's hotspots) contribute too; this test's point is ours.
        List<PlacedPoint> placed = service.points(AreaPeriod.monthOf(LocalDate.of(2026, 11, 1))).stream()
                .filter(p -> p.point().kind().equals("test.report")).toList();
        assertThat(placed).singleElement().satisfies(p -> {
            assertThat(p.kelurahan()).isEqualTo(BoundaryImportTest.GAMBIR);
            assertThat(p.placement()).isEqualTo(Placement.NEAREST_CENTROID);
        });
        FakePointSource.POINTS.clear();
    }
}
