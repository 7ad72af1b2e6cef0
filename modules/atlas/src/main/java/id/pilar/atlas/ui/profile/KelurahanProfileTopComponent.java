package id.pilar.atlas.ui.profile;

import id.pilar.atlas.api.geo.PlacedPoint;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.FxTopComponent;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javax.swing.SwingUtilities;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;

/**
 * A kelurahan's profile, opened from the map: index, rank and change, what drives the score,
 * every indicator's value, and the reports and hotspots placed in it. One window per kelurahan;
 * opening it again brings the open one forward with the new figures.
 */
@Messages({
    "# {0} - kelurahan", "CTL_Profile=Profil {0}",
    "LBL_Drivers=Yang paling menaikkan indeks",
    "LBL_NoDrivers=Tidak ada indikator yang menaikkan indeks.",
    "LBL_Indicators=Semua indikator",
    "COL_Indicator=Indikator", "COL_Value=Nilai", "COL_Unit=Satuan", "COL_Points=Poin indeks",
    "# {0} - count", "LBL_Points=Laporan dan titik rawan 90 hari terakhir ({0})",
    "COL_Kind=Jenis", "COL_What=Keterangan", "COL_Date=Tanggal",
    "KIND_Hotspot=titik rawan", "KIND_Report=laporan"
})
public final class KelurahanProfileTopComponent extends FxTopComponent {

    private final String kode;
    private volatile ProfileModel model;
    private VBox content;

    private KelurahanProfileTopComponent(ProfileModel model) {
        this.model = model;
        this.kode = model.score().kode();
        setName(Bundle.CTL_Profile(model.score().nama()));
        putClientProperty("kode", kode);
    }

    /** Opens (or brings forward) the profile; callable from any thread. */
    public static void open(ProfileModel model) {
        SwingUtilities.invokeLater(() -> {
            for (TopComponent tc : WindowManager.getDefault().getRegistry().getOpened()) {
                if (tc instanceof KelurahanProfileTopComponent p && p.kode.equals(model.score().kode())) {
                    p.model = model;
                    javafx.application.Platform.runLater(p::fill);
                    p.requestActive();
                    return;
                }
            }
            KelurahanProfileTopComponent tc = new KelurahanProfileTopComponent(model);
            tc.open();
            tc.requestActive();
        });
    }

    @Override
    public int getPersistenceType() {
        return PERSISTENCE_NEVER;
    }

    @Override
    protected Parent createContent() {
        content = new VBox(8);
        content.setPadding(new Insets(12));
        fill();
        BorderPane root = new BorderPane(new javafx.scene.control.ScrollPane(content));
        ((javafx.scene.control.ScrollPane) root.getCenter()).setFitToWidth(true);
        return root;
    }

    private void fill() {
        if (content == null) {
            return;
        }
        ProfileModel m = model;
        content.getChildren().clear();
        Label title = new Label(m.title());
        title.setStyle("-fx-font-size: 18px; -fx-font-weight: bold;");
        content.getChildren().add(title);
        m.summary().forEach(line -> content.getChildren().add(new Label(line)));
        content.getChildren().add(heading(Bundle.LBL_Drivers()));
        if (m.drivers().isEmpty()) {
            content.getChildren().add(new Label(Bundle.LBL_NoDrivers()));
        }
        m.drivers().forEach(line -> content.getChildren().add(new Label("• " + line)));

        content.getChildren().add(heading(Bundle.LBL_Indicators()));
        TableView<ProfileModel.IndicatorRow> indicators = new TableView<>();
        indicators.getColumns().add(column(Bundle.COL_Indicator(), ProfileModel.IndicatorRow::label, 300));
        indicators.getColumns().add(column(Bundle.COL_Value(), ProfileModel.IndicatorRow::value, 120));
        indicators.getColumns().add(column(Bundle.COL_Unit(), ProfileModel.IndicatorRow::unit, 160));
        indicators.getColumns().add(column(Bundle.COL_Points(), ProfileModel.IndicatorRow::points, 90));
        indicators.getItems().setAll(m.indicatorRows());
        indicators.setPrefHeight(32 + 26 * Math.max(3, m.indicatorRows().size()));
        content.getChildren().add(indicators);

        content.getChildren().add(heading(Bundle.LBL_Points(m.points().size())));
        TableView<PlacedPoint> points = new TableView<>();
        points.getColumns().add(column(Bundle.COL_Kind(), p -> p.point().kind().endsWith("hotspot") ? Bundle.KIND_Hotspot() : Bundle.KIND_Report(), 110));
        points.getColumns().add(column(Bundle.COL_What(), p -> p.point().label(), 380));
        points.getColumns().add(column(Bundle.COL_Date(), p -> p.point().date() == null ? "" : Formats.date(p.point().date()), 100));
        points.getItems().setAll(m.points());
        points.setPrefHeight(200);
        content.getChildren().add(points);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold; -fx-padding: 8 0 0 0;");
        return l;
    }

    static <T> TableColumn<T, String> column(String title, java.util.function.Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
