package id.pilar.cases.api;

import java.util.EnumSet;
import java.util.Set;
import org.openide.util.NbBundle.Messages;

/**
 * The lifecycle of a case. {@link #next()} is the whole state machine: any other step is refused.
 * Closing is not a step a worker takes alone: a closure request waits for a supervisor, whose
 * approval makes the step to {@link #DITUTUP}.
 */
@Messages({
    "ST_BARU=Baru", "ST_ASESMEN=Asesmen", "ST_RENCANA=Rencana Intervensi", "ST_LAYANAN=Layanan",
    "ST_PEMANTAUAN=Pemantauan", "ST_DITUTUP=Ditutup", "ST_DIBUKA_KEMBALI=Dibuka Kembali"
})
public enum CaseStatus {
    BARU, ASESMEN, RENCANA, LAYANAN, PEMANTAUAN, DITUTUP, DIBUKA_KEMBALI;

    /** The steps a worker may take from this state (closure excluded: it needs an approval). */
    public Set<CaseStatus> next() {
        return switch (this) {
            case BARU -> EnumSet.of(ASESMEN);
            case ASESMEN -> EnumSet.of(RENCANA);
            case RENCANA -> EnumSet.of(LAYANAN, ASESMEN);
            case LAYANAN -> EnumSet.of(PEMANTAUAN, RENCANA);
            case PEMANTAUAN -> EnumSet.of(LAYANAN, RENCANA);
            case DITUTUP -> EnumSet.of(DIBUKA_KEMBALI);
            case DIBUKA_KEMBALI -> EnumSet.of(ASESMEN, RENCANA, LAYANAN, PEMANTAUAN);
        };
    }

    public boolean open() {
        return this != DITUTUP;
    }

    public String label() {
        return switch (this) {
            case BARU -> Bundle.ST_BARU();
            case ASESMEN -> Bundle.ST_ASESMEN();
            case RENCANA -> Bundle.ST_RENCANA();
            case LAYANAN -> Bundle.ST_LAYANAN();
            case PEMANTAUAN -> Bundle.ST_PEMANTAUAN();
            case DITUTUP -> Bundle.ST_DITUTUP();
            case DIBUKA_KEMBALI -> Bundle.ST_DIBUKA_KEMBALI();
        };
    }

    /** By its Indonesian name as the import and old lists spell it ("Rencana Intervensi", "dibuka kembali"). */
    public static java.util.Optional<CaseStatus> byName(String text) {
        String t = Words.key(text);
        for (CaseStatus s : values()) {
            if (Words.key(s.label()).equals(t) || Words.key(s.name()).equals(t)
                    || Words.key(Words.indonesian(s)).equals(t)) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }
}
