package id.pilar.registry.ui;

import id.pilar.core.api.identity.IdentityProblem;
import id.pilar.core.api.identity.Sex;
import id.pilar.core.api.reference.KategoriKesos;
import id.pilar.core.api.reference.Kelurahan;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.registry.api.CategoryPeriod;
import id.pilar.registry.api.DuplicateCandidate;
import id.pilar.registry.api.DuplicateService;
import id.pilar.registry.api.PersonDetail;
import id.pilar.registry.api.PersonDraft;
import id.pilar.registry.api.PersonService;
import id.pilar.registry.api.PersonSummary;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.FormValidation;
import id.pilar.ui.api.FxTopComponent;
import id.pilar.ui.api.UiExecutor;
import id.pilar.ui.api.UserMessages;
import java.io.File;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.openide.util.NbBundle.Messages;

/**
 * The person form's content (new or edit), apart from its window so a UI test can type into it.
 * Keyboard first: fields in reading order for Tab, Enter saves, Esc closes without saving.
 *
 * <p>Problems follow the current entries: every change is checked again in the background and
 * only the newest answer is shown. A field shows its problems once the clerk has left it (or
 * pressed Save), so a half-filled form is not covered in red. Validation marks fields and never
 * moves the keyboard: the clerk types on where they are.
 *
 * <p>Warnings and possible duplicates stop the first Save, a second Save with the same entries
 * goes ahead.
 */
final class PersonForm {

    /** What the form asks of its window. Called on the FX thread. */
    interface Host {
        void saved(PersonSummary person, byte[] photo, String photoMime);

        void close();

        void openPerson(PersonSummary person);

        void editing(String name);
    }

    private final String personId;
    private final PersonService people;
    private final DuplicateService duplicates;
    private final UiExecutor executor;
    private final Host host;

    PersonForm(String personId, PersonService people, DuplicateService duplicates, UiExecutor executor, Host host) {
        this.personId = personId;
        this.people = people;
        this.duplicates = duplicates;
        this.executor = executor;
        this.host = host;
    }

    private TextField nik;
    private TextField nama;
    private TextField alias;
    private ComboBox<Sex> sex;
    private TextField tempat;
    private TextField tanggal;
    private TextField tahun;
    private TextField ibu;
    private CheckBox tanpaAlamat;
    private TextField lokasi;
    private TextField jalan;
    private TextField rt;
    private TextField rw;
    private ComboBox<Kelurahan> kelurahan;
    private TextField telepon;
    private TextField disabilitas;
    private TextArea catatan;
    private ComboBox<KategoriKesos> kategori;
    private TextField kategoriMulai;
    private ListView<CategoryPeriod> kategoriList;
    private Label status;
    private VBox duplicatesBox;
    private final FormValidation validation = new FormValidation();
    private byte[] photo;
    private String photoMime;
    private PersonFormModel model;
    /** Fields the clerk has left at least once: only these show problems before the first Save. */
    private final Set<Control> visited = new HashSet<>();
    private boolean saveTried;
    private List<IdentityProblem> checked = List.of(); // the newest answer of the service

