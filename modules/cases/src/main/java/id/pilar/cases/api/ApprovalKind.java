package id.pilar.cases.api;

import org.openide.util.NbBundle.Messages;

/** What a supervisor is asked to decide. */
@Messages({"AP_RENCANA=Rencana intervensi", "AP_PENUTUPAN=Penutupan kasus", "AP_RUJUKAN_PENUH=Rujukan ke lembaga penuh"})
public enum ApprovalKind {
    RENCANA, PENUTUPAN, RUJUKAN_PENUH;

    public String label() {
        return switch (this) {
            case RENCANA -> Bundle.AP_RENCANA();
            case PENUTUPAN -> Bundle.AP_PENUTUPAN();
            case RUJUKAN_PENUH -> Bundle.AP_RUJUKAN_PENUH();
        };
    }
}
