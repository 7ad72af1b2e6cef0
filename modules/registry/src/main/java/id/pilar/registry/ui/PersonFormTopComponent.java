package id.pilar.registry.ui;

import id.pilar.registry.api.DuplicateService;
import id.pilar.registry.api.PersonService;
import id.pilar.registry.api.PersonSummary;
import id.pilar.ui.api.FxTopComponent;
import id.pilar.ui.api.UiExecutor;
import javafx.scene.Parent;
import javax.swing.SwingUtilities;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;

/** The person form's window (new or edit); the form itself is {@link PersonForm}. */
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

    @Override
    protected Parent createContent() {
        // the base class calls this on the FX thread once the window opens, after construction
        PersonForm form = new PersonForm(personId, PersonService.get(), DuplicateService.get(), UiExecutor.standard(), new PersonForm.Host() {
            @Override
            public void saved(PersonSummary person, byte[] photo, String photoMime) {
                if (photo != null) {
                    UiExecutor.standard().background().execute(() -> PersonService.get().setPhoto(person.id(), photoMime, photo));
                }
                // The person's window opens in front of the others and only then this form goes:
                // closing first let the window system activate whatever was behind the form.
                SwingUtilities.invokeLater(() -> {
                    TopComponent shown = RegistryWindows.showPerson(person.ref());
                    PersonFormTopComponent.this.close();
                    shown.requestActive();
                });
            }

            @Override
            public void close() {
                SwingUtilities.invokeLater(PersonFormTopComponent.this::close);
            }

            @Override
            public void openPerson(PersonSummary person) {
                RegistryWindows.openPerson(person.ref());
            }

            @Override
            public void editing(String name) {
                SwingUtilities.invokeLater(() -> setName(Bundle.CTL_PersonFormEdit(name)));
            }
        });
        return form.build();
    }
}