    /** Builds the controls; call on the FX thread. */
    Parent build() {
        nik = new TextField();
        nama = new TextField();
        alias = new TextField();
        sex = new ComboBox<>();
        tempat = new TextField();
        tanggal = new TextField();
        tahun = new TextField();
        ibu = new TextField();
        tanpaAlamat = new CheckBox(Bundle.F_TanpaAlamat());
        lokasi = new TextField();
        jalan = new TextField();
        rt = new TextField();
        rw = new TextField();
        kelurahan = new ComboBox<>();
        telepon = new TextField();
        disabilitas = new TextField();
        catatan = new TextArea();
        kategori = new ComboBox<>();
        kategoriMulai = new TextField();
        kategoriList = new ListView<>();
        status = new Label();
        duplicatesBox = new VBox(4);
        nik.setId("nik"); // ids for the UI tests
        nama.setId("nama");
        sex.getItems().setAll(Sex.values());
        sex.setConverter(converter(Sex::label));
        kategori.setConverter(converter(KategoriKesos::label));
        kategoriList.setPrefHeight(90);
        kategoriList.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(CategoryPeriod c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : ReferenceData.get().kategori(c.kode()).map(KategoriKesos::label).orElse(c.kode())
                        + " — " + Formats.date(c.mulai()));
            }
        });
        catatan.setPrefRowCount(3);
        lokasi.disableProperty().bind(tanpaAlamat.selectedProperty().not());
        for (Control c : List.of(jalan, rt, rw, kelurahan)) {
            c.disableProperty().bind(tanpaAlamat.selectedProperty());
        }
        tanggal.setPromptText("17/08/1945");

        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(4);
        int row = 0;
        row = field(g, row, Bundle.F_Nik(), nik);
        row = field(g, row, Bundle.F_Nama(), nama);
        row = field(g, row, Bundle.F_AliasHint(), alias);
        row = field(g, row, Bundle.F_Jk(), sex);
        row = field(g, row, Bundle.F_TempatLahir(), tempat);
        row = field(g, row, Bundle.F_TanggalLahir(), tanggal);
        row = field(g, row, Bundle.F_TahunPerkiraan(), tahun);
        row = field(g, row, Bundle.F_Ibu(), ibu);
        g.add(tanpaAlamat, 1, row++);
        row = field(g, row, Bundle.F_LokasiTerakhir(), lokasi);
        row = field(g, row, Bundle.F_Jalan(), jalan);
        row = field(g, row, Bundle.F_Rt() + " / " + Bundle.F_Rw(), new HBox(6, rt, rw), rt);
        row = field(g, row, Bundle.F_Kelurahan(), kelurahan);
        row = field(g, row, Bundle.F_Telepon(), telepon);
        row = field(g, row, Bundle.F_Disabilitas(), disabilitas);
        Button addCat = new Button(Bundle.LBL_AddCategory());
        addCat.setOnAction(e -> addCategory());
        Button removeCat = new Button(Bundle.LBL_RemoveCategory());
        removeCat.setOnAction(e -> kategoriList.getItems().remove(kategoriList.getSelectionModel().getSelectedItem()));
        kategoriMulai.setPromptText(Bundle.F_KategoriMulai());
        row = field(g, row, Bundle.F_Kategori(), new VBox(4, new HBox(6, kategori, kategoriMulai, addCat), kategoriList, removeCat), kategori);
        row = field(g, row, Bundle.F_Catatan(), catatan);
        Button photoButton = new Button(Bundle.LBL_Photo());
        photoButton.setOnAction(e -> choosePhoto());
        g.add(photoButton, 1, row);

        Button save = new Button(Bundle.LBL_Save());
        save.setDefaultButton(true);
        save.setOnAction(e -> save());
        Button cancel = new Button(Bundle.LBL_Cancel());
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> host.close());
        VBox root = new VBox(10, g, duplicatesBox, status, new HBox(8, save, cancel));
        root.setPadding(new Insets(14));
        root.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                host.close();
            }
        });
        followChanges(List.of(nik, nama, alias, tempat, tanggal, tahun, ibu, lokasi, jalan, rt, rw, telepon, disabilitas, catatan,
                kategoriMulai));
        for (javafx.beans.Observable o : List.of(sex.valueProperty(), kelurahan.valueProperty(), tanpaAlamat.selectedProperty(),
                kategoriList.getItems())) {
            o.addListener(x -> recheck());
        }
        for (Control c : List.of(sex, kelurahan, kategori, tanpaAlamat)) {
            leaving(c, c);
        }
        leaving(rw, rt); // RT and RW share one message line
        load();
        return new ScrollPane(root);
    }

    /** True once the form can check and save (the reference lists and the record have been read). */
    boolean ready() {
        return model != null;
    }

    /** The keyboard goes to {@code field} unless the clerk is already typing somewhere in the form. */
    private void startAt(Control field) {
        if (field.getScene() == null || !(field.getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl)) {
            field.requestFocus();
        }
    }

    /** Reference lists and, for an edit, the person are read in the background; then the form fills. */
    private void load() {
        UiExecutor ex = executor;
        ex.background().execute(() -> {
            List<Kelurahan> kel = ReferenceData.get().kelurahan();
            List<KategoriKesos> cats = ReferenceData.get().kategori(KategoriKesos.PPKS, false);
            PersonDetail d = personId == null ? null : people.find(personId).orElseThrow();
            ex.fx().execute(() -> {
                kelurahan.getItems().setAll(kel);
                kategori.getItems().setAll(cats);
                if (d == null) {
                    model = new PersonFormModel(people, duplicates, ex, view(), null, 0);
                    startAt(nik);
                    return;
                }
                fill(d.draft());
                host.editing(d.summary().nama());
                model = new PersonFormModel(people, duplicates, ex, view(), personId, d.version());
                startAt(nama);
            });
        });
    }

    private void fill(PersonDraft p) {
        nik.setText(p.nik());
        nama.setText(p.nama());
        alias.setText(String.join(", ", p.aliases()));
        sex.setValue(p.jenisKelamin());
        tempat.setText(p.tempatLahir());
        tanggal.setText(p.tanggalLahir() == null ? "" : Formats.date(p.tanggalLahir()));
        tahun.setText(p.tahunLahirPerkiraan() == null ? "" : String.valueOf(p.tahunLahirPerkiraan()));
        ibu.setText(p.namaIbu());
        tanpaAlamat.setSelected(p.tanpaAlamatTetap());
        lokasi.setText(p.lokasiTerakhir());
        jalan.setText(p.alamatJalan());
        rt.setText(p.rt());
        rw.setText(p.rw());
        kelurahan.setValue(p.kodeKelurahan() == null ? null : ReferenceData.get().kelurahan(p.kodeKelurahan()).orElse(null));
        telepon.setText(p.telepon());
        disabilitas.setText(p.disabilitas());
        catatan.setText(p.catatan());
        kategoriList.getItems().setAll(p.kategori());
    }

    /** The entries as a draft; null when a date or year field cannot be read (the field shows why). */
    private PersonDraft draft() {
        LocalDate born = Formats.parseDate(tanggal.getText());
        Integer year = tahun.getText() == null || tahun.getText().isBlank() ? null
                : tahun.getText().trim().matches("\\d{4}") ? Integer.valueOf(tahun.getText().trim()) : -1;
        List<String> aliases = alias.getText() == null ? List.of()
                : Arrays.stream(alias.getText().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new PersonDraft(nik.getText(), nama.getText(), aliases, sex.getValue(), tempat.getText(), born,
                year != null && year < 0 ? null : year, ibu.getText(), jalan.getText(), rt.getText(), rw.getText(),
                kelurahan.getValue() == null ? null : kelurahan.getValue().kode(), tanpaAlamat.isSelected(), lokasi.getText(),
                telepon.getText(), disabilitas.getText(), catatan.getText(), new ArrayList<>(kategoriList.getItems()));
    }

    private void save() {
        saveTried = true;
        duplicatesBox.getChildren().clear();
        List<IdentityProblem> local = localProblems();
        if (!local.isEmpty() || model == null) {
            show();
            return;
        }
        model.save(draft());
    }

    /** Each field reports its changes: the entries are checked again, and the marks follow. */
    private void followChanges(List<javafx.scene.control.TextInputControl> fields) {
        for (javafx.scene.control.TextInputControl f : fields) {
            f.textProperty().addListener((o, a, b) -> recheck());
            leaving(f, f == rw ? rt : f);
        }
    }

    /** Leaving {@code field} lets {@code marked} show its problems from now on. */
    private void leaving(Control field, Control marked) {
        field.focusedProperty().addListener((o, was, now) -> {
            if (was && !now && visited.add(marked)) {
                show();
            }
        });
    }

    private void recheck() {
        show(); // the form's own checks answer at once
        if (model != null) {
            model.check(draft());
        }
    }

    /** Problems the form finds itself: a date or year that cannot be read. */
    private List<IdentityProblem> localProblems() {
        List<IdentityProblem> out = new ArrayList<>();
        if (tanggal.getText() != null && !tanggal.getText().isBlank() && Formats.parseDate(tanggal.getText()) == null) {
            out.add(IdentityProblem.error("LAHIR_FORMAT", Bundle.LBL_BadDate()));
        }
        if (tahun.getText() != null && !tahun.getText().isBlank() && !tahun.getText().trim().matches("\\d{4}")) {
            out.add(IdentityProblem.error("LAHIR_PERKIRAAN_FORMAT", Bundle.LBL_BadYear()));
        }
        return out;
    }

    /**
     * Marks the fields with the current problems (the service's newest answer and the form's own),
     * only on fields left already, or on all after a Save. Never moves the focus.
     */
    private void show() {
        validation.clear();
        List<IdentityProblem> all = new ArrayList<>(localProblems());
        all.addAll(checked);
        boolean errors = false;
        boolean warnings = false;
        for (IdentityProblem p : all) {
            Control field = fieldFor(p.code());
            if (!saveTried && !visited.contains(field)) {
                continue;
            }
            if (p.severity() == IdentityProblem.Severity.ERROR) {
                validation.error(field, p.message());
                errors = true;
            } else {
                validation.warning(field, p.message());
                warnings = true;
            }
        }
        if (saveTried) {
            status.setText(errors ? Bundle.LBL_FixErrors() : warnings ? Bundle.LBL_WarningsConfirm() : "");
        }
    }

    private void addCategory() {
        KategoriKesos k = kategori.getValue();
        if (k == null) {
            return;
        }
        LocalDate from = Formats.parseDate(kategoriMulai.getText());
        kategoriList.getItems().add(new CategoryPeriod(k.kode(), from == null ? id.pilar.core.api.time.JakartaTime.today() : from, null));
        kategori.setValue(null);
        kategoriMulai.clear();
    }

    private void choosePhoto() {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("JPEG / PNG", "*.jpg", "*.jpeg", "*.png"));
        File f = fc.showOpenDialog(nik.getScene().getWindow());
        if (f == null) {
            return;
        }
        UiExecutor ex = executor;
        ex.background().execute(() -> {
            try {
                byte[] bytes = Files.readAllBytes(f.toPath());
                ex.fx().execute(() -> {
                    if (bytes.length > 2 * 1024 * 1024) {
                        status.setText(Bundle.LBL_PhotoTooBig());
                    } else {
                        photo = bytes;
                        photoMime = f.getName().toLowerCase().endsWith(".png") ? "image/png" : "image/jpeg";
                        status.setText(f.getName());
                    }
                });
            } catch (java.io.IOException e) {
                ex.fx().execute(() -> status.setText(Bundle.LBL_SaveFailed(UserMessages.of(e))));
            }
        });
    }

    private PersonFormModel.View view() {
        return new PersonFormModel.View() {
            @Override
            public void problems(List<IdentityProblem> problems, boolean onlyWarnings) {
                checked = List.copyOf(problems);
                show();
            }

            @Override
            public void duplicates(List<DuplicateCandidate> candidates) {
                duplicatesBox.getChildren().setAll(new Label(Bundle.LBL_DuplicatesFound()));
                for (DuplicateCandidate c : candidates) {
                    PersonSummary p = c.b();
                    Button open = new Button(p.nomorRegistri() + " — " + p.nama() + ", " + Formats.date(p.tanggalLahir()) + ", "
                            + (p.kelurahan() == null ? "-" : p.kelurahan()) + " (skor " + c.skor() + ": " + String.join(", ", c.alasan()) + ")");
                    open.setOnAction(e -> host.openPerson(p));
                    duplicatesBox.getChildren().add(open);
                }
            }

            @Override
            public void saved(PersonSummary person) {
                status.setText(Bundle.LBL_Saved(person.nomorRegistri()));
                host.saved(person, photo, photoMime);
            }

            @Override
            public void failed(String message) {
                status.setText(Bundle.LBL_SaveFailed(message));
            }
        };
    }

    /** The field a problem code belongs to (codes start with the field's name). */
    private Control fieldFor(String code) {
        if (code.startsWith("NIK")) {
            return nik;
        }
        if (code.startsWith("NAMA")) {
            return nama;
        }
        if (code.startsWith("LAHIR_PERKIRAAN")) {
            return tahun;
        }
        if (code.startsWith("LAHIR")) {
            return tanggal;
        }
        if (code.startsWith("ALAMAT_RTRW")) {
            return rt;
        }
        if (code.startsWith("ALAMAT")) {
            return kelurahan;
        }
        if (code.startsWith("TELEPON")) {
            return telepon;
        }
        if (code.startsWith("KATEGORI")) {
            return kategori;
        }
        return nama;
    }

    private int field(GridPane g, int row, String label, Control c) {
        return field(g, row, label, c, c);
    }

    /** A labelled row with a message line under it, bound to {@code validated} for FormValidation. */
    private int field(GridPane g, int row, String label, javafx.scene.Node node, Control validated) {
        Label l = new Label(label);
        l.setLabelFor(validated);
        Label message = new Label();
        validation.bind(validated, message);
        g.add(l, 0, row);
        g.add(new VBox(2, node, message), 1, row);
        return row + 1;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
