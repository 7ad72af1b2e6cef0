package id.pilar.rosters.ui;

import id.pilar.core.api.identity.Sex;
import id.pilar.core.api.reference.Kecamatan;
import id.pilar.core.api.reference.Kelurahan;
import id.pilar.rosters.api.Member;
import id.pilar.rosters.api.MemberCheck;
import id.pilar.rosters.api.MemberDraft;
import id.pilar.rosters.api.TaganaRank;
import id.pilar.ui.api.FormValidation;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.openide.util.NbBundle.Messages;

/** The member's identity and type-specific fields (Tagana, TKSK, PSM), and their warnings. */
@Messages({
    "LBL_Nik=NIK", "LBL_FullName=Nama lengkap", "LBL_Sex=Jenis kelamin", "LBL_BirthDate=Tanggal lahir",
    "LBL_Phone=Telepon", "LBL_Residence=Kelurahan domisili",
    "LBL_Tagana=Tagana", "LBL_TaganaNumber=Nomor anggota Tagana", "LBL_TaganaRank=Tingkatan",
    "LBL_Tksk=TKSK", "LBL_TkskKecamatan=Kecamatan tugas", "LBL_TkskSk=Nomor SK", "LBL_TkskFrom=SK berlaku mulai",
    "LBL_TkskUntil=SK berlaku sampai",
    "LBL_Psm=PSM", "LBL_PsmKelurahan=Kelurahan tugas PSM"
})
final class MemberForm {

    final TextField nik = new TextField();
    final TextField name = new TextField();
    final ComboBox<Sex> sex = new ComboBox<>();
    final DatePicker birth = Fx.datePicker();
    final TextField phone = new TextField();
    final ComboBox<Kelurahan> kelurahan = new ComboBox<>();
    final TextField taganaNumber = new TextField();
    final ComboBox<TaganaRank> rank = new ComboBox<>();
    final ComboBox<Kecamatan> tkskKecamatan = new ComboBox<>();
    final TextField tkskSk = new TextField();
    final DatePicker tkskFrom = Fx.datePicker();
    final DatePicker tkskUntil = Fx.datePicker();
    final ComboBox<Kelurahan> psmKelurahan = new ComboBox<>();
    final FormValidation validation = new FormValidation();
    final Label warnings = new Label();
    final VBox root;

    MemberForm() {
        sex.getItems().setAll(Sex.values());
        Fx.labels(sex, Sex::label);
        rank.getItems().add(null);
        rank.getItems().addAll(TaganaRank.values());
        Fx.labels(rank, r -> r == null ? "—" : r.label());
        Fx.labels(kelurahan, k -> k == null ? "—" : k.toString());
        Fx.labels(psmKelurahan, k -> k == null ? "—" : k.toString());
        Fx.labels(tkskKecamatan, k -> k == null ? "—" : k.nama());
        GridPane id = Fx.form();
        Label nikMsg = new Label();
        Label nameMsg = new Label();
        Label phoneMsg = new Label();
        Fx.row(id, Bundle.LBL_Nik(), nik);
        id.add(nikMsg, 1, id.getRowCount());
        Fx.row(id, Bundle.LBL_FullName(), name);
        id.add(nameMsg, 1, id.getRowCount());
        Fx.row(id, Bundle.LBL_Sex(), sex);
        Fx.row(id, Bundle.LBL_BirthDate(), birth);
        Fx.row(id, Bundle.LBL_Phone(), phone);
        id.add(phoneMsg, 1, id.getRowCount());
        Fx.row(id, Bundle.LBL_Residence(), kelurahan);
        validation.bind(nik, nikMsg);
        validation.bind(name, nameMsg);
        validation.bind(phone, phoneMsg);
        GridPane tagana = Fx.form();
        Fx.row(tagana, Bundle.LBL_TaganaNumber(), taganaNumber);
        Fx.row(tagana, Bundle.LBL_TaganaRank(), rank);
        GridPane tksk = Fx.form();
        Fx.row(tksk, Bundle.LBL_TkskKecamatan(), tkskKecamatan);
        Fx.row(tksk, Bundle.LBL_TkskSk(), tkskSk);
        Fx.row(tksk, Bundle.LBL_TkskFrom(), tkskFrom);
        Fx.row(tksk, Bundle.LBL_TkskUntil(), tkskUntil);
        GridPane psm = Fx.form();
        Fx.row(psm, Bundle.LBL_PsmKelurahan(), psmKelurahan);
        warnings.setWrapText(true);
        warnings.getStyleClass().add("field-warning");
        warnings.visibleProperty().bind(warnings.textProperty().isNotEmpty());
        warnings.managedProperty().bind(warnings.visibleProperty());
        root = new VBox(6, id, new TitledPane(Bundle.LBL_Tagana(), tagana), new TitledPane(Bundle.LBL_Tksk(), tksk),
                new TitledPane(Bundle.LBL_Psm(), psm), warnings);
    }

