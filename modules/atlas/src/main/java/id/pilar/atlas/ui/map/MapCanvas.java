package id.pilar.atlas.ui.map;

import id.pilar.atlas.api.geo.KelurahanShape;
import id.pilar.atlas.api.geo.PlacedPoint;
import id.pilar.core.api.reference.Kelurahan;
import id.pilar.core.api.reference.ReferenceData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;

/**
 * The drawn map: one path per kelurahan, its name, and the points layer. Shapes are laid out
 * again only when the pane's size or the shapes change; another layer only sets 44 fills and
 * tooltip texts.
 */
final class MapCanvas extends Pane {

    static final Color REPORT = Color.web("#252525");
    static final Color HOTSPOT = Color.web("#2c7fb8");
    private final MapModel model;
    private final Consumer<String> onOpen;
    private final Map<String, SVGPath> paths = new LinkedHashMap<>();
    private final Map<String, Tooltip> tips = new LinkedHashMap<>();
    private final Group shapes = new Group();
    private final Group labels = new Group();
    private final Group points = new Group();
    private List<KelurahanShape> drawn = List.of();

    MapCanvas(MapModel model, Consumer<String> onOpen) {
        this.model = model;
        this.onOpen = onOpen;
        getChildren().addAll(shapes, labels, points);
        labels.setMouseTransparent(true);
        // names and points do not change with the layer: drawn once into a bitmap, then only composited
        labels.setCache(true);
        points.setCache(true);
        setMinSize(300, 250);
        getStyleClass().add("atlas-map");
        setStyle("-fx-background-color: #eef3f7;");
        widthProperty().addListener((o, a, b) -> layoutShapes());
        heightProperty().addListener((o, a, b) -> layoutShapes());
    }

    /** New shapes or points (after a load). */
    void show(List<KelurahanShape> kelurahan) {
        drawn = kelurahan;
        paths.clear();
        tips.clear();
        shapes.getChildren().clear();
        for (KelurahanShape s : kelurahan) {
            SVGPath p = new SVGPath();
            p.setFillRule(FillRule.EVEN_ODD);
            p.setStroke(Color.WHITE);
            p.setStrokeWidth(1.2);
            p.setOnMouseClicked(e -> onOpen.accept(s.kode()));
            p.setOnMouseEntered(e -> p.setStroke(Color.web("#1f3b57")));
            p.setOnMouseExited(e -> p.setStroke(Color.WHITE));
            p.setCursor(javafx.scene.Cursor.HAND);
            Tooltip tip = new Tooltip();
            tip.setShowDelay(Duration.millis(150));
            Tooltip.install(p, tip);
            paths.put(s.kode(), p);
            tips.put(s.kode(), tip);
            shapes.getChildren().add(p);
        }
        layoutShapes();
    }

    /** The colours of the model's current layer: fills and tooltip texts only. */
    void recolour() {
        Choropleth c = model.colours();
        paths.forEach((kode, p) -> {
            p.setFill(Color.web(c.colour(kode)));
            tips.get(kode).setText(model.tooltip(kode));
        });
    }

    void showPoints(boolean visible) {
        points.setVisible(visible);
    }

    private void layoutShapes() {
        if (drawn.isEmpty() || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        MapProjection proj = MapProjection.fit(drawn, getWidth(), getHeight(), 16);
        labels.getChildren().clear();
        Font font = Font.font(Math.max(8, Math.min(11, getWidth() / 110)));
        for (KelurahanShape s : drawn) {
            paths.get(s.kode()).setContent(proj.svgPath(s));
            Text t = new Text(ReferenceData.get().kelurahan(s.kode()).map(Kelurahan::nama).orElse(s.kode()).replace(' ', '\n'));
            t.setFont(font);
            t.setTextAlignment(TextAlignment.CENTER);
            t.setFill(Color.web("#1b1b1b"));
            t.setX(proj.x(s.labelLng()) - t.getLayoutBounds().getWidth() / 2);
            t.setY(proj.y(s.labelLat()));
            labels.getChildren().add(t);
        }
        points.getChildren().clear();
        MapModel.Loaded l = model.loaded();
        if (l != null) {
            for (PlacedPoint p : l.points()) {
                Circle dot = new Circle(proj.x(p.point().lng()), proj.y(p.point().lat()), 3.5);
                dot.setFill(p.point().kind().endsWith("hotspot") ? HOTSPOT : REPORT);
                dot.setStroke(Color.WHITE);
                dot.setStrokeWidth(0.8);
                Tooltip.install(dot, new Tooltip(p.point().label()));
                points.getChildren().add(dot);
            }
        }
    }
}
