package id.pilar.intake.ui;

import id.pilar.intake.api.AlertService;
import id.pilar.intake.api.AlertService.Alert;
import id.pilar.intake.api.AlertService.WeekPoint;
import id.pilar.intake.api.Hotspot;
import id.pilar.intake.api.ReportService;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.FxTopComponent;
import id.pilar.ui.api.UiExecutor;
import id.pilar.ui.api.UserMessages;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.netbeans.api.settings.ConvertAsProperties;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;

/**
 * Early warning: the alerts with their explanation and acknowledgement, and the weekly trend of a
 * hotspot with its baseline band (expected count and the limit of a significant rise).
 */
@ConvertAsProperties(dtd = "-//id.pilar.intake.ui//Alerts//EN", autostore = false)
@TopComponent.Description(preferredID = "IntakeAlertsTopComponent", persistenceType = TopComponent.PERSISTENCE_ALWAYS)
@TopComponent.Registration(mode = "editor", openAtStartup = false, position = 410)
@ActionID(category = "Window", id = "id.pilar.intake.ui.AlertsTopComponent")
@ActionReferences({
    @ActionReference(path = "Menu/Laporan", position = 20),
    @ActionReference(path = "Shortcuts", name = "DS-W")
})
@TopComponent.OpenActionRegistration(displayName = "#CTL_AlertsAction", preferredID = "IntakeAlertsTopComponent")
@Messages({
    "CTL_AlertsAction=Peringatan Dini",
    "CTL_AlertsTopComponent=Peringatan Dini",
    "COL_Week=Minggu mulai", "COL_PlaceAlert=Tempat", "COL_Count=Jumlah", "COL_Baseline=Dasar", "COL_Limit=Batas",
    "COL_Explanation=Keterangan", "COL_Ack=Diakui",
    "BTN_Recompute=_Hitung ulang", "PROMPT_AckNote=Catatan tindak lanjut", "BTN_Ack=_Akui peringatan",
    "# {0} - count", "LBL_Alerts={0} peringatan aktif",
    "LBL_Trend=Tren mingguan titik rawan", "# {0} - hotspot", "LBL_TrendAll=Tren mingguan {0}: semua laporan",
    "# {0} - hotspot", "# {1} - category", "LBL_TrendCategory=Tren mingguan {0}: {1} (seri peringatan ini)", "SER_Count=Laporan per minggu", "SER_Baseline=Dasar (rata-rata terpangkas)",
    "SER_Limit=Batas naik bermakna", "LBL_Yes=ya", "MSG_SelectAlert=Pilih peringatan di daftar."
})
public final class AlertsTopComponent extends FxTopComponent {

    private final UiExecutor ui = UiExecutor.standard();
    private TableView<Alert> table;

    public AlertsTopComponent() {
        setName(Bundle.CTL_AlertsTopComponent());
    }

