package id.pilar.atlas.impl.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.atlas.api.geo.AtlasShapes;
import id.pilar.atlas.api.geo.BoundaryImport;
import id.pilar.atlas.api.geo.BoundaryImport.MatchKind;
import id.pilar.atlas.api.geo.BoundaryImportException;
import id.pilar.atlas.api.geo.PlacedPoint;
import id.pilar.atlas.api.geo.PlacedPoint.Placement;
import id.pilar.core.spi.area.AreaPeriod;
import id.pilar.testkit.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing boundaries (the reference fixture and its bad variants), point-in-polygon on points
 * known to lie in a kelurahan of the fixture, and the schematic fallback before any import.
 */
class BoundaryImportTest {

    static final String GAMBIR = "31.71.01.1001";
    static final String KRAMAT = "31.71.04.1004";
    static final String MENTENG = "31.71.06.1001";
    static final String KAMPUNG_BALI = "31.71.07.1007";
    static TestDatabase db;
    static BoundaryServiceImpl service;
    @TempDir
    Path dir;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        service = new BoundaryServiceImpl(db.transactions());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void indonesian() {
        Locale.setDefault(Locale.forLanguageTag("id-ID"));
        FakePointSource.POINTS.clear();
    }

    private BoundaryImport importFixture() {
        return service.importGeoJson(BoundaryFiles.write(dir, "jakarta_pusat_boundaries.geojson", BoundaryFiles.fixture()));
    }

    @Test
    void theFixtureMatchesAll44ByKemendagriCodeAndIgnoresTheCityAndKecamatan() {
        BoundaryImport result = importFixture();
        assertThat(result.matched()).hasSize(44).contains(GAMBIR, KRAMAT);
        assertThat(result.matchedBy()).isEqualTo(MatchKind.KEMENDAGRI);
        assertThat(result.swappedAxes()).isFalse();
        assertThat(result.ignored()).hasSize(9); // the city and its 8 kecamatan
        assertThat(result.lines().get(0)).isEqualTo("44 dari 44 kelurahan cocok (menurut kode Kemendagri).");
        AtlasShapes shapes = service.shapes();
        assertThat(shapes.imported()).isTrue();
        assertThat(shapes.source()).isEqualTo("jakarta_pusat_boundaries.geojson");
        assertThat(shapes.kelurahan()).hasSize(44).allSatisfy(s -> assertThat(s.rings()).isNotEmpty());
    }

    @Test
    void pointsKnownInsideAKelurahanOfTheFixtureArePlacedThere() {
        importFixture();
        assertThat(service.locate(-6.1754, 106.8272)).contains(GAMBIR);        // Monas
        assertThat(service.locate(-6.1767, 106.8450)).contains(KRAMAT);        // by Pasar Senen (simplified polygons)
        assertThat(service.locate(-6.1950, 106.8230)).contains(MENTENG);       // Bundaran HI
        assertThat(service.locate(-6.1870, 106.8130)).contains(KAMPUNG_BALI);
        assertThat(service.locate(-6.30, 106.70)).isEmpty();                   // Jakarta Selatan's edge
        FakePointSource.POINTS.addAll(List.of(FakePointSource.at("r1", -6.1754, 106.8272), FakePointSource.at("r2", -6.9, 107.6)));
        List<PlacedPoint> all = service.points(AreaPeriod.monthOf(LocalDate.of(2026, 11, 1)));
        // Installed sources (intake's hotspots) name their kelurahan: kept as recorded.
        assertThat(all).filteredOn(p -> p.point().kelurahan() != null).isNotEmpty()
                .allSatisfy(p -> assertThat(p.placement()).isEqualTo(Placement.RECORDED));
        List<PlacedPoint> placed = all.stream().filter(p -> p.point().kind().equals("test.report")).toList();
        assertThat(placed).extracting(PlacedPoint::kelurahan).containsExactly(GAMBIR, null);
        assertThat(placed).extracting(PlacedPoint::placement).containsExactly(Placement.POLYGON, Placement.OUTSIDE);
    }

    @Test
    void aLatLngFileIsDetectedSwappedAndTheUserIsTold() {
        BoundaryImport result = service.importGeoJson(BoundaryFiles.write(dir, "latlng.geojson", BoundaryFiles.latLng(BoundaryFiles.fixture())));
        assertThat(result.swappedAxes()).isTrue();
        assertThat(result.matched()).hasSize(44);
        assertThat(result.lines()).anySatisfy(l -> assertThat(l).contains("[lintang, bujur]").contains("ditukar"));
        assertThat(service.locate(-6.1754, 106.8272)).contains(GAMBIR);
    }

    @Test
    void bpsCodesAreTranslatedToKemendagriAndSaidSo() {
        BoundaryImport result = service.importGeoJson(BoundaryFiles.write(dir, "bps.geojson", BoundaryFiles.bpsOnly(BoundaryFiles.fixture())));
        assertThat(result.matchedBy()).isEqualTo(MatchKind.BPS);
        assertThat(result.matched()).hasSize(44).contains(GAMBIR);
        assertThat(result.lines()).anySatisfy(l -> assertThat(l).contains("kode BPS").contains("Kemendagri"));
    }

