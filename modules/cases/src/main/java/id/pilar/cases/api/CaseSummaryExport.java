package id.pilar.cases.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.openide.util.Lookup;

/** The printable case summary (PDF, Indonesian): identity, history, assessment, plan, services, referrals, notes as chosen. */
public interface CaseSummaryExport {

    /** The parts a user may leave out; identity and the case header are always printed. */
    enum Part { RIWAYAT, ASESMEN, RENCANA, LAYANAN, RUJUKAN, CATATAN }

    /** Writes the summary to {@code file} (whole or nothing: written beside it, then moved into place). */
    void write(String caseId, Set<Part> parts, Path file) throws IOException;

    static Set<Part> everything() {
        return EnumSet.allOf(Part.class);
    }

    static CaseSummaryExport get() {
        return Lookup.getDefault().lookup(CaseSummaryExport.class);
    }
}
