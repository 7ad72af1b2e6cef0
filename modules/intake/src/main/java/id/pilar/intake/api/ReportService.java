package id.pilar.intake.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openide.util.Lookup;

/**
 * Social reports and their triage. Every call is one transaction. Triage carries the
 * {@code version} of the report the user saw: when two users triage the same report at once the
 * first wins and the other gets a {@code ConcurrentChangeException} (nothing written).
 */
public interface ReportService {

    /** Records a report and gives it its number ({@code LS-2026-000123}). */
    default Report record(ReportDraft draft) {
        return record(draft, List.of());
    }

    /**
     * Records a report with its attachments in one transaction: a refused file (type, size, name
     * that does not fit the content) leaves no report behind.
     */
    Report record(ReportDraft draft, List<ReportAttachment.NewFile> lampiran);

    /** Adds a file to a report already recorded (a photo sent after the call). */
    ReportAttachment addAttachment(String reportId, ReportAttachment.NewFile file);

    List<ReportAttachment> attachments(String reportId);

    /** The content of an attachment, checked against its stored SHA-256. */
    byte[] attachmentContent(String attachmentId);

    Optional<Report> find(String reportId);

    /** The inbox, newest first. */
    List<Report> list(ReportFilter filter);

    List<Hotspot> hotspots();

    /** Adds a named place; its name must be new (any case). */
    Hotspot addHotspot(String nama, String kodeKelurahan, Double lintang, Double bujur);

    /** Triage: the report concerns an existing registry person and/or case. */
    Report linkExisting(String reportId, int version, String personId, String caseId);

    /** Triage: opens a case via the cases api, pre-filled from the report, for a registry person. */
    Report openCase(String reportId, int version, String personId);

    /** Triage: the same situation was reported already. */
    Report markDuplicate(String reportId, int version, String originalReportId);

    /** Triage: closes without action; the reason is required. */
    Report closeNoAction(String reportId, int version, String alasan);

    /** The first response in the field (e.g. an outreach team went there). */
    Report recordResponse(String reportId, int version, Instant waktu);

    Targets targets();

    /** Supervisor: hours allowed from receipt to triage and to the first response. */
    Targets setTargets(Targets targets);

    /** Counts for the start page and the inbox header. */
    Overview overview();

    static ReportService get() {
        return Lookup.getDefault().lookup(ReportService.class);
    }

    /** Inbox filters; null means any. {@code teks} matches number, place and description. */
    record ReportFilter(ReportStatus status, String hotspotId, String kodeKelurahan, String kategoriKode, Channel kanal,
            boolean terlambat, String teks, int limit) {
        public static ReportFilter all(int limit) {
            return new ReportFilter(null, null, null, null, null, false, null, limit);
        }
    }

    record Targets(int jamTriase, int jamRespons) {
    }

    /** @param terlambat new reports past the triage target */
    record Overview(int baru, int terlambat, int mingguIni) {
    }
}
