package id.pilar.registry.ui;

import id.pilar.registry.api.DuplicateService;
import id.pilar.registry.api.MergeField;
import id.pilar.registry.api.PersonDraft;
import id.pilar.registry.api.PersonService;
import id.pilar.ui.api.BackgroundWork;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.FxTopComponent;
import id.pilar.ui.api.UiExecutor;
import javafx.scene.Parent;
import org.netbeans.api.settings.ConvertAsProperties;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;

/**
 * The duplicate review queue: pick a pair, choose each field from A (kept record) or B, merge
 * after a confirmation; or mark them as different people. Recent merges can be undone. "Pindai"
 * runs the full scan. The content is {@link DuplicateReviewView}.
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

    public DuplicateReviewTopComponent() {
        setName(Bundle.CTL_DuplicateReviewTopComponent());
    }

    @Override
    protected Parent createContent() {
        // JavaFX controls are made here, on the FX thread, not in the constructor (EDT).
        return new DuplicateReviewView(DuplicateService.get(), PersonService.get(), UiExecutor.standard(),
                (job, done, failed) -> BackgroundWork.submit(Bundle.LBL_Scanning(), p -> job.apply(p::cancelled), done, failed::accept))
                .node();
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

    static String label(MergeField f) {
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
