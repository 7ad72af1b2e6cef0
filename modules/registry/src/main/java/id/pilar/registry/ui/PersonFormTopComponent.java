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
import java.io.File;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
import javax.swing.SwingUtilities;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;

/**
 * The person form (new or edit). Keyboard first: fields in reading order for Tab, Enter saves,
 * Esc closes without saving. Problems show under their field; warnings and possible duplicates
 * stop the first Save, a second Save with the same entries goes ahead.
 */
@TopComponent.Description(preferredID = "PersonFormTopComponent", persistenceType = TopComponent.PERSISTENCE_NEVER)
@Messages({
    "CTL_PersonFormNew=Penduduk baru",
    "# {0} - name",
    "CTL_PersonFormEdit=Ubah: {0}",
    "F_TanggalLahir=Tanggal lahir (dd/mm/yyyy)",
    "F_TahunPerkiraan=Perkiraan tahun lahir",
    "F_TempatLahir=Tempat lahir",
    "F_AliasHint=Alias (pisahkan dengan koma)",
    "F_TanpaAlamat=Tanpa alamat tetap",
    "F_LokasiTerakhir=Lokasi terakhir terlihat",
    "F_Jalan=Jalan / nomor rumah",
    "F_Rt=RT",
    "F_Rw=RW",
    "F_Kelurahan=Kelurahan",
    "F_KategoriMulai=mulai (dd/mm/yyyy)",
    "LBL_AddCategory=Tambah kategori",
    "LBL_RemoveCategory=Hapus kategori terpilih",
    "LBL_Photo=Pilih foto…",
    "LBL_Save=Simpan (Enter)",
    "LBL_Cancel=Batal (Esc)",
    "LBL_BadDate=Tanggal tidak valid, tulis dd/mm/yyyy.",
    "LBL_BadYear=Tahun harus 4 angka.",
    "LBL_WarningsConfirm=Periksa peringatan di atas. Tekan Simpan sekali lagi untuk tetap menyimpan.",
    "LBL_FixErrors=Perbaiki isian yang ditandai merah.",
    "LBL_DuplicatesFound=Mungkin orang ini sudah terdaftar. Buka data yang ada, atau tekan Simpan sekali lagi untuk tetap mendaftarkan:",
    "# {0} - registry number",
    "LBL_Saved=Tersimpan: {0}",
    "# {0} - reason",
    "LBL_SaveFailed=Gagal menyimpan: {0}",
    "LBL_PhotoTooBig=Foto terlalu besar (maksimal 2 MB)."
})
public final class PersonFormTopComponent extends FxTopComponent {

    private final String personId;

    public PersonFormTopComponent(String personId) {
        this.personId = personId;
        setName(Bundle.CTL_PersonFormNew());
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

    @Override
    protected Parent createContent() {
        return build(); // the base class calls this once the window opens, after construction
    }

    private Parent build() {
        // JavaFX controls are made here, on the FX thread, not in the constructor (EDT).
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
        cancel.setOnAction(e -> SwingUtilities.invokeLater(this::close));
        VBox root = new VBox(10, g, duplicatesBox, status, new HBox(8, save, cancel));
        root.setPadding(new Insets(14));
        root.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                SwingUtilities.invokeLater(this::close);
            }
        });
        nik.focusedProperty().addListener((o, was, now) -> {
            if (was && !now && !nik.getText().isBlank() && model != null) {
                model.check(draft());
            }
        });
        load();
        return new ScrollPane(root);
    }

    /** Reference lists and, for an edit, the person are read in the background; then the form fills. */
    private void load() {
        UiExecutor ex = UiExecutor.standard();
        ex.background().execute(() -> {
            List<Kelurahan> kel = ReferenceData.get().kelurahan();
            List<KategoriKesos> cats = ReferenceData.get().kategori(KategoriKesos.PPKS, false);
            PersonDetail d = personId == null ? null : PersonService.get().find(personId).orElseThrow();
            ex.fx().execute(() -> {
                kelurahan.getItems().setAll(kel);
                kategori.getItems().setAll(cats);
                if (d == null) {
                    model = new PersonFormModel(PersonService.get(), DuplicateService.get(), ex, view(), null, 0);
                    nik.requestFocus();
                    return;
                }
                fill(d.draft());
                SwingUtilities.invokeLater(() -> setName(Bundle.CTL_PersonFormEdit(d.summary().nama())));
                model = new PersonFormModel(PersonService.get(), DuplicateService.get(), ex, view(), personId, d.version());
                nama.requestFocus();
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
        validation.clear();
        duplicatesBox.getChildren().clear();
        boolean local = true;
        if (tanggal.getText() != null && !tanggal.getText().isBlank() && Formats.parseDate(tanggal.getText()) == null) {
            validation.error(tanggal, Bundle.LBL_BadDate());
            local = false;
        }
        if (tahun.getText() != null && !tahun.getText().isBlank() && !tahun.getText().trim().matches("\\d{4}")) {
            validation.error(tahun, Bundle.LBL_BadYear());
            local = false;
        }
        if (!local || model == null) {
            validation.focusFirstError();
            return;
        }
        model.save(draft());
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
        UiExecutor ex = UiExecutor.standard();
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
                ex.fx().execute(() -> status.setText(Bundle.LBL_SaveFailed(e.getMessage())));
            }
        });
    }

    private PersonFormModel.View view() {
        return new PersonFormModel.View() {
            @Override
            public void problems(List<IdentityProblem> problems, boolean onlyWarnings) {
                validation.clear();
                for (IdentityProblem p : problems) {
                    Control field = fieldFor(p.code());
                    if (p.severity() == IdentityProblem.Severity.ERROR) {
                        validation.error(field, p.message());
                    } else {
                        validation.warning(field, p.message());
                    }
                }
                status.setText(problems.isEmpty() ? "" : onlyWarnings ? Bundle.LBL_WarningsConfirm() : Bundle.LBL_FixErrors());
                validation.focusFirstError();
            }

            @Override
            public void duplicates(List<DuplicateCandidate> candidates) {
                duplicatesBox.getChildren().setAll(new Label(Bundle.LBL_DuplicatesFound()));
                for (DuplicateCandidate c : candidates) {
                    PersonSummary p = c.b();
                    Button open = new Button(p.nomorRegistri() + " — " + p.nama() + ", " + Formats.date(p.tanggalLahir()) + ", "
                            + (p.kelurahan() == null ? "-" : p.kelurahan()) + " (skor " + c.skor() + ": " + String.join(", ", c.alasan()) + ")");
                    open.setOnAction(e -> RegistryWindows.openPerson(p.ref()));
                    duplicatesBox.getChildren().add(open);
                }
            }

            @Override
            public void saved(PersonSummary person) {
                status.setText(Bundle.LBL_Saved(person.nomorRegistri()));
                if (photo != null) {
                    byte[] bytes = photo;
                    String mime = photoMime;
                    UiExecutor.standard().background().execute(() -> PersonService.get().setPhoto(person.id(), mime, bytes));
                }
                SwingUtilities.invokeLater(() -> close());
                RegistryWindows.openPerson(person.ref());
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
