package id.pilar.cases.api;

import java.util.Optional;
import org.openide.util.NbBundle.Messages;

/** Why a case was closed. {@link #LAINNYA} needs a description. */
@Messages({
    "CR_SELESAI=Selesai (tujuan tercapai)", "CR_DIRUJUK=Dirujuk ke lembaga lain",
    "CR_DIPULANGKAN=Dipulangkan ke keluarga/daerah asal", "CR_MENINGGAL=Meninggal",
    "CR_HILANG_KONTAK=Hilang kontak", "CR_LAINNYA=Lainnya"
})
public enum ClosureReason {
    SELESAI("selesai"), DIRUJUK("dirujuk"), DIPULANGKAN("dipulangkan"), MENINGGAL("meninggal"),
    HILANG_KONTAK("hilang kontak"), LAINNYA("lainnya");

    private final String firstWords;

    ClosureReason(String firstWords) {
        this.firstWords = firstWords;
    }

    public String label() {
        return switch (this) {
            case SELESAI -> Bundle.CR_SELESAI();
            case DIRUJUK -> Bundle.CR_DIRUJUK();
            case DIPULANGKAN -> Bundle.CR_DIPULANGKAN();
            case MENINGGAL -> Bundle.CR_MENINGGAL();
            case HILANG_KONTAK -> Bundle.CR_HILANG_KONTAK();
            case LAINNYA -> Bundle.CR_LAINNYA();
        };
    }

    /** By the first words of an old list's text: "dipulangkan ke daerah asal" is DIPULANGKAN. */
    public static Optional<ClosureReason> byFirstWords(String text) {
        String t = Words.key(text);
        for (ClosureReason r : values()) {
            if (t.equals(r.firstWords) || t.startsWith(r.firstWords + " ") || t.equals(Words.key(r.name()))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
