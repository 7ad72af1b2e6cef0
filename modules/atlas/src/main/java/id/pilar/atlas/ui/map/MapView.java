package id.pilar.atlas.ui.map;

import id.pilar.atlas.api.KelurahanScore;
import id.pilar.atlas.api.geo.BoundaryImport;
import id.pilar.atlas.api.geo.BoundaryImportException;
import id.pilar.atlas.api.geo.BoundaryService;
import id.pilar.atlas.ui.profile.ProfileModel;
import id.pilar.core.api.time.JakartaTime;
import id.pilar.ui.api.BackgroundWork;
import id.pilar.ui.api.DataChanges;
import id.pilar.ui.api.UiTrace;
import id.pilar.ui.api.UserMessages;
import java.io.File;
import java.util.function.Consumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.FileChooser;
import javax.imageio.ImageIO;
import org.openide.util.NbBundle.Messages;

/**
 * "Peta Kerentanan": the choropleth with its layer choice, legend, points toggle, PNG export and
 * the boundary import. A click on a kelurahan opens its profile.
 */
@Messages({
    "LBL_Layer=Warnai menurut:",
    "CHK_Points=Tampilkan laporan dan titik rawan",
    "BTN_ExportPng=Ekspor _PNG…",
    "BTN_ImportBoundaries=Impor _batas (GeoJSON)…",
    "BTN_Reload=_Muat ulang",
    "TTL_ExportPng=Simpan peta sebagai PNG",
    "TTL_ImportBoundaries=Pilih berkas batas kelurahan (GeoJSON)",
    "# {0} - file", "TASK_ExportPng=Menyimpan peta ke {0}",
    "# {0} - file", "TASK_ImportBoundaries=Mengimpor batas dari {0}",
    "# {0} - file", "MSG_PngSaved=Peta disimpan: {0}",
    "LBL_Legend=Legenda",
    "LBL_LegendReport=laporan", "LBL_LegendHotspot=titik rawan",
    "FILE_GeoJson=GeoJSON"
})
public final class MapView extends BorderPane {

    private final MapModel model;
    private final MapCanvas canvas;
    private final ChoiceBox<MapLayer> layers = new ChoiceBox<>();
    private final CheckBox showPoints = new CheckBox(Bundle.CHK_Points());
    private final VBox legend = new VBox(4);
    private final Label status = new Label(Bundle.MSG_Loading());
    private boolean updatingChoices;
    private String notice; // an import's result, shown once the map has reloaded

