package id.pilar.security.ui;

import id.pilar.security.api.AuditHistory;
import id.pilar.ui.api.UiExecutor;
import id.pilar.ui.spi.RecordHistory;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/** The history ("Riwayat") every record window shows through {@link RecordHistory}. */
@ServiceProvider(service = RecordHistory.class)
@Messages({
    "LBL_HistoryOf=Riwayat dari:",
    "BTN_HistoryReload=Muat ulang",
    "COL_HistoryWhen=Waktu",
    "COL_HistoryWho=Oleh",
    "COL_HistoryKind=Perubahan",
    "COL_HistoryField=Kolom",
    "COL_HistoryOld=Dari",
    "COL_HistoryNew=Menjadi"
})
public final class RecordHistoryView implements RecordHistory {

    @Override
    public Node createView(Callable<List<Target>> targets) {
        RecordHistoryModel vm = new RecordHistoryModel(AuditHistory.get(), UiExecutor.standard());
        ComboBox<Target> chooser = new ComboBox<>(vm.targets());
        chooser.setCellFactory(l -> new TargetCell());
        chooser.setButtonCell(new TargetCell());
        chooser.setPrefWidth(360);
        vm.targets().addListener((javafx.collections.ListChangeListener<Target>) c -> {
            if (!vm.targets().isEmpty() && chooser.getValue() == null) {
                chooser.setValue(vm.targets().get(0));
            }
        });
        chooser.setOnAction(e -> vm.show(chooser.getValue()));
        TableView<RecordHistoryModel.Line> table = Views.table(
                Views.column(Bundle.COL_HistoryWhen(), RecordHistoryModel.Line::when, 120),
                Views.column(Bundle.COL_HistoryWho(), RecordHistoryModel.Line::who, 150),
                Views.column(Bundle.COL_HistoryKind(), RecordHistoryModel.Line::kind, 80),
                Views.column(Bundle.COL_HistoryField(), RecordHistoryModel.Line::field, 140),
                Views.column(Bundle.COL_HistoryOld(), RecordHistoryModel.Line::oldValue, 200),
                Views.column(Bundle.COL_HistoryNew(), RecordHistoryModel.Line::newValue, 200));
        table.setItems(vm.lines());
        VBox.setVgrow(table, Priority.ALWAYS);
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(vm.message());
        Button reload = new Button(Bundle.BTN_HistoryReload());
        reload.setOnAction(e -> vm.show(chooser.getValue()));
        HBox top = new HBox(8, new Label(Bundle.LBL_HistoryOf()), chooser, reload);
        VBox box = RecordHistoryModel.permitted() ? new VBox(8, top, message, table) : new VBox(8, message);
        box.setPadding(new Insets(12));
        vm.load(targets);
        // The window builds its tabs once; a change saved since then shows when the tab is
        // shown again (the tab pane makes the selected tab's content region visible).
        box.parentProperty().addListener((o, was, parent) -> {
            if (parent != null) {
                parent.visibleProperty().addListener((o2, hidden, visible) -> {
                    if (visible && chooser.getValue() != null) {
                        vm.show(chooser.getValue());
                    }
                });
            }
        });
        return box;
    }

    private static final class TargetCell extends ListCell<Target> {
        @Override
        protected void updateItem(Target item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
        }
    }
}
