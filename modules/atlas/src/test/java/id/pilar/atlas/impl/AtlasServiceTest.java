package id.pilar.atlas.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.pilar.atlas.api.AtlasException;
import id.pilar.atlas.api.AtlasIndicator;
import id.pilar.atlas.api.KelurahanScore;
import id.pilar.atlas.api.VulnerabilityIndex;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.api.security.AccessDeniedException;
import id.pilar.core.api.security.Permission;
import id.pilar.core.spi.area.AreaFigure;
import id.pilar.core.spi.area.AreaIndicator;
import id.pilar.core.spi.area.AreaIndicatorSource;
import id.pilar.core.spi.area.AreaPeriod;
import id.pilar.testkit.TestDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The service over the real atlas tables and the 44 shipped kelurahan, with sources made up here. */
class AtlasServiceTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);
    static final String GAMBIR = "31.71.01.1001";
    static final String KARANG_ANYAR = "31.71.02.1002";
    static TestDatabase db;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        id.pilar.atlas.AtlasFixtures.signInAsAdmin();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void noSavedWeights() {
        db.transactions().jdbc(c -> c.createStatement().executeUpdate("DELETE FROM atlas_weight"));
    }

    /** People in need: 30 in Gambir in the current period, 10 before; 30 in Karang Anyar always. */
    static final class Needs implements AreaIndicatorSource {
        // The index asks for its two periods on two threads at once.
        final List<AreaPeriod> asked = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public String moduleId() {
            return "uji";
        }

        @Override
        public List<AreaIndicator> indicators() {
            return List.of(new AreaIndicator("uji.need", "Kebutuhan", 1_000, true, true, true));
        }

        @Override
        public List<AreaFigure> figures(AreaPeriod period) {
            asked.add(period);
            double gambir = period.asOf().equals(AS_OF) ? 30 : 10;
            return List.of(new AreaFigure(GAMBIR, "uji.need", null, gambir), new AreaFigure(GAMBIR, "uji.need", "PPKS-11", gambir),
                    new AreaFigure(KARANG_ANYAR, "uji.need", null, 30));
        }
    }

    /** A source the user may not read. */
    static final class Refusing implements AreaIndicatorSource {
        @Override
        public String moduleId() {
            return "tertutup";
        }

        @Override
        public List<AreaIndicator> indicators() {
            return List.of(new AreaIndicator("tertutup.x", "X", 0, true, false, true));
        }

        @Override
        public List<AreaFigure> figures(AreaPeriod period) {
            Permission p = Permission.of("tertutup.read", Permission.Kind.READ, "baca");
            throw new AccessDeniedException(p, AccessControl.get().currentUser());
        }
    }

    static AtlasServiceImpl service(AreaIndicatorSource... sources) {
        return new AtlasServiceImpl(db.transactions(), new AreaSources(() -> List.of(sources)));
    }

    @Test
    void indexOverTheFortyFourKelurahanWithPreviousPeriod() {
        Needs needs = new Needs();
        VulnerabilityIndex index = service(needs).index(AS_OF);

        assertThat(index.rows()).hasSize(44);
        assertThat(index.previousAsOf()).isEqualTo(AS_OF.minusDays(30));
        // Both periods, each once; they are asked at the same time, so in either order (the
        // answers' order is AreaSourcesTest's).
        assertThat(needs.asked).containsExactlyInAnyOrder(AreaPeriod.daysEndingOn(AS_OF, 30),
                AreaPeriod.daysEndingOn(AS_OF.minusDays(30), 30));
        // Gambir: 30 / 2,792 × 1,000 = 10.745 per 1,000, the highest; Karang Anyar 30 / 29,970 = 1.001.
        KelurahanScore top = index.rows().get(0);
        assertThat(top.kode()).isEqualTo(GAMBIR);
        assertThat(top.rank()).isEqualTo(1);
        assertThat(top.index()).isCloseTo(100.0, within(1e-9));
        assertThat(top.values().get("uji.need")).isCloseTo(30_000.0 / 2792, within(1e-9));
        assertThat(top.population()).isEqualTo(2792);
        assertThat(top.drivers()).singleElement().satisfies(c -> assertThat(c.indicator()).isEqualTo("uji.need"));
        // The period before, Gambir had 10 / 2,792 = 3.58 per 1,000: still first, index 100 then too.
        assertThat(top.previousRank()).isEqualTo(1);
        KelurahanScore karangAnyar = index.rows().stream().filter(r -> r.kode().equals(KARANG_ANYAR)).findFirst().orElseThrow();
        assertThat(karangAnyar.index()).isCloseTo(100.0 * (30_000.0 / 29970) / (30_000.0 / 2792), within(1e-9));
        assertThat(karangAnyar.previousIndex()).isCloseTo(100.0 * (30_000.0 / 29970) / (10_000.0 / 2792), within(1e-9));
        // A kelurahan with nothing counted is at the bottom with 0, sharing the last rank.
        assertThat(index.rows().get(43).index()).isZero();
        assertThat(index.rows().get(43).rank()).isEqualTo(3);
    }

    @Test
    void aSourceTheUserMayNotReadContributesNothing() {
        VulnerabilityIndex index = service(new Needs(), new Refusing()).index(AS_OF);
        assertThat(index.indicators()).extracting(AtlasIndicator::id).containsExactly("uji.need", AtlasServiceImpl.POPULATION);
        assertThat(index.weights()).containsEntry("uji.need", 1.0).doesNotContainKey("tertutup.x");
        assertThat(index.rows().get(0).values()).doesNotContainKey("tertutup.x");
    }

    @Test
    void withNoSourceInstalledEveryKelurahanScoresZero() {
        VulnerabilityIndex index = service().index(AS_OF);
        assertThat(index.rows()).hasSize(44).allSatisfy(r -> assertThat(r.index()).isZero());
        assertThat(index.indicators()).extracting(AtlasIndicator::id).containsExactly(AtlasServiceImpl.POPULATION);
    }

    @Test
    void savedWeightsReplaceTheDefaultsAndBadOnesAreRefused() {
        AtlasServiceImpl atlas = service(new Needs());
        assertThat(atlas.weights()).containsEntry("uji.need", DefaultWeights.NEW_INDICATOR).containsEntry(AtlasServiceImpl.POPULATION, 0.0);

        atlas.saveWeights(Map.of("uji.need", 2.0, AtlasServiceImpl.POPULATION, 2.0));
        assertThat(atlas.weights()).containsEntry("uji.need", 2.0).containsEntry(AtlasServiceImpl.POPULATION, 2.0);
        assertThat(atlas.index(AS_OF).weights()).containsEntry("uji.need", 0.5).containsEntry(AtlasServiceImpl.POPULATION, 0.5);

        assertThatThrownBy(() -> atlas.saveWeights(Map.of("tidak.ada", 1.0)))
                .isInstanceOfSatisfying(AtlasException.class, e -> assertThat(e.code()).isEqualTo("ERR_UnknownIndicator"));
        assertThatThrownBy(() -> atlas.saveWeights(Map.of("uji.need", -1.0)))
                .isInstanceOfSatisfying(AtlasException.class, e -> assertThat(e.code()).isEqualTo("ERR_BadWeight"));
        assertThatThrownBy(() -> atlas.saveWeights(Map.of("uji.need", 0.0)))
                .isInstanceOfSatisfying(AtlasException.class, e -> assertThat(e.code()).isEqualTo("ERR_AllZero"));
        assertThat(atlas.weights()).containsEntry("uji.need", 2.0);
    }
}
