package id.pilar.atlas.ui.dashboard;

import id.pilar.atlas.api.KelurahanScore;
import id.pilar.atlas.ui.dashboard.DashboardModel.Dashboard;
import id.pilar.atlas.ui.map.Reloads;
import id.pilar.atlas.ui.dashboard.DashboardModel.MonthValue;
import id.pilar.core.api.time.JakartaTime;
import id.pilar.core.spi.area.AreaIndicator;
import id.pilar.ui.api.BackgroundWork;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.UiTrace;
import id.pilar.ui.api.UserMessages;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.openide.util.NbBundle.Messages;

/** "Dasbor": counts per kecamatan, the monthly trend, the most vulnerable and the biggest risers. */
@Messages({
    "LBL_PerKecamatan=Jumlah per kecamatan, bulan ini:",
    "LBL_Trend=Tren 12 bulan:",
    "# {0} - the indicators shown until one is chosen",
    "LBL_TrendDefault={0} (bawaan)",
    "TTL_PerKecamatan=Jumlah per kecamatan (bulan berjalan)",
    "TTL_Trend=Tren bulanan",
    "TTL_Top=10 kelurahan paling rentan",
    "TTL_Rising=Indeks naik paling tajam",
    "COL_Rank=Peringkat", "COL_Kelurahan=Kelurahan", "COL_Kecamatan=Kecamatan", "COL_Index=Indeks", "COL_Change=Perubahan",
    "BTN_Refresh=_Muat ulang",
    "TASK_Dashboard=Menghitung dasbor kerentanan",
    "MSG_NoSources=Belum ada modul yang menyumbang angka per kelurahan.",
    "MSG_Loading=Memuat dasbor…"
})
final class DashboardView extends BorderPane {

    private final DashboardModel model;
    private final ChoiceBox<AreaIndicator> barChoice = new ChoiceBox<>();
    /** A combo box, not a choice box: it names the default pair it shows before anything is chosen. */
    private final javafx.scene.control.ComboBox<AreaIndicator> trendChoice = new javafx.scene.control.ComboBox<>();
    private final BarChart<String, Number> bars = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final LineChart<String, Number> trend = new LineChart<>(new CategoryAxis(), new NumberAxis());
    private final TableView<KelurahanScore> top = new TableView<>();
    private final TableView<KelurahanScore> rising = new TableView<>();
    private final Label status = new Label(Bundle.MSG_Loading());
    private Dashboard shown;
    private boolean filling;

