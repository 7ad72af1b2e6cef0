package id.pilar.rosters.api;

import org.openide.util.NbBundle;
import org.openide.util.NbBundle.Messages;

/** Kinds of duty events; the labels are in the bundle ({@code DUTY_<name>}). */
@Messages({
    "DUTY_APEL=Apel",
    "DUTY_PATROLI=Patroli/penjangkauan",
    "DUTY_SIAGA_BENCANA=Siaga bencana",
    "DUTY_PELATIHAN=Pelatihan",
    "DUTY_UPACARA=Upacara/penghargaan",
    "DUTY_LAINNYA=Lainnya"
})
public enum DutyKind {
    APEL("Apel"),
    PATROLI("Patroli/penjangkauan"),
    SIAGA_BENCANA("Siaga bencana"),
    PELATIHAN("Pelatihan"),
    UPACARA("Upacara/penghargaan"),
    LAINNYA("Lainnya");

    private final String label;

    DutyKind(String label) {
        this.label = label;
    }

    /** The label in the user's language; the Indonesian one is {@link #indonesianLabel()}. */
    public String label() {
        return NbBundle.getMessage(DutyKind.class, "DUTY_" + name());
    }

    /** The Indonesian label as given in the constructor (for matching typed or imported text). */
    public String indonesianLabel() {
        return label;
    }
}
