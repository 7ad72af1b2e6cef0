package id.pilar.cases.api;

import java.util.Optional;
import org.openide.util.NbBundle.Messages;

/** How a case came to the office. The import spells them {@link #word()}. */
@Messages({
    "SRC_PENJANGKAUAN=Penjangkauan", "SRC_LAPORAN=Laporan sosial", "SRC_DATANG_LANGSUNG=Datang langsung",
    "SRC_RUJUKAN=Rujukan dari lembaga lain", "SRC_HOTLINE=Hotline"
})
public enum CaseSource {
    PENJANGKAUAN("penjangkauan"), LAPORAN("laporan"), DATANG_LANGSUNG("datang langsung"), RUJUKAN("rujukan"), HOTLINE("hotline");

    private final String word;

    CaseSource(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public String label() {
        return switch (this) {
            case PENJANGKAUAN -> Bundle.SRC_PENJANGKAUAN();
            case LAPORAN -> Bundle.SRC_LAPORAN();
            case DATANG_LANGSUNG -> Bundle.SRC_DATANG_LANGSUNG();
            case RUJUKAN -> Bundle.SRC_RUJUKAN();
            case HOTLINE -> Bundle.SRC_HOTLINE();
        };
    }

    public static Optional<CaseSource> byWord(String text) {
        String t = Words.key(text);
        for (CaseSource s : values()) {
            if (s.word.equals(t) || Words.key(s.name()).equals(t)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
