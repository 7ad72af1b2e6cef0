package id.pilar.registry.ui;

import id.pilar.registry.api.PersonRef;
import id.pilar.registry.api.PersonSearch;
import id.pilar.registry.api.PersonSummary;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.UiExecutor;
import id.pilar.ui.api.UiTrace;
import id.pilar.ui.api.UserMessages;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.openide.util.NbBundle.Messages;

/**
 * The person list's content: one search box, results as one types, ↓ to the best result and
 * Enter to open it. ↓ and Enter pressed before the answer for the latest text has arrived apply
 * to that answer, not to the older list still on screen (a fast typist is quicker than a query).
 * Kept apart from its window so a UI test can drive it.
 */
@Messages({
    "COL_KkCocok=No. KK (cocok)"
})
final class PersonListView {

    private final TextField box = new TextField();
    private final TableView<PersonSummary> table = new TableView<>();
    private final Label status = new Label(Bundle.LBL_TypeToSearch());
    private final Consumer<PersonRef> open;
    private final BorderPane root;
    private String shownFor = ""; // the text whose results the table holds
    private boolean selectOnArrival;
    private boolean openOnArrival;

    /**
     * @param open      opens a person's window
     * @param newPerson opens the form for a new person
     */
    PersonListView(PersonSearch search, UiExecutor executor, Consumer<PersonRef> open, Runnable newPerson) {
        this.open = open;
        box.setPromptText(Bundle.LBL_SearchPrompt());
        HBox.setHgrow(box, Priority.ALWAYS);
        Button add = new Button(Bundle.LBL_NewPerson());
        add.setOnAction(e -> newPerson.run());
        Button openButton = new Button(Bundle.LBL_OpenPerson());

        table.getColumns().add(column(Bundle.COL_Registri(), PersonSummary::nomorRegistri, 130));
        table.getColumns().add(column(Bundle.COL_Nik(), PersonSummary::nik, 150));
        TableColumn<PersonSummary, String> kk = column(Bundle.COL_KkCocok(), PersonSummary::nomorKk, 150);
        kk.setVisible(false); // only when a result matched through its KK
        table.getColumns().add(kk);
        table.getColumns().add(column(Bundle.COL_Nama(), PersonSummary::nama, 240));
        table.getColumns().add(column(Bundle.COL_Jk(), PersonSummary::jenisKelamin, 40));
        table.getColumns().add(column(Bundle.COL_Lahir(), p -> Formats.date(p.tanggalLahir()), 100));
        table.getColumns().add(column(Bundle.COL_Kelurahan(), PersonSummary::kelurahan, 150));
        table.getColumns().add(column(Bundle.COL_Status(), PersonSummary::status, 80));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        openButton.setOnAction(e -> openSelected());
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                if (selectOnArrival) {
                    openOnArrival = true;
                } else {
                    openSelected();
                }
            }
        });
        box.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                e.consume();
                table.requestFocus();
                if (box.getText().strip().equals(shownFor)) {
                    table.getSelectionModel().selectFirst();
                } else {
                    selectOnArrival = true;
                }
            }
        });

        PersonSearchModel model = new PersonSearchModel(search, executor, (String text, List<PersonSummary> r) -> {
            table.getItems().setAll(r);
            shownFor = text.strip();
            kk.setVisible(r.stream().anyMatch(p -> p.nomorKk() != null));
            status.setText(Bundle.LBL_Found(r.size()));
            UiTrace.shown(table.getScene(), "registry.search.results");
            if (selectOnArrival && shownFor.equals(box.getText().strip())) {
                selectOnArrival = false;
                table.getSelectionModel().selectFirst();
                if (openOnArrival) {
                    openOnArrival = false;
                    openSelected();
                }
            }
        }, e -> status.setText(Bundle.LBL_SearchFailed(UserMessages.of(e))));
        // Search on every change; the model runs one query at a time and skips stale text.
        box.textProperty().addListener((o, a, b) -> {
            UiTrace.shown(box.getScene(), "registry.search.echo");
            if (b.isBlank()) {
                model.clear();
                table.getItems().clear();
                shownFor = "";
                selectOnArrival = false;
                openOnArrival = false;
                status.setText(Bundle.LBL_TypeToSearch());
            } else {
                model.query(b);
            }
        });

        HBox top = new HBox(8, box, add, openButton);
        root = new BorderPane(table);
        root.setTop(new VBox(6, top, status));
        BorderPane.setMargin(table, new Insets(8, 0, 0, 0));
        root.setPadding(new Insets(12));
    }

    Parent node() {
        return root;
    }

    TextField box() {
        return box;
    }

    private void openSelected() {
        PersonSummary p = table.getSelectionModel().getSelectedItem();
        if (p != null) {
            open.accept(p.ref());
        }
    }

    static <T> TableColumn<T, String> column(String title, java.util.function.Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
