package id.pilar.registry.ui;

import id.pilar.registry.api.DuplicateCandidate;
import id.pilar.registry.api.DuplicateService;
import id.pilar.registry.api.MergeField;
import id.pilar.registry.api.PersonDetail;
import id.pilar.registry.api.PersonDraft;
import id.pilar.registry.api.PersonService;
import id.pilar.ui.api.BackgroundWork;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.FxTopComponent;
import id.pilar.ui.api.UiExecutor;
import id.pilar.ui.api.UserMessages;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.netbeans.api.settings.ConvertAsProperties;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;

/**
 * The duplicate review queue: pick a pair, choose each field from A (kept record) or B, merge;
 * or mark them as different people. Recent merges can be undone. "Pindai" runs the full scan.
 */
@ConvertAsProperties(dtd = "-//id.pilar.registry.ui//DuplicateReview//EN", autostore = false)
@TopComponent.Description(preferredID = "DuplicateReviewTopComponent", persistenceType = TopComponent.PERSISTENCE_ALWAYS)
@TopComponent.Registration(mode = "editor", openAtStartup = false, position = 300)
@ActionID(category = "Window", id = "id.pilar.registry.ui.DuplicateReviewTopComponent")
@ActionReference(path = "Menu/Registri", position = 30)
@TopComponent.OpenActionRegistration(displayName = "#CTL_DuplicateReviewAction", preferredID = "DuplicateReviewTopComponent")
@Messages({
    "CTL_DuplicateReviewAction=Periksa Data Ganda",
    "CTL_DuplicateReviewTopComponent=Data Ganda",
    "LBL_Scan=Pindai seluruh registri",
    "LBL_Scanning=Memindai data ganda",
    "# {0} - pairs",
    "# {1} - seconds",
    "LBL_ScanDone=Pemindaian selesai: {0} pasangan ({1} detik).",
    "LBL_Refresh=Muat ulang",
    "LBL_Merge=Gabungkan (A dipertahankan)",
    "LBL_NotDuplicate=Bukan orang yang sama",
    "LBL_Unmerge=Batalkan penggabungan terpilih",
    "LBL_Merges=Penggabungan terakhir:",
    "LBL_ChooseFields=Pilih isian yang dipakai untuk tiap kolom:",
    "LBL_PickPair=Pilih pasangan di kiri.",
    "# {0} - count",
    "LBL_Open={0} pasangan menunggu pemeriksaan",
    "LBL_Done=Tersimpan.",
    "# {0} - reason",
    "LBL_Failed=Gagal: {0}"
})
public final class DuplicateReviewTopComponent extends FxTopComponent {

    private ListView<DuplicateCandidate> queue;
    private ListView<DuplicateService.MergeRecord> merges;
    private VBox detail;
    private Label status;

    public DuplicateReviewTopComponent() {
        setName(Bundle.CTL_DuplicateReviewTopComponent());
    }

    @Override
    protected Parent createContent() {
        // JavaFX controls are made here, on the FX thread, not in the constructor (EDT).
        queue = new ListView<>();
        merges = new ListView<>();
        detail = new VBox(8, new Label(Bundle.LBL_PickPair()));
        status = new Label();
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
        Button scan = new Button(Bundle.LBL_Scan());
        scan.setOnAction(e -> BackgroundWork.submit(Bundle.LBL_Scanning(), p -> DuplicateService.get().scan(p::cancelled),
                r -> {
                    status.setText(Bundle.LBL_ScanDone(r.pairs(), r.millis() / 1000));
                    reload();
                }, x -> status.setText(Bundle.LBL_Failed(UserMessages.of(x)))));
        Button refresh = new Button(Bundle.LBL_Refresh());
        refresh.setOnAction(e -> reload());
        Button unmerge = new Button(Bundle.LBL_Unmerge());
        unmerge.setOnAction(e -> {
            DuplicateService.MergeRecord m = merges.getSelectionModel().getSelectedItem();
            if (m != null) {
                run(() -> DuplicateService.get().unmerge(m.id()));
            }
        });
        VBox left = new VBox(8, new HBox(8, scan, refresh), status, queue, new Label(Bundle.LBL_Merges()), merges, unmerge);
        left.setPadding(new Insets(10));
        SplitPane split = new SplitPane(left, new ScrollPane(detail));
        split.setDividerPositions(0.4);
        detail.setPadding(new Insets(10));
        reload();
        return split;
    }

    private void reload() {
        UiExecutor ex = UiExecutor.standard();
        ex.background().execute(() -> {
            try {
                List<DuplicateCandidate> open = DuplicateService.get().openReviews(500);
                long count = DuplicateService.get().openReviewCount();
                List<DuplicateService.MergeRecord> done = DuplicateService.get().merges(50);
                ex.fx().execute(() -> {
                    queue.getItems().setAll(open);
                    merges.getItems().setAll(done);
                    status.setText(Bundle.LBL_Open(count));
                });
            } catch (RuntimeException e) {
                ex.fx().execute(() -> status.setText(Bundle.LBL_Failed(UserMessages.of(e))));
            }
        });
    }

