package id.pilar.awards.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** Small JavaFX helpers of the awards views. */
final class Fx {

    private Fx() {
    }

    static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue() == null ? "" : value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /**
     * A column of long texts (reasons, justifications): the cell shows what fits and its tooltip the
     * whole text, so nothing cut off is out of reach.
     */
    static <T> TableColumn<T, String> longColumn(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = column(title, value, width);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : wrappedTooltip(text));
            }
        });
        return c;
    }

    private static Tooltip wrappedTooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(640);
        t.setShowDuration(Duration.seconds(30));
        return t;
    }

    /** A wrapped label under a table that shows the selected row's long text in full. */
    static <T> Label selectedText(TableView<T> table, Function<T, String> value) {
        Label l = new Label();
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, n) -> l.setText(n == null ? "" : value.apply(n)));
        return l;
    }

    static <T> TableView<T> table() {
        TableView<T> t = new TableView<>();
        t.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        return t;
    }

    static <T> void labels(ComboBox<T> box, Function<T, String> label, String none) {
        box.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? none : label.apply(item));
            }
        });
        // The button cell of an empty box says what to choose (a custom button cell hides the prompt).
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? none : label.apply(item));
            }
        });
    }

    static TextField field(String prompt, double width) {
        TextField f = new TextField();
        f.setPromptText(prompt);
        f.setPrefWidth(width);
        return f;
    }
}