    @Override
    protected Parent createContent() {
        table = new TableView<>();
        table.getColumns().add(ReportInboxTopComponent.column(Bundle.COL_Week(), a -> Formats.date(a.minggu()), 120));
        table.getColumns().add(ReportInboxTopComponent.column(Bundle.COL_PlaceAlert(), Alert::tempat, 160));
        table.getColumns().add(ReportInboxTopComponent.column(Bundle.COL_Count(), a -> Integer.toString(a.jumlah()), 60));
        table.getColumns().add(ReportInboxTopComponent.column(Bundle.COL_Baseline(), a -> Formats.decimal(a.dasar(), 1), 60));
        table.getColumns().add(ReportInboxTopComponent.column(Bundle.COL_Limit(), a -> Integer.toString(a.batas()), 50));
        table.getColumns().add(ReportInboxTopComponent.column(Bundle.COL_Ack(), a -> a.diakui() ? Bundle.LBL_Yes() + ": " + a.catatanAkui() : "", 140));
        table.getColumns().add(ReportInboxTopComponent.column(Bundle.COL_Explanation(), Alert::keterangan, 560));
        Label info = new Label();
        info.setWrapText(true);
        Runnable reload = () -> ui.load(() -> AlertService.get().current(), (List<Alert> rows) -> {
            table.getItems().setAll(rows);
            info.setText(Bundle.LBL_Alerts(rows.size()));
        }, e -> info.setText(UserMessages.of(e)));
        Button recompute = new Button(Bundle.BTN_Recompute());
        recompute.setOnAction(e -> ui.load(() -> AlertService.get().recompute(LocalDate.now(ZoneId.of("Asia/Jakarta"))), r -> reload.run(),
                x -> info.setText(UserMessages.of(x))));
        TextField note = new TextField();
        note.setPromptText(Bundle.PROMPT_AckNote());
        note.setPrefColumnCount(30);
        Button ack = new Button(Bundle.BTN_Ack());
        ack.setOnAction(e -> {
            Alert a = table.getSelectionModel().getSelectedItem();
            if (a == null) {
                info.setText(Bundle.MSG_SelectAlert());
                return;
            }
            ui.load(() -> AlertService.get().acknowledge(a.id(), a.version(), note.getText()), r -> {
                note.clear();
                reload.run();
            }, x -> info.setText(UserMessages.of(x)));
        });

        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        LineChart<String, Number> chart = new LineChart<>(x, y);
        chart.setTitle(Bundle.LBL_Trend());
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        ComboBox<Hotspot> hotspot = new ComboBox<>();
        // Picking a hotspot shows all its reports; selecting an alert shows the series it was raised on.
        hotspot.setOnAction(e -> showTrend(chart, hotspot.getValue(), null, info));
        // The explanation is longer than its column: the selected alert's shows whole under the list.
        javafx.scene.control.Label explanation = new javafx.scene.control.Label();
        explanation.setWrapText(true);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, a) -> {
            explanation.setText(a == null ? "" : a.keterangan());
            if (a != null && "TITIK".equals(a.tingkat())) {
                hotspot.getItems().stream().filter(h -> h.id().equals(a.tempatKode())).findFirst().ifPresent(h -> {
                    hotspot.setValue(h);
                    showTrend(chart, h, a, info);
                });
            }
        });
        ui.load(() -> ReportService.get().hotspots(), (List<Hotspot> hs) -> {
            hotspot.getItems().setAll(hs);
            if (!hs.isEmpty()) {
                hotspot.setValue(hs.get(0));
                showTrend(chart, hs.get(0), null, info); // a value set by code fires no action: draw the first trend at once
            }
        }, e -> info.setText(UserMessages.of(e)));

        BorderPane top = new BorderPane(table);
        top.setTop(new VBox(6, new FlowPane(8, 8, recompute, note, ack), info));
        top.setBottom(explanation);
        BorderPane.setMargin(explanation, new javafx.geometry.Insets(6, 0, 0, 0));
        BorderPane bottom = new BorderPane(chart);
        bottom.setTop(hotspot);
        SplitPane split = new SplitPane(top, bottom);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        BorderPane root = new BorderPane(split);
        root.setPadding(new Insets(10));
        reload.run();
        return root;
    }

    /** The weekly trend of {@code h}: of the alert's category when an alert is given, else of all reports. */
    private void showTrend(LineChart<String, Number> chart, Hotspot h, Alert alert, Label info) {
        if (h == null) {
            return;
        }
        String kategori = alert == null ? null : alert.kategoriKode();
        // The alert's own week ends on the day it was computed for; the trend ends there too.
        LocalDate last = alert == null ? LocalDate.now(ZoneId.of("Asia/Jakarta")) : alert.minggu().plusDays(6);
        ui.load(() -> AlertService.get().trend(h.id(), kategori, last, 16), (List<WeekPoint> points) -> {
            XYChart.Series<String, Number> count = new XYChart.Series<>();
            count.setName(Bundle.SER_Count());
            XYChart.Series<String, Number> base = new XYChart.Series<>();
            base.setName(Bundle.SER_Baseline());
            XYChart.Series<String, Number> limit = new XYChart.Series<>();
            limit.setName(Bundle.SER_Limit());
            for (WeekPoint p : points) {
                String label = Formats.date(p.minggu()).substring(0, 5);
                count.getData().add(new XYChart.Data<>(label, p.jumlah()));
                if (p.dasar() != null) {
                    base.getData().add(new XYChart.Data<>(label, p.dasar()));
                    limit.getData().add(new XYChart.Data<>(label, p.batas()));
                }
            }
            chart.getData().setAll(List.of(count, base, limit));
            chart.setTitle(alert == null ? Bundle.LBL_TrendAll(h.nama()) : Bundle.LBL_TrendCategory(h.nama(), alert.kategori()));
        }, e -> info.setText(UserMessages.of(e)));
    }

    @Override
    protected Node firstField() {
        return table;
    }

    void writeProperties(java.util.Properties p) {
        p.setProperty("version", "1.0");
    }

    void readProperties(java.util.Properties p) {
        // nothing to restore
    }
}
