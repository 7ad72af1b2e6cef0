package id.pilar.awards.api;

import org.openide.util.NbBundle.Messages;

/** Where a nomination stands on its route. */
@Messages({
    "STATE_DRAFT=Draf", "STATE_DIUSULKAN=Diusulkan", "STATE_DIVERIFIKASI=Diverifikasi", "STATE_DITERUSKAN=Diteruskan",
    "STATE_DISETUJUI=Disetujui", "STATE_DITOLAK=Ditolak", "STATE_DIANUGERAHKAN=Dianugerahkan"
})
public enum NominationState {
    DRAFT, DIUSULKAN, DIVERIFIKASI, DITERUSKAN, DISETUJUI, DITOLAK, DIANUGERAHKAN;

    public String label() {
        return switch (this) {
            case DRAFT -> Bundle.STATE_DRAFT();
            case DIUSULKAN -> Bundle.STATE_DIUSULKAN();
            case DIVERIFIKASI -> Bundle.STATE_DIVERIFIKASI();
            case DITERUSKAN -> Bundle.STATE_DITERUSKAN();
            case DISETUJUI -> Bundle.STATE_DISETUJUI();
            case DITOLAK -> Bundle.STATE_DITOLAK();
            case DIANUGERAHKAN -> Bundle.STATE_DIANUGERAHKAN();
        };
    }

    /** Still waiting for someone's step (not decided and not finished). */
    public boolean pending() {
        return this == DIUSULKAN || this == DIVERIFIKASI || this == DITERUSKAN || this == DISETUJUI;
    }
}
