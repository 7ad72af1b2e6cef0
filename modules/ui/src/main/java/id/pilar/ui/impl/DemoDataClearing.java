package id.pilar.ui.impl;

import id.pilar.core.api.demo.DemoData;
import id.pilar.ui.api.BackgroundWork;
import id.pilar.ui.api.DataChanges;
import java.nio.file.Path;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.util.NbBundle.Messages;

/** "Hapus data contoh": after a clear warning, empties the demo database (accounts and settings stay). */
@Messages({
    "TTL_ClearDemo=Hapus data contoh",
    "MSG_ClearDemoConfirm=Semua data orang, keluarga, DTSEN, pilar sosial dan persetujuan di basis data ini akan dihapus,\ntermasuk data yang dimasukkan sesudah data contoh dimuat.\nAkun pengguna, pengaturan dan data wilayah tetap. Salinan basis data disimpan dahulu di folder cadangan.\n\nHapus data contoh sekarang?",
    "BTN_ClearDemoYes=Ya, hapus",
    "BTN_ClearDemoNo=Batal",
    "LBL_ClearingDemo=Menghapus data contoh",
    "# {0} - copy file",
    "MSG_DemoCleared=Data contoh telah dihapus. Salinan sebelumnya: {0}",
    "MSG_DemoClearedNoCopy=Data contoh telah dihapus."
})
final class DemoDataClearing {

    private DemoDataClearing() {
    }

    /** On the EDT: asks (default "Batal"), then clears in the background. */
    static void ask() {
        Object yes = Bundle.BTN_ClearDemoYes();
        Object no = Bundle.BTN_ClearDemoNo();
        NotifyDescriptor q = new NotifyDescriptor(Bundle.MSG_ClearDemoConfirm(), Bundle.TTL_ClearDemo(),
                NotifyDescriptor.DEFAULT_OPTION, NotifyDescriptor.WARNING_MESSAGE, new Object[] {yes, no}, no);
        if (DialogDisplayer.getDefault().notify(q) != yes) {
            return;
        }
        BackgroundWork.submit(Bundle.LBL_ClearingDemo(), p -> DemoData.get().clear(), (Path copy) -> {
            DataChanges.fire();
            DialogDisplayer.getDefault().notifyLater(new NotifyDescriptor.Message(copy == null
                    ? Bundle.MSG_DemoClearedNoCopy() : Bundle.MSG_DemoCleared(copy.getFileName())));
        }, null);
    }
}
