package id.pilar.rosters.ui;

import id.pilar.ui.api.Formats;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/** Small JavaFX helpers the rosters windows share: columns, labelled form grids, date pickers in dd/MM/yyyy. */
final class Fx {

    static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH.mm");

    private Fx() {
    }

    static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    static <T> TableView<T> table() {
        TableView<T> t = new TableView<>();
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return t;
    }

    static GridPane form() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.setPadding(new Insets(8));
        // Labels keep their whole text (at 1366×768 and at 125 % scaling alike): the field column
        // gives way instead, down to a usable width.
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setHgrow(Priority.NEVER);
        ColumnConstraints field = new ColumnConstraints();
        field.setHgrow(Priority.ALWAYS);
        field.setMinWidth(160);
        g.getColumnConstraints().addAll(label, field);
        return g;
    }

    static void row(GridPane g, String label, javafx.scene.Node field) {
        int r = g.getRowCount();
        Label l = new Label(label);
        l.getStyleClass().add("form-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        if (field instanceof javafx.scene.control.Control c) {
            l.setLabelFor(c);
            c.setMaxWidth(Double.MAX_VALUE);
        }
        g.add(l, 0, r);
        g.add(field, 1, r);
    }

    /** A date picker that reads and shows 21/06/2026 as the office writes it. */
    static DatePicker datePicker() {
        DatePicker p = new DatePicker();
        p.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return Formats.date(d);
            }

            @Override
            public LocalDate fromString(String s) {
                return Formats.parseDate(s);
            }
        });
        p.setPromptText("dd/mm/yyyy");
        return p;
    }

    /** Shows items through {@code label} in the list and the button. */
    static <T> void labels(ComboBox<T> box, Function<T, String> label) {
        box.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
    }

    static String clock(Instant i) {
        return i == null ? "" : CLOCK.format(LocalTime.ofInstant(i, Formats.JAKARTA));
    }

    /** Reads 07.30, 07:30 or 0730; null when not a time. */
    static LocalTime parseClock(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim().replace(':', '.');
        if (t.matches("\\d{3,4}")) {
            t = t.substring(0, t.length() - 2) + "." + t.substring(t.length() - 2);
        }
        try {
            return LocalTime.parse(t.length() == 4 ? "0" + t : t, CLOCK);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String hours(long minutes) {
        return Formats.decimal(minutes / 60.0, 1);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