    /**
     * @param openProfile called on the FX thread with the profile of a clicked kelurahan
     */
    public MapView(MapModel model, Consumer<ProfileModel> openProfile) {
        this.model = model;
        this.canvas = new MapCanvas(model, kode -> {
            KelurahanScore s = model.score(kode);
            if (s != null) {
                openProfile.accept(new ProfileModel(s, model.loaded().index().indicators(),
                        model.loaded().points().stream().filter(p -> kode.equals(p.kelurahan())).toList()));
            }
        });
        layers.setOnAction(e -> {
            if (!updatingChoices && layers.getValue() != null) {
                selectLayer(layers.getValue());
            }
        });
        // Page Up / Page Down step through the layers from anywhere in the map window
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            int step = e.getCode() == javafx.scene.input.KeyCode.PAGE_DOWN ? 1 : e.getCode() == javafx.scene.input.KeyCode.PAGE_UP ? -1 : 0;
            if (step != 0 && !layers.getItems().isEmpty()) {
                int n = layers.getItems().size();
                layers.setValue(layers.getItems().get((layers.getItems().indexOf(layers.getValue()) + step + n) % n));
                e.consume();
            }
        });
        showPoints.setSelected(true);
        showPoints.setOnAction(e -> {
            canvas.showPoints(showPoints.isSelected());
            // the toolkit's floor for the redraw figure: a key press to a change that repaints the same scene
            UiTrace.shown(getScene(), "atlas.map.points");
        });
        Button png = new Button(Bundle.BTN_ExportPng());
        png.setOnAction(e -> exportPng());
        Button importBoundaries = new Button(Bundle.BTN_ImportBoundaries());
        importBoundaries.setOnAction(e -> importBoundaries());
        Button reload = new Button(Bundle.BTN_Reload());
        reload.setOnAction(e -> reload());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label(Bundle.LBL_Layer()), layers, showPoints, gap, reload, png, importBoundaries);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 8, 0));
        setTop(bar);
        setCenter(canvas);
        legend.setPadding(new Insets(0, 0, 0, 10));
        legend.setPrefWidth(210);
        setRight(legend);
        status.setWrapText(true);
        status.setPadding(new Insets(6, 0, 0, 0));
        setBottom(status);
        setPadding(new Insets(10));
        Reloads.whileShown(this, this::reload);
    }

    public ChoiceBox<MapLayer> layerChoice() {
        return layers;
    }

    public void reload() {
        status.setText(Bundle.MSG_Loading());
        model.load(JakartaTime.today(), this::showLoaded, status::setText);
    }

    private void showLoaded() {
        MapModel.Loaded l = model.loaded();
        updatingChoices = true;
        layers.getItems().setAll(l.layers());
        layers.setValue(model.colours().layer());
        updatingChoices = false;
        canvas.show(l.shapes().kelurahan());
        canvas.showPoints(showPoints.isSelected());
        status.setText(notice == null ? model.sourceLine() : model.sourceLine() + "\n" + notice);
        notice = null;
        redraw();
    }

    /** Colours the map by another layer: the redraw the 100 ms target is about. */
    public void selectLayer(MapLayer layer) {
        model.select(layer);
        redraw();
        UiTrace.shown(getScene(), "atlas.map.redraw");
    }

    private void redraw() {
        canvas.recolour();
        Choropleth c = model.colours();
        legend.getChildren().clear();
        Label title = new Label(c.layer().label());
        title.setWrapText(true);
        title.setStyle("-fx-font-weight: bold;");
        Label unit = new Label(c.layer().unit());
        unit.setWrapText(true);
        legend.getChildren().addAll(new Label(Bundle.LBL_Legend()), title, unit);
        for (Choropleth.LegendEntry e : c.legend(model.loaded().shapes().kelurahan().size())) {
            Rectangle swatch = new Rectangle(18, 12, Color.web(e.colour()));
            swatch.setStroke(Color.GREY);
            HBox row = new HBox(6, swatch, new Label(e.label()));
            row.setAlignment(Pos.CENTER_LEFT);
            legend.getChildren().add(row);
        }
        HBox dots = new HBox(6, new javafx.scene.shape.Circle(4, MapCanvas.REPORT), new Label(Bundle.LBL_LegendReport()),
                new javafx.scene.shape.Circle(4, MapCanvas.HOTSPOT), new Label(Bundle.LBL_LegendHotspot()));
        dots.setAlignment(Pos.CENTER_LEFT);
        dots.setPadding(new Insets(8, 0, 0, 0));
        legend.getChildren().add(dots);
    }

    private void exportPng() {
        FileChooser fc = new FileChooser();
        fc.setTitle(Bundle.TTL_ExportPng());
        fc.setInitialFileName("peta-kerentanan-" + JakartaTime.fileStamp() + ".png");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        File f = fc.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (f == null) {
            return;
        }
        // The map and its legend only, not the buttons above or the status line below; on the FX
        // thread, as snapshots must be. The viewport is in the coordinates of this view's parent.
        javafx.geometry.Bounds map = canvas.getBoundsInParent();
        javafx.geometry.Bounds key = legend.getBoundsInParent();
        double x0 = Math.min(map.getMinX(), key.getMinX());
        double y0 = Math.min(map.getMinY(), key.getMinY());
        javafx.geometry.Bounds area = localToParent(new javafx.geometry.BoundingBox(x0, y0,
                Math.max(map.getMaxX(), key.getMaxX()) - x0, Math.max(map.getMaxY(), key.getMaxY()) - y0));
        javafx.scene.SnapshotParameters params = new javafx.scene.SnapshotParameters();
        params.setViewport(new javafx.geometry.Rectangle2D(area.getMinX(), area.getMinY(), area.getWidth(), area.getHeight()));
        WritableImage image = snapshot(params, null);
        BackgroundWork.submit(Bundle.TASK_ExportPng(f.getName()), p -> {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", f);
            return f;
        }, done -> status.setText(Bundle.MSG_PngSaved(done.getAbsolutePath())), e -> status.setText(UserMessages.of(e)));
    }

    private void importBoundaries() {
        FileChooser fc = new FileChooser();
        fc.setTitle(Bundle.TTL_ImportBoundaries());
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(Bundle.FILE_GeoJson(), "*.geojson", "*.json"));
        File f = fc.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (f == null) {
            return;
        }
        BackgroundWork.submit(Bundle.TASK_ImportBoundaries(f.getName()), p -> BoundaryService.get().importGeoJson(f.toPath()),
                (BoundaryImport result) -> {
                    notice = String.join(" ", result.lines());
                    DataChanges.fire(); // the map reloads; so do other views that place points
                }, e -> {
                    Throwable t = UserMessages.unwrap(e);
                    String details = t instanceof BoundaryImportException b ? " " + String.join(" ", b.details()) : "";
                    status.setText(UserMessages.of(e) + details);
                });
    }
}
