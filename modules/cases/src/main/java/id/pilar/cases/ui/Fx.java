package id.pilar.cases.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Small builders shared by the case views. */
final class Fx {

    private Fx() {
    }

    static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    static <T> TableView<T> table() {
        TableView<T> t = new TableView<>();
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        return t;
    }

    static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("form-label"); // pilar.css: bold, as the other modules' form headings
        return l;
    }

    static String or(String v) {
        return v == null || v.isBlank() ? "-" : v;
    }
}
