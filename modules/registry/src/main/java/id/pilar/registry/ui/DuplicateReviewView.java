package id.pilar.registry.ui;

import id.pilar.registry.api.DuplicateCandidate;
import id.pilar.registry.api.DuplicateService;
import id.pilar.registry.api.MergeField;
import id.pilar.registry.api.PersonDetail;
import id.pilar.registry.api.PersonService;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.UiExecutor;
import id.pilar.ui.api.UserMessages;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.openide.util.NbBundle.Messages;

/**
 * The duplicate review's content: the queue on the left, the chosen pair on the right with A and
 * B side by side in two equal columns that wrap rather than run off the screen, and the fields
 * where they differ marked. "Gabungkan" asks first, in the view itself, and says that a merge
 * can be undone. The full scan shows its progress and, when done, its result (which stays until
 * the next scan). Kept apart from its window so a UI test can drive it.
 */
@Messages({
    "# {0} - records read",
    "# {1} - records to read",
    "LBL_ScanProgress=Memindai: {0} dari {1} data dibaca…",
    "LBL_ScanCancelled=Pemindaian dibatalkan; antrean tidak berubah.",
    "LBL_Differs=berbeda",
    "LBL_Kept=dipertahankan",
    "# {0} - number of differing fields",
    "LBL_DiffCount={0} isian berbeda (ditandai)",
    "# {0} - record B",
    "# {1} - record A",
    "LBL_ConfirmMerge=Gabungkan {0} ke dalam {1}? {0} ditandai GANDA dan isian yang dipilih dari B dipakai untuk {1}. Penggabungan bisa dibatalkan nanti lewat \"Penggabungan terakhir\".",
    "LBL_ConfirmYes=Ya, gabungkan",
    "LBL_ConfirmNo=Batal"
})
final class DuplicateReviewView {

    /** Runs the full scan in the background: the window gives it a progress handle with Cancel. */
    interface Scanner {
        void scan(java.util.function.Function<BooleanSupplier, DuplicateService.ScanResult> job,
                java.util.function.Consumer<DuplicateService.ScanResult> done, java.util.function.Consumer<Throwable> failed);
    }

    private static final String DIFFERS = "-fx-background-color: #fff1c4; -fx-background-radius: 3; -fx-padding: 2 4 2 4;";

    private final DuplicateService duplicates;
    private final PersonService people;
    private final UiExecutor executor;
    private final Scanner scanner;
    private final ListView<DuplicateCandidate> queue = new ListView<>();
    private final ListView<DuplicateService.MergeRecord> merges = new ListView<>();
    private final VBox detail = new VBox(8, new Label(Bundle.LBL_PickPair()));
    private final Label status = new Label(); // the outcome of the last action
    private final Label count = new Label();
    private final Label scanStatus = new Label();
    private final ProgressBar scanBar = new ProgressBar(0);
    private final Button scan = new Button(Bundle.LBL_Scan());
    private final SplitPane root;

