package id.pilar.security.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import org.openide.util.NbBundle.Messages;

/** Small JavaFX building blocks shared by the security windows. */
@Messages("LBL_EmptyTable=Belum ada data.")
final class Views {

    private Views() {
    }

    static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    @SafeVarargs
    static <T> TableView<T> table(TableColumn<T, String>... columns) {
        TableView<T> t = new TableView<>();
        t.getColumns().addAll(columns);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(new Label(Bundle.LBL_EmptyTable()));
        return t;
    }

    /** Label/field pairs in two columns. */
    static GridPane form(Object... labelsAndFields) {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.setPadding(new Insets(8, 0, 8, 0));
        for (int i = 0; i + 1 < labelsAndFields.length; i += 2) {
            g.add(new Label((String) labelsAndFields[i]), 0, i / 2);
            g.add((Node) labelsAndFields[i + 1], 1, i / 2);
        }
        return g;
    }

    /** The message line of a view model: red for failures. */
    static Label messageLine(ViewModelSupport vm) {
        Label l = new Label();
        l.setWrapText(true);
        l.textProperty().bind(vm.message());
        vm.error().addListener((o, was, now) -> l.setStyle(now ? "-fx-text-fill: #b00020;" : "-fx-text-fill: #1b5e20;"));
        return l;
    }

    static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("page-title");
        return l;
    }
}
