package id.pilar.registry.ui;

import id.pilar.registry.api.DtsenStatus;
import id.pilar.registry.api.Programme;
import id.pilar.ui.api.Formats;
import java.util.ArrayList;
import java.util.List;
import org.openide.util.NbBundle.Messages;

/** How a DTSEN status reads in the person window. */
@Messages({
    "# {0} - decile",
    "# {1} - programmes",
    "# {2} - import date",
    "DTSEN_Registered=Terdaftar DTSEN — desil {0}{1} (impor {2})",
    "DTSEN_NotRegistered=Tidak terdaftar",
    "DTSEN_NoDecile=tanpa desil",
    "# {0} - programmes",
    "DTSEN_Eligible=Menurut desilnya memenuhi syarat: {0} (informasi)",
    "DTSEN_EligibleNone=Menurut desilnya tidak termasuk sasaran PKH, Sembako, atau PBI-JK (informasi)"
})
public final class DtsenText {

    private DtsenText() {
    }

    /** "Terdaftar DTSEN — desil 3, PKH, PBI-JK (impor 12/05/2026)" or "Tidak terdaftar". */
    public static String summary(DtsenStatus s) {
        if (!s.registered()) {
            return Bundle.DTSEN_NotRegistered();
        }
        List<String> programmes = new ArrayList<>();
        if (s.pkh()) {
            programmes.add("PKH");
        }
        if (s.bpnt()) {
            programmes.add("Sembako");
        }
        if (s.pbiJk()) {
            programmes.add("PBI-JK");
        }
        String list = programmes.isEmpty() ? "" : ", " + String.join(", ", programmes);
        return Bundle.DTSEN_Registered(s.desil() == null ? Bundle.DTSEN_NoDecile() : String.valueOf(s.desil()), list,
                Formats.date(s.tanggalImpor()));
    }

    /** Which programmes the decile qualifies for; null when not registered. */
    public static String eligibility(DtsenStatus s) {
        if (!s.registered()) {
            return null;
        }
        List<Programme> p = s.eligible();
        return p.isEmpty() ? Bundle.DTSEN_EligibleNone()
                : Bundle.DTSEN_Eligible(String.join(", ", p.stream().map(Programme::label).toList()));
    }
}