    DashboardView(DashboardModel model) {
        this.model = model;
        StringConverter<AreaIndicator> names = new StringConverter<>() {
            @Override
            public String toString(AreaIndicator i) {
                return i == null ? "" : i.label();
            }

            @Override
            public AreaIndicator fromString(String s) {
                return null;
            }
        };
        barChoice.setConverter(names);
        trendChoice.setConverter(names);
        barChoice.setOnAction(e -> showBars());
        trendChoice.setOnAction(e -> {
            if (!filling && trendChoice.getValue() != null) {
                showTrend(List.of(trendChoice.getValue().id()));
            }
        });
        Button refresh = new Button(Bundle.BTN_Refresh());
        refresh.setOnAction(e -> reload());
        HBox bar = new HBox(8, new Label(Bundle.LBL_PerKecamatan()), barChoice, new Label(Bundle.LBL_Trend()), trendChoice, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 8, 0));
        bars.setTitle(Bundle.TTL_PerKecamatan());
        bars.setAnimated(false);
        bars.setLegendVisible(false);
        trend.setTitle(Bundle.TTL_Trend());
        trend.setAnimated(false);
        columns(top, false);
        columns(rising, true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.add(bars, 0, 0);
        grid.add(trend, 1, 0);
        grid.add(titled(Bundle.TTL_Top(), top), 0, 1);
        grid.add(titled(Bundle.TTL_Rising(), rising), 1, 1);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            grid.getColumnConstraints().add(c);
        }
        RowConstraints charts = new RowConstraints();
        charts.setPercentHeight(55);
        RowConstraints lists = new RowConstraints();
        lists.setPercentHeight(45);
        grid.getRowConstraints().addAll(charts, lists);
        setTop(bar);
        setCenter(grid);
        setBottom(status);
        setPadding(new Insets(10));
        Reloads.whileShown(this, this::reload);
    }

    ChoiceBox<AreaIndicator> firstField() {
        return barChoice;
    }

    void reload() {
        status.setText(Bundle.MSG_Loading());
        BackgroundWork.submit(Bundle.TASK_Dashboard(), p -> model.load(JakartaTime.today(), p::cancelled), d -> {
            if (d != null) {
                show(d);
            }
        }, e -> status.setText(UserMessages.of(e)));
    }

    private void show(Dashboard d) {
        shown = d;
        filling = true;
        AreaIndicator keepBar = barChoice.getValue();
        barChoice.getItems().setAll(d.indicators());
        trendChoice.getItems().setAll(d.indicators());
        trendChoice.setValue(null);
        List<String> pair = DashboardModel.firstTrend(d);
        trendChoice.setPromptText(Bundle.LBL_TrendDefault(String.join(" + ", d.indicators().stream()
                .filter(i -> pair.contains(i.id())).map(AreaIndicator::label).toList())));
        barChoice.setValue(d.indicators().stream().filter(i -> keepBar != null && i.id().equals(keepBar.id())).findFirst()
                .orElse(d.indicators().isEmpty() ? null : d.indicators().get(0)));
        filling = false;
        showBars();
        showTrend(DashboardModel.firstTrend(d));
        top.getItems().setAll(d.top());
        rising.getItems().setAll(d.rising());
        status.setText(d.indicators().isEmpty() ? Bundle.MSG_NoSources() : "");
        UiTrace.shown(getScene(), "atlas.dashboard.data");
    }

    private void showBars() {
        if (shown == null || barChoice.getValue() == null) {
            bars.getData().clear();
            return;
        }
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(barChoice.getValue().label());
        for (Map.Entry<String, Double> e : shown.perKecamatan().getOrDefault(barChoice.getValue().id(), Map.of()).entrySet()) {
            s.getData().add(new XYChart.Data<>(e.getKey(), e.getValue()));
        }
        bars.getData().setAll(List.of(s));
    }

    private void showTrend(List<String> ids) {
        trend.getData().clear();
        for (String id : ids) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(shown.indicators().stream().filter(i -> i.id().equals(id)).findFirst().map(AreaIndicator::label).orElse(id));
            for (MonthValue v : shown.trend().getOrDefault(id, List.of())) {
                s.getData().add(new XYChart.Data<>(Formats.monthYear(v.month().atDay(1)), v.value()));
            }
            trend.getData().add(s);
        }
    }

    private static void columns(TableView<KelurahanScore> table, boolean withChange) {
        table.getColumns().add(column(Bundle.COL_Rank(), s -> Integer.toString(s.rank()), 70));
        table.getColumns().add(column(Bundle.COL_Kelurahan(), KelurahanScore::nama, 160));
        table.getColumns().add(column(Bundle.COL_Kecamatan(), KelurahanScore::namaKecamatan, 140));
        table.getColumns().add(column(Bundle.COL_Index(), s -> Formats.decimal(s.index(), 1), 70));
        if (withChange) {
            table.getColumns().add(column(Bundle.COL_Change(),
                    s -> s.previousIndex() == null ? "" : "+" + Formats.decimal(s.index() - s.previousIndex(), 1), 90));
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private static TableColumn<KelurahanScore, String> column(String title, java.util.function.Function<KelurahanScore, String> f, double w) {
        TableColumn<KelurahanScore, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setPrefWidth(w);
        return c;
    }

    private static VBox titled(String title, TableView<?> table) {
        Label l = new Label(title);
        l.setStyle("-fx-font-weight: bold;");
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(4, l, table);
    }
}
