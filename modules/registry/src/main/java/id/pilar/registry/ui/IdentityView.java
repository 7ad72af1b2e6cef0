package id.pilar.registry.ui;

import id.pilar.core.api.reference.ReferenceData;
import id.pilar.registry.api.CategoryPeriod;
import id.pilar.registry.api.NikChange;
import id.pilar.registry.api.PersonDetail;
import id.pilar.registry.api.PersonDraft;
import id.pilar.registry.api.PersonRef;
import id.pilar.registry.api.PersonService;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.UiExecutor;
import id.pilar.ui.api.UserMessages;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.openide.util.NbBundle.Messages;
import id.pilar.ui.spi.ViewProvider;
import org.openide.util.lookup.ServiceProvider;

/** The Identitas tab: identity, address, categories, NIK history, photo. */
@ServiceProvider(service = ViewProvider.class)
@Messages({
    "TAB_Identitas=Identitas",
    "LBL_Loading=Memuat…",
    "LBL_Edit=Ubah data",
    "F_Registri=No. registri",
    "F_Nik=NIK",
    "F_Nama=Nama lengkap",
    "F_Alias=Alias",
    "F_Jk=Jenis kelamin",
    "F_Lahir=Tempat, tanggal lahir",
    "F_Ibu=Nama ibu kandung",
    "F_Alamat=Alamat",
    "F_Telepon=Telepon",
    "F_Disabilitas=Disabilitas",
    "F_Catatan=Catatan",
    "F_Kategori=Kategori PPKS",
    "F_Status=Status",
    "F_RiwayatNik=Riwayat NIK",
    "# {0} - year",
    "LBL_EstimatedBirth=perkiraan lahir tahun {0}",
    "# {0} - hotspot",
    "LBL_NoFixedAddress=Tanpa alamat tetap (terakhir terlihat: {0})",
    "# {0} - survivor id",
    "LBL_MergedInto=GANDA — digabung ke data lain. Buka data utama",
    "LBL_NoNik=(tanpa NIK)",
    "# {0} - from",
    "# {1} - until",
    "LBL_Period={0} s.d. {1}",
    "LBL_Now=sekarang",
    "# {0} - error",
    "LBL_LoadFailed=Gagal memuat: {0}"
})
public final class IdentityView implements ViewProvider<PersonRef> {

    @Override
    public Class<PersonRef> recordType() {
        return PersonRef.class;
    }

    @Override
    public String title() {
        return Bundle.TAB_Identitas();
    }

    @Override
    public int position() {
        return 100;
    }

    @Override
    public Node createView(PersonRef person) {
        VBox box = new VBox(10, new Label(Bundle.LBL_Loading()));
        box.setPadding(new Insets(12));
        UiExecutor ex = UiExecutor.standard();
        ex.background().execute(() -> {
            try {
                Optional<PersonDetail> d = PersonService.get().find(person.id());
                Optional<byte[]> photo = PersonService.get().photo(person.id());
                ReferenceData.get().kelurahan(); // loads the cached reference data here, so show() only reads memory
                ex.fx().execute(() -> d.ifPresent(detail -> show(box, detail, photo)));
            } catch (RuntimeException e) {
                ex.fx().execute(() -> box.getChildren().setAll(new Label(Bundle.LBL_LoadFailed(UserMessages.of(e)))));
            }
        });
        return new ScrollPane(box);
    }

    private static void show(VBox box, PersonDetail d, Optional<byte[]> photo) {
        PersonDraft p = d.draft();
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(6);
        int row = 0;
        row = line(g, row, Bundle.F_Registri(), d.summary().nomorRegistri());
        row = line(g, row, Bundle.F_Status(), d.summary().status());
        row = line(g, row, Bundle.F_Nik(), p.nik() == null ? Bundle.LBL_NoNik() : p.nik());
        row = line(g, row, Bundle.F_Nama(), p.nama());
        row = line(g, row, Bundle.F_Alias(), String.join(", ", p.aliases()));
        row = line(g, row, Bundle.F_Jk(), p.jenisKelamin() == null ? "" : p.jenisKelamin().label());
        String born = p.tanggalLahir() != null ? Formats.date(p.tanggalLahir())
                : p.tahunLahirPerkiraan() != null ? Bundle.LBL_EstimatedBirth(String.valueOf(p.tahunLahirPerkiraan())) : "";
        row = line(g, row, Bundle.F_Lahir(), (p.tempatLahir() == null ? "" : p.tempatLahir() + ", ") + born);
        row = line(g, row, Bundle.F_Ibu(), p.namaIbu());
        String address = p.tanpaAlamatTetap() ? Bundle.LBL_NoFixedAddress(p.lokasiTerakhir() == null ? "-" : p.lokasiTerakhir())
                : Addresses.format(p.alamatJalan(), p.rt(), p.rw(), p.kodeKelurahan());
        row = line(g, row, Bundle.F_Alamat(), address);
        row = line(g, row, Bundle.F_Telepon(), p.telepon());
        row = line(g, row, Bundle.F_Disabilitas(), p.disabilitas());
        StringBuilder cats = new StringBuilder();
        for (CategoryPeriod c : p.kategori()) {
            String name = ReferenceData.get().kategori(c.kode()).map(k -> k.label()).orElse(c.kode());
            cats.append(cats.length() == 0 ? "" : "\n").append(name).append(" — ")
                    .append(Bundle.LBL_Period(Formats.date(c.mulai()), c.selesai() == null ? Bundle.LBL_Now() : Formats.date(c.selesai())));
        }
        row = line(g, row, Bundle.F_Kategori(), cats.toString());
        row = line(g, row, Bundle.F_Catatan(), p.catatan());
        StringBuilder niks = new StringBuilder();
        for (NikChange n : d.nikHistory()) {
            niks.append(niks.length() == 0 ? "" : "\n").append(Formats.dateTime(n.waktu())).append(": ")
                    .append(n.nikLama() == null ? "-" : n.nikLama()).append(" → ").append(n.nikBaru() == null ? "-" : n.nikBaru())
                    .append(" (").append(n.alasan()).append(", ").append(n.oleh()).append(')');
        }
        line(g, row, Bundle.F_RiwayatNik(), niks.toString());

        Button edit = new Button(Bundle.LBL_Edit());
        edit.setOnAction(e -> RegistryWindows.openForm(d.summary().id()));
        edit.setDisable(!"AKTIF".equals(d.summary().status()));
        HBox actions = new HBox(8, edit);
        if (d.digabungKe() != null) {
            Button survivor = new Button(Bundle.LBL_MergedInto(d.digabungKe()));
            survivor.setOnAction(e -> RegistryWindows.openPerson(new PersonRef(d.digabungKe(), "", "")));
            actions.getChildren().add(survivor);
        }
        HBox body = new HBox(24, g);
        photo.ifPresent(bytes -> {
            ImageView img = new ImageView(new Image(new ByteArrayInputStream(bytes), 180, 240, true, true));
            body.getChildren().add(img);
        });
        box.getChildren().setAll(actions, body);
    }

    private static int line(GridPane g, int row, String label, String value) {
        Label l = new Label(label);
        l.getStyleClass().add("field-label");
        Label v = new Label(value == null ? "" : value);
        v.setWrapText(true);
        g.addRow(row, l, v);
        return row + 1;
    }
}