    private void showPair(DuplicateCandidate c) {
        UiExecutor ex = UiExecutor.standard();
        ex.background().execute(() -> {
            PersonDetail a = PersonService.get().find(c.a().id()).orElseThrow();
            PersonDetail b = PersonService.get().find(c.b().id()).orElseThrow();
            id.pilar.core.api.reference.ReferenceData.get().kelurahan(); // cached before the FX thread formats addresses
            ex.fx().execute(() -> showFields(c, a, b));
        });
    }

    private void showFields(DuplicateCandidate c, PersonDetail a, PersonDetail b) {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(4);
        g.addRow(0, new Label(""), new Label("A · " + a.summary().nomorRegistri()), new Label("B · " + b.summary().nomorRegistri()));
        Map<MergeField, ToggleGroup> groups = new EnumMap<>(MergeField.class);
        int row = 1;
        for (MergeField f : MergeField.values()) {
            String va = value(f, a.draft());
            String vb = value(f, b.draft());
            ToggleGroup tg = new ToggleGroup();
            RadioButton ra = new RadioButton(va);
            RadioButton rb = new RadioButton(vb);
            ra.setToggleGroup(tg);
            rb.setToggleGroup(tg);
            ra.setUserData('A');
            rb.setUserData('B');
            // Default: keep A's value unless A has none and B has one.
            (va.isEmpty() && !vb.isEmpty() ? rb : ra).setSelected(true);
            groups.put(f, tg);
            g.addRow(row++, new Label(label(f)), ra, rb);
        }
        Button merge = new Button(Bundle.LBL_Merge());
        merge.setOnAction(e -> {
            Map<MergeField, Character> choice = new EnumMap<>(MergeField.class);
            groups.forEach((f, tg) -> choice.put(f, (Character) tg.getSelectedToggle().getUserData()));
            run(() -> DuplicateService.get().merge(a.summary().id(), b.summary().id(), choice));
        });
        Button different = new Button(Bundle.LBL_NotDuplicate());
        different.setOnAction(e -> run(() -> DuplicateService.get().dismiss(c.reviewId())));
        detail.getChildren().setAll(new Label(c.skor() + " — " + String.join(", ", c.alasan())), new Label(Bundle.LBL_ChooseFields()), g,
                new HBox(8, merge, different));
    }

    private void run(Runnable work) {
        UiExecutor ex = UiExecutor.standard();
        ex.background().execute(() -> {
            try {
                work.run();
                ex.fx().execute(() -> {
                    status.setText(Bundle.LBL_Done());
                    detail.getChildren().setAll(new Label(Bundle.LBL_PickPair()));
                    reload();
                });
            } catch (RuntimeException e) {
                ex.fx().execute(() -> status.setText(Bundle.LBL_Failed(UserMessages.of(e))));
            }
        });
    }

    static String value(MergeField f, PersonDraft p) {
        String v = switch (f) {
            case NIK -> p.nik();
            case NAMA -> p.nama();
            case ALIAS -> String.join(", ", p.aliases());
            case JENIS_KELAMIN -> p.jenisKelamin() == null ? null : p.jenisKelamin().label();
            case TEMPAT_LAHIR -> p.tempatLahir();
            case TANGGAL_LAHIR -> p.tanggalLahir() != null ? Formats.date(p.tanggalLahir())
                    : p.tahunLahirPerkiraan() == null ? null : "± " + p.tahunLahirPerkiraan();
            case NAMA_IBU -> p.namaIbu();
            case ALAMAT -> p.tanpaAlamatTetap() ? Bundle.LBL_NoFixedAddress(p.lokasiTerakhir()) : Addresses.format(p.alamatJalan(), p.rt(), p.rw(), p.kodeKelurahan());
            case TELEPON -> p.telepon();
            case DISABILITAS -> p.disabilitas();
            case CATATAN -> p.catatan();
        };
        return v == null ? "" : v;
    }

    private static String label(MergeField f) {
        return switch (f) {
            case NIK -> Bundle.F_Nik();
            case NAMA -> Bundle.F_Nama();
            case ALIAS -> Bundle.F_Alias();
            case JENIS_KELAMIN -> Bundle.F_Jk();
            case TEMPAT_LAHIR -> Bundle.F_TempatLahir();
            case TANGGAL_LAHIR -> Bundle.F_TanggalLahir();
            case NAMA_IBU -> Bundle.F_Ibu();
            case ALAMAT -> Bundle.F_Alamat();
            case TELEPON -> Bundle.F_Telepon();
            case DISABILITAS -> Bundle.F_Disabilitas();
            case CATATAN -> Bundle.F_Catatan();
        };
    }

    void writeProperties(java.util.Properties p) {
        p.setProperty("version", "1.0");
    }

    void readProperties(java.util.Properties p) {
        // the queue is reloaded from the database
    }
}
