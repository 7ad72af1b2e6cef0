package id.pilar.rosters.api;

import java.nio.file.Path;
import java.time.LocalDate;
import org.openide.util.Lookup;

/** The rosters' reports, and their export to PDF and XLSX. */
public interface RosterReports {

    /** Service hours (after corrections) and deployments per member in the period. */
    ReportTable hoursByMember(ReportPeriod period);

    ReportTable hoursByOrganisation(ReportPeriod period);

    /** Hours per PSKS category (Tagana, TKSK, …). */
    ReportTable hoursByPillarType(ReportPeriod period);

    /** Deployments per member by duty kind. */
    ReportTable deploymentsPerMember(ReportPeriod period);

    /** The start page's figures as of {@code today} (needs {@link RostersPermissions#READ}). */
    RostersOverview overview(LocalDate today);

    /** Members with a membership valid on {@code date}, per kecamatan and kelurahan of residence. */
    ReportTable membersPerWilayah(LocalDate date);

    /** Years of continuous membership per member as of {@code date}, longest first. */
    ReportTable continuousService(LocalDate date);

    /** The week or month roster as a printable table. */
    ReportTable roster(LocalDate from, LocalDate to);

    /** Writes a report as a PDF (landscape A4, repeated header row): printing, allowed with {@link RostersPermissions#REPORT}. */
    void exportPdf(ReportTable table, Path file) throws java.io.IOException;

    /** Writes a report as an XLSX workbook (one sheet, numbers as numbers); needs {@link RostersPermissions#REPORT_EXPORT}. */
    void exportXlsx(ReportTable table, Path file) throws java.io.IOException;

    static RosterReports get() {
        return Lookup.getDefault().lookup(RosterReports.class);
    }
}
