package id.pilar.cases.impl;

import id.pilar.cases.api.ApprovalService.Decision;
import id.pilar.cases.api.PlanService.PlanStatus;
import org.openide.util.NbBundle.Messages;

/** Labels of plan and decision states. */
@Messages({
    "PS_DRAF=draf", "PS_DIAJUKAN=diajukan", "PS_DISETUJUI=disetujui", "PS_DITOLAK=ditolak", "PS_DIGANTI=diganti revisi baru",
    "DC_MENUNGGU=menunggu", "DC_DISETUJUI=disetujui", "DC_DITOLAK=ditolak"
})
public final class Plans {

    private Plans() {
    }

    public static String label(String status) {
        return switch (PlanStatus.valueOf(status)) {
            case DRAF -> Bundle.PS_DRAF();
            case DIAJUKAN -> Bundle.PS_DIAJUKAN();
            case DISETUJUI -> Bundle.PS_DISETUJUI();
            case DITOLAK -> Bundle.PS_DITOLAK();
            case DIGANTI -> Bundle.PS_DIGANTI();
        };
    }

    public static String decision(String status) {
        return switch (Decision.valueOf(status)) {
            case MENUNGGU -> Bundle.DC_MENUNGGU();
            case DISETUJUI -> Bundle.DC_DISETUJUI();
            case DITOLAK -> Bundle.DC_DITOLAK();
        };
    }
}
