package id.pilar.atlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.atlas.ui.profile.ProfileModel;
import id.pilar.ui.api.UiExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The map's classes, colours, legend, tooltip and profile, without a toolkit. */
class MapModelTest {

    MapModel model;

    @BeforeEach
    void load() {
        Locale.setDefault(Locale.forLanguageTag("id-ID"));
        model = new MapModel(AtlasFakes::atlas, AtlasFakes::boundaries, UiExecutor.DIRECT);
        List<String> failed = new ArrayList<>();
        model.load(AtlasFakes.AS_OF, () -> { }, failed::add);
        assertThat(failed).isEmpty();
    }

    @Test
    void quantileBreaksPutAFifthOfTheValuesInEachClass() {
        assertThat(Choropleth.quantileBreaks(new double[] {10, 20, 30, 40, 50, 60, 70, 80, 90, 100})).containsExactly(20, 40, 60, 80);
        assertThat(Choropleth.quantileBreaks(new double[] {5, 5, 5, 5})).isEmpty(); // one class only
        assertThat(Choropleth.quantileBreaks(new double[] {1, 1, 1, 1, 1, 1, 1, 1, 2, 3})).containsExactly(1); // eight equal values: two classes, not five
    }

    @Test
    void theIndexLayerColoursLowToHighFromYellowToRed() {
        Choropleth c = model.colours();
        assertThat(c.layer().isIndex()).isTrue();
        assertThat(c.classes()).isEqualTo(5);
        assertThat(c.classOf(AtlasFakes.kode(0))).isZero();              // index 10
        assertThat(c.classOf(AtlasFakes.kode(9))).isEqualTo(4);          // index 100
        assertThat(c.colour(AtlasFakes.kode(0))).isEqualTo("#ffffb2");
        assertThat(c.colour(AtlasFakes.kode(9))).isEqualTo("#bd0026");
        assertThat(c.legend(10)).extracting(Choropleth.LegendEntry::label).containsExactly("10 – 20", "20 – 40", "40 – 60", "60 – 80", "80 – 100");
    }

    @Test
    void aCoverageLayerRunsThePaletteBackwardsAndMissingValuesAreGrey() {
        MapLayer need = model.loaded().layers().get(1);
        Choropleth c = model.select(need);
        assertThat(c.value(AtlasFakes.kode(9))).isNull();
        assertThat(c.colour(AtlasFakes.kode(9))).isEqualTo(Choropleth.NO_DATA);
        assertThat(c.legend(10)).last().extracting(Choropleth.LegendEntry::label).isEqualTo("tidak ada data");
        Choropleth cover = model.select(model.loaded().layers().get(2));
        assertThat(cover.layer().higherIsWorse()).isFalse();
        // kelurahan 0 has the most coverage (10): least vulnerable, lightest colour
        assertThat(cover.colour(AtlasFakes.kode(0))).isEqualTo("#ffffb2");
        assertThat(cover.colour(AtlasFakes.kode(9))).isEqualTo("#bd0026");
    }

    @Test
    void theTooltipNamesTheKelurahanItsValueRankAndPoints() {
        assertThat(model.tooltip(AtlasFakes.kode(0)))
                .isEqualTo("Kel 0 (Kec. Gambir)\nIndeks kerentanan: 10\nPeringkat kerentanan 10 dari 44\n2 laporan/titik rawan 90 hari terakhir");
        model.select(model.loaded().layers().get(1));
        assertThat(model.tooltip(AtlasFakes.kode(3))).contains("Kebutuhan: 4 per 1.000 penduduk");
        assertThat(model.sourceLine()).startsWith("Peta skematis");
    }

    @Test
    void theLegendTakesTheDecimalsItNeedsToKeepItsLimitsApart() {
        assertThat(Choropleth.digitsFor(new double[] {0, 21}, new double[] {1, 2, 4})).isZero();
        assertThat(Choropleth.digitsFor(new double[] {0.2, 21}, new double[] {1.5, 2.4, 4})).isEqualTo(1);   // not "2 – 2"
        assertThat(Choropleth.digitsFor(new double[] {0.1, 0.9}, new double[] {0.12, 0.14})).isEqualTo(2);
    }

    @Test
    void theLayersAreTheIndexThenEveryIndicator() {
        assertThat(model.loaded().layers()).extracting(MapLayer::id).containsExactly(MapLayer.INDEX, "t.need", "t.cover");
    }

    @Test
    void theProfileExplainsTheScore() {
        ProfileModel p = new ProfileModel(model.score(AtlasFakes.kode(9)), model.loaded().index().indicators(), List.of());
        assertThat(p.title()).isEqualTo("Kel 9 — Kecamatan Gambir");
        assertThat(p.summary()).containsExactly("Indeks kerentanan 100,0 dari 100", "Peringkat 1 dari 44 (1 = paling rentan)",
                "Perubahan terhadap periode lalu: +5,0 poin (peringkat lalu 2)", "Penduduk: 10.000 jiwa");
        assertThat(p.drivers()).containsExactly("Kebutuhan: +50,0 poin (nilai 10,0)", "Cakupan: +50,0 poin (nilai 1,0)");
        assertThat(p.indicatorRows()).extracting(ProfileModel.IndicatorRow::value).containsExactly("tidak ada data (modul tidak terpasang)", "1");
    }

    @Test
    void theProjectionKeepsNorthUpAndFitsThePane() {
        MapProjection proj = MapProjection.fit(model.loaded().shapes().kelurahan(), 1000, 200, 10);
        assertThat(proj.y(-6.17)).isLessThan(proj.y(-6.18));
        assertThat(proj.x(106.80)).isLessThan(proj.x(106.90));
        assertThat(proj.x(106.80)).isGreaterThanOrEqualTo(10);
        assertThat(proj.x(106.90)).isLessThanOrEqualTo(990);
        assertThat(proj.svgPath(model.loaded().shapes().kelurahan().get(0))).startsWith("M").endsWith("Z ");
    }
}