    void choices(Choices c) {
        kelurahan.getItems().setAll(c.kelurahan());
        kelurahan.getItems().add(0, null);
        psmKelurahan.getItems().setAll(c.kelurahan());
        psmKelurahan.getItems().add(0, null);
        tkskKecamatan.getItems().setAll(c.kecamatan());
        tkskKecamatan.getItems().add(0, null);
    }

    void show(Member m) {
        validation.clear();
        warnings.setText("");
        nik.setText(m == null ? "" : m.nik());
        name.setText(m == null ? "" : m.fullName());
        sex.setValue(m == null ? null : m.sex());
        birth.setValue(m == null ? null : m.birthDate());
        phone.setText(m == null || m.phone() == null ? "" : id.pilar.core.api.identity.PhoneNumbers.display(m.phone()));
        kelurahan.setValue(m == null ? null : find(kelurahan, m.kelurahanKode()));
        taganaNumber.setText(m == null ? "" : Fx.nz(m.taganaNumber()));
        rank.setValue(m == null ? null : m.taganaRank());
        tkskKecamatan.setValue(m == null ? null : tkskKecamatan.getItems().stream()
                .filter(k -> k != null && k.kode().equals(m.tkskKecamatanKode())).findFirst().orElse(null));
        tkskSk.setText(m == null ? "" : Fx.nz(m.tkskSkNumber()));
        tkskFrom.setValue(m == null ? null : m.tkskSkValidFrom());
        tkskUntil.setValue(m == null ? null : m.tkskSkValidUntil());
        psmKelurahan.setValue(m == null ? null : find(psmKelurahan, m.psmKelurahanKode()));
    }

    private static Kelurahan find(ComboBox<Kelurahan> box, String kode) {
        return box.getItems().stream().filter(k -> k != null && k.kode().equals(kode)).findFirst().orElse(null);
    }

    MemberDraft draft() {
        return new MemberDraft(nik.getText(), name.getText(), sex.getValue(), birth.getValue(), phone.getText(),
                kelurahan.getValue() == null ? null : kelurahan.getValue().kode(), taganaNumber.getText(), rank.getValue(),
                tkskKecamatan.getValue() == null ? null : tkskKecamatan.getValue().kode(), tkskSk.getText(), tkskFrom.getValue(),
                tkskUntil.getValue(), psmKelurahan.getValue() == null ? null : psmKelurahan.getValue().kode());
    }

    /** Puts each problem on its field where it belongs; the rest in the warning line. */
    void showCheck(MemberCheck c) {
        validation.clear();
        StringBuilder rest = new StringBuilder();
        for (String e : c.errors()) {
            if (e.contains("NIK")) {
                validation.error(nik, e);
            } else if (e.startsWith("Nama")) {
                validation.error(name, e);
            } else if (e.contains("telepon")) {
                validation.error(phone, e);
            } else {
                rest.append("✖ ").append(e).append('\n');
            }
        }
        c.warnings().forEach(w -> rest.append("⚠ ").append(w).append('\n'));
        warnings.setText(rest.toString().trim());
        validation.focusFirstError();
    }
}