    DuplicateReviewView(DuplicateService duplicates, PersonService people, UiExecutor executor, Scanner scanner) {
        this.duplicates = duplicates;
        this.people = people;
        this.executor = executor;
        this.scanner = scanner;
        queue.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(DuplicateCandidate c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.skor() + " · " + c.a().nama() + " / " + c.b().nama());
            }
        });
        merges.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(DuplicateService.MergeRecord m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : Formats.dateTime(m.waktu()) + " · " + m.merged().nama() + " → " + m.survivor().nama());
            }
        });
        merges.setPrefHeight(140);
        queue.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> {
            if (c != null) {
                showPair(c);
            }
        });
        scanBar.setMaxWidth(Double.MAX_VALUE);
        scanBar.setVisible(false);
        scanBar.setManaged(false);
        scanStatus.setWrapText(true);
        status.setWrapText(true);
        scan.setOnAction(e -> scan());
        Button refresh = new Button(Bundle.LBL_Refresh());
        refresh.setOnAction(e -> reload());
        Button unmerge = new Button(Bundle.LBL_Unmerge());
        unmerge.setOnAction(e -> {
            DuplicateService.MergeRecord m = merges.getSelectionModel().getSelectedItem();
            if (m != null) {
                run(() -> duplicates.unmerge(m.id()));
            }
        });
        VBox.setVgrow(queue, Priority.ALWAYS);
        count.setWrapText(true);
        for (Button b : List.of(scan, refresh, unmerge)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        VBox left = new VBox(8, new FlowPane(8, 8, scan, refresh), scanBar, scanStatus, count, status, queue,
                new Label(Bundle.LBL_Merges()), merges, unmerge);
        left.setPadding(new Insets(10));
        left.setMinWidth(260);
        left.setMaxWidth(460); // the pair gets the rest of the screen
        ScrollPane right = new ScrollPane(detail);
        right.setFitToWidth(true); // the two columns share the width and wrap: B never runs off the screen
        detail.setPadding(new Insets(10));
        root = new SplitPane(left, right);
        root.setDividerPositions(0.3);
        reload();
    }

    Parent node() {
        return root;
    }

    private void scan() {
        scan.setDisable(true);
        scanBar.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        scanBar.setVisible(true);
        scanBar.setManaged(true);
        scanStatus.setText(Bundle.LBL_Scanning());
        scanner.scan(cancelled -> duplicates.scan(cancelled, (done, total) -> executor.fx().execute(() -> {
            scanBar.setProgress(total == 0 ? ProgressBar.INDETERMINATE_PROGRESS : (double) done / total);
            scanStatus.setText(Bundle.LBL_ScanProgress(done, total));
        })), r -> {
            scanEnded();
            scanStatus.setText(Bundle.LBL_ScanDone(r.pairs(), r.millis() / 1000));
            reload();
        }, x -> {
            scanEnded();
            scanStatus.setText(UserMessages.unwrap(x) instanceof CancellationException ? Bundle.LBL_ScanCancelled()
                    : Bundle.LBL_Failed(UserMessages.of(x)));
        });
    }

    private void scanEnded() {
        scan.setDisable(false);
        scanBar.setVisible(false);
        scanBar.setManaged(false);
    }

    private void reload() {
        executor.background().execute(() -> {
            try {
                List<DuplicateCandidate> open = duplicates.openReviews(500);
                long count = duplicates.openReviewCount();
                List<DuplicateService.MergeRecord> done = duplicates.merges(50);
                executor.fx().execute(() -> {
                    queue.getItems().setAll(open);
                    merges.getItems().setAll(done);
                    this.count.setText(Bundle.LBL_Open(count));
                });
            } catch (RuntimeException e) {
                executor.fx().execute(() -> status.setText(Bundle.LBL_Failed(UserMessages.of(e))));
            }
        });
    }

    private void showPair(DuplicateCandidate c) {
        executor.background().execute(() -> {
            try {
                PersonDetail a = people.find(c.a().id()).orElseThrow();
                PersonDetail b = people.find(c.b().id()).orElseThrow();
                id.pilar.core.api.reference.ReferenceData.get().kelurahan(); // cached before the FX thread formats addresses
                executor.fx().execute(() -> showFields(c, a, b));
            } catch (RuntimeException e) {
                executor.fx().execute(() -> status.setText(Bundle.LBL_Failed(UserMessages.of(e))));
            }
        });
    }

    private void showFields(DuplicateCandidate c, PersonDetail a, PersonDetail b) {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(6);
        // A and B get equal shares of the width whatever their texts, and wrap within them.
        ColumnConstraints labels = new ColumnConstraints();
        labels.setPercentWidth(20);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(40);
        half.setFillWidth(true);
        ColumnConstraints otherHalf = new ColumnConstraints();
        otherHalf.setPercentWidth(40);
        otherHalf.setFillWidth(true);
        g.getColumnConstraints().setAll(labels, half, otherHalf);
        Label headA = new Label("A · " + a.summary().nomorRegistri() + " (" + Bundle.LBL_Kept() + ")");
        Label headB = new Label("B · " + b.summary().nomorRegistri());
        for (Label head : List.of(headA, headB)) {
            head.setStyle("-fx-font-weight: bold;");
            head.setWrapText(true);
            head.setMinHeight(Region.USE_PREF_SIZE);
        }
        g.addRow(0, new Label(""), headA, headB);
        Map<MergeField, ToggleGroup> groups = new EnumMap<>(MergeField.class);
        int row = 1;
        int differing = 0;
        for (MergeField f : MergeField.values()) {
            String va = DuplicateReviewTopComponent.value(f, a.draft());
            String vb = DuplicateReviewTopComponent.value(f, b.draft());
            boolean differs = !Objects.equals(va, vb);
            ToggleGroup tg = new ToggleGroup();
            RadioButton ra = choice(va, tg, 'A');
            RadioButton rb = choice(vb, tg, 'B');
            // Default: keep A's value unless A has none and B has one.
            (va.isEmpty() && !vb.isEmpty() ? rb : ra).setSelected(true);
            groups.put(f, tg);
            Label name = new Label(DuplicateReviewTopComponent.label(f));
            name.setWrapText(true);
            name.setMinHeight(Region.USE_PREF_SIZE);
            if (differs) {
                differing++;
                name.setText(name.getText() + " ≠");
                name.setStyle("-fx-font-weight: bold;");
                ra.setStyle(DIFFERS);
                rb.setStyle(DIFFERS);
                name.setAccessibleHelp(Bundle.LBL_Differs());
            }
            GridPane.setHalignment(name, HPos.LEFT);
            g.addRow(row++, name, ra, rb);
        }
        Button merge = new Button(Bundle.LBL_Merge());
        Button different = new Button(Bundle.LBL_NotDuplicate());
        HBox actions = new HBox(8, merge, different);
        VBox confirm = new VBox(8);
        merge.setOnAction(e -> {
            Map<MergeField, Character> choice = new EnumMap<>(MergeField.class);
            groups.forEach((f, tg) -> choice.put(f, (Character) tg.getSelectedToggle().getUserData()));
            Label question = new Label(Bundle.LBL_ConfirmMerge("B · " + b.summary().nomorRegistri() + " " + b.summary().nama(),
                    "A · " + a.summary().nomorRegistri() + " " + a.summary().nama()));
            question.setWrapText(true);
            Button yes = new Button(Bundle.LBL_ConfirmYes());
            Button no = new Button(Bundle.LBL_ConfirmNo());
            no.setCancelButton(true); // no default button: Enter must not merge by accident
            yes.setOnAction(x -> {
                yes.setDisable(true);
                run(() -> duplicates.merge(a.summary().id(), b.summary().id(), choice));
            });
            no.setOnAction(x -> {
                confirm.getChildren().clear();
                confirm.setStyle("");
                actions.setDisable(false);
                merge.requestFocus();
            });
            confirm.setStyle("-fx-border-color: #c98a00; -fx-border-radius: 4; -fx-padding: 8; -fx-background-color: #fffaf0;");
            confirm.getChildren().setAll(question, new HBox(8, yes, no));
            actions.setDisable(true);
            no.requestFocus(); // Enter on a stray key press must not merge: the safe answer has the keyboard
        });
        different.setOnAction(e -> run(() -> duplicates.dismiss(c.reviewId())));
        Label reasons = new Label(c.skor() + " — " + String.join(", ", c.alasan()));
        reasons.setWrapText(true);
        detail.getChildren().setAll(reasons, new Label(Bundle.LBL_ChooseFields() + " " + Bundle.LBL_DiffCount(differing)), g, actions,
                confirm);
    }

    private static RadioButton choice(String value, ToggleGroup tg, char side) {
        RadioButton r = new RadioButton(value.isEmpty() ? "—" : value);
        r.setToggleGroup(tg);
        r.setUserData(side);
        r.setWrapText(true);
        r.setMaxWidth(Double.MAX_VALUE);
        r.setMinWidth(0); // the column decides the width; the text wraps
        r.setMinHeight(Region.USE_PREF_SIZE);
        return r;
    }

    private void run(Runnable work) {
        executor.background().execute(() -> {
            try {
                work.run();
                executor.fx().execute(() -> {
                    status.setText(Bundle.LBL_Done());
                    detail.getChildren().setAll(new Label(Bundle.LBL_PickPair()));
                    reload();
                });
            } catch (RuntimeException e) {
                executor.fx().execute(() -> status.setText(Bundle.LBL_Failed(UserMessages.of(e))));
            }
        });
    }
}
