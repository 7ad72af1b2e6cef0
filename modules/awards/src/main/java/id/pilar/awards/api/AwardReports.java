package id.pilar.awards.api;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.openide.util.Lookup;

/** Reports on awards and nominations, and their files. */
public interface AwardReports {

    /** Conferred awards counted per year, award type, pillar type and kecamatan, between two dates. */
    AwardTable awardsPerYear(LocalDate from, LocalDate to);

    /** Nominations still waiting for a step, with how many days each has waited on {@code today}. */
    AwardTable pendingNominations(LocalDate today);

    /** An eligibility list as a table with the columns nik, nama, layak, alasan, tingkat, jenis_pilar, kecamatan. */
    AwardTable eligibilityTable(String typeCode, LocalDate asOf, List<Judgement> judgements);

    /** XLSX (personal data: supervisors). */
    void exportXlsx(AwardTable table, Path file) throws IOException;

    /** PDF for printing. */
    void exportPdf(AwardTable table, Path file) throws IOException;

    /** {@code ;}-separated UTF-8 CSV with a header line (personal data: supervisors). */
    void exportCsv(AwardTable table, Path file) throws IOException;

    static AwardReports get() {
        return Lookup.getDefault().lookup(AwardReports.class);
    }
}