    @Test
    void notJsonIsRefusedAndThePreviousBoundariesStay() {
        importFixture();
        assertThatThrownBy(() -> service.importGeoJson(BoundaryFiles.write(dir, "peta.geojson", "kode,nama\n31.71.01.1001,Gambir\n")))
                .isInstanceOfSatisfying(BoundaryImportException.class, e -> {
                    assertThat(e.code()).isEqualTo("ERR_NotJson");
                    assertThat(e.getMessage()).startsWith("Berkas peta.geojson bukan GeoJSON").contains("Batas wilayah yang lama tetap dipakai");
                });
        assertThat(service.shapes().source()).isEqualTo("jakarta_pusat_boundaries.geojson");
        assertThat(service.locate(-6.1754, 106.8272)).contains(GAMBIR);
    }

    @Test
    void jsonWithoutPolygonsIsRefused() {
        assertThatThrownBy(() -> service.importGeoJson(BoundaryFiles.write(dir, "x.json", "{\"type\":\"FeatureCollection\",\"features\":[]}")))
                .isInstanceOfSatisfying(BoundaryImportException.class, e -> assertThat(e.code()).isEqualTo("ERR_NotGeoJson"));
    }

    @Test
    void anotherRegionIsRefusedWithWhereItLies() {
        importFixture();
        assertThatThrownBy(() -> service.importGeoJson(BoundaryFiles.write(dir, "bandung.geojson", BoundaryFiles.otherRegion(BoundaryFiles.fixture()))))
                .isInstanceOfSatisfying(BoundaryImportException.class, e -> {
                    assertThat(e.code()).isEqualTo("ERR_OtherRegion");
                    assertThat(e.getMessage()).contains("tidak satu pun dari 53 poligonnya cocok").contains("bujur 107.");
                    assertThat(e.details()).contains("Tidak ada kelurahan Jakarta Pusat yang cocok.");
                });
        assertThat(service.shapes().source()).isEqualTo("jakarta_pusat_boundaries.geojson");
    }

    @Test
    void aFileMissingKelurahanIsRefusedNamingThemAndKeepsThePreviousBoundaries() {
        importFixture();
        String partial = BoundaryFiles.without(BoundaryFiles.fixture(), "31.71.01.1002", "31.71.03.1001", "31.71.08.1004");
        assertThatThrownBy(() -> service.importGeoJson(BoundaryFiles.write(dir, "sebagian.geojson", partial)))
                .isInstanceOfSatisfying(BoundaryImportException.class, e -> {
                    assertThat(e.code()).isEqualTo("ERR_Missing");
                    assertThat(e.getMessage()).contains("41 dari 44 kelurahan cocok, 3 tidak ada: Cideng (Gambir), Kemayoran (Kemayoran),");
                    assertThat(e.details()).anySatisfy(l -> assertThat(l).startsWith("Yang cocok: Gambir,"));
                });
        assertThat(service.shapes().source()).isEqualTo("jakarta_pusat_boundaries.geojson");
        assertThat(service.shapes().kelurahan()).hasSize(44);
    }

    @Test
    void anImportByAnotherProcessIsSeenOnTheNextRead() {
        importFixture();
        assertThat(service.shapes().source()).isEqualTo("jakarta_pusat_boundaries.geojson"); // parsed and kept
        BoundaryServiceImpl batchJob = new BoundaryServiceImpl(db.transactions()); // --atlas-boundaries in its own JVM
        batchJob.importGeoJson(BoundaryFiles.write(dir, "dari-batch.geojson", BoundaryFiles.fixture()));
        assertThat(service.shapes().source()).isEqualTo("dari-batch.geojson");
    }

    @Test
    void refusalsReadInEnglishUnderTheEnglishLocale() {
        Locale.setDefault(Locale.ENGLISH);
        String partial = BoundaryFiles.without(BoundaryFiles.fixture(), "31.71.01.1002");
        assertThatThrownBy(() -> service.importGeoJson(BoundaryFiles.write(dir, "partial.geojson", partial)))
                .hasMessageStartingWith("File partial.geojson is incomplete: 43 of the 44 kelurahan matched; missing (1): Cideng (Gambir).")
                .hasMessageEndingWith("The previous boundaries are still in use.");
        assertThatThrownBy(() -> service.importGeoJson(BoundaryFiles.write(dir, "b.geojson", "<kml/>")))
                .hasMessageStartingWith("File b.geojson is not GeoJSON");
        assertThatThrownBy(() -> service.importGeoJson(BoundaryFiles.write(dir, "c.geojson", BoundaryFiles.otherRegion(BoundaryFiles.fixture()))))
                .hasMessageContaining("does not hold the boundaries of Jakarta Pusat");
        BoundaryImport swapped = service.importGeoJson(BoundaryFiles.write(dir, "d.geojson", BoundaryFiles.latLng(BoundaryFiles.fixture())));
        assertThat(swapped.lines()).contains("44 of the 44 kelurahan matched (by Kemendagri code).")
                .anySatisfy(l -> assertThat(l).startsWith("The file writes coordinates as [latitude, longitude]"));
    }
}
