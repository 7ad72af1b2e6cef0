package id.pilar.cases.api;

import id.pilar.registry.api.PersonRef;
import id.pilar.registry.api.Programme;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openide.util.Lookup;

/**
 * Case work: open a case for registry persons, walk it through its lifecycle, record the
 * assessment, the plan, services, notes and tasks, ask a supervisor for the plan and the closure.
 * Every call is one transaction; changes of a case carry the {@code version} the user saw
 * (optimistic locking: a stale version is a {@code ConcurrentChangeException}, nothing written).
 */
public interface CaseService {

    /** Opens a case and gives it its number ({@code JP-2026-000123}). */
    CaseDetail open(CaseDraft draft);

    Optional<CaseDetail> find(String caseId);

    /** By its number or by its old number from an imported list. */
    Optional<CaseDetail> findByNumber(String nomor);

    /** One page of the case list, newest first; {@link CaseFilter#limit()} rows at most. */
    List<CaseSummary> list(CaseFilter filter);

    /** Cases of one registry person (the person window's "Kasus" tab). */
    List<CaseSummary> forPerson(String personId);

    /** Takes an allowed lifecycle step (never the closure: see {@link #requestClosure}). */
    CaseDetail transition(String caseId, int version, CaseStatus to, String alasan);

    /** Asks a supervisor to close the case. */
    CaseDetail requestClosure(String caseId, int version, ClosureReason reason, String keterangan, LocalDate tanggalTutup);

    /** Reopens a closed case; the reason is required. */
    CaseDetail reopen(String caseId, int version, String alasan);

    /** Hands the case to another social worker (username). */
    CaseDetail assign(String caseId, int version, String pekerja);

    /** Everything that happened, oldest first. */
    List<TimelineEntry> timeline(String caseId);

    /**
     * The timeline with the services, notes and tasks it is made of, each table read once in one
     * transaction (the case window and the summary show all four).
     */
    Activity activity(String caseId);

    ServiceRecord addService(String caseId, ServiceKind jenis, LocalDate tanggal, String penyedia, String hasil);

    List<ServiceRecord> services(String caseId);

    /** @param kesehatan the note holds health data (masked like health data) */
    Note addNote(String caseId, String teks, boolean kesehatan);

    /** A correction: a new note; the original stays, marked as corrected. */
    Note correctNote(String noteId, String teks);

    /** Notes, masked for users without {@code sensitive.case-notes.view} (or health). */
    List<Note> notes(String caseId);

    Task addTask(String caseId, String judul, LocalDate tenggat, String pemilik);

    Task completeTask(String taskId);

    List<Task> tasks(String caseId);

    /** Open tasks of the acting user, soonest due first ("Tugas saya"). */
    List<Task> myTasks();

    /** Open tasks past their due date, every case. */
    List<Task> overdueTasks();

    /** Open cases per worker, for supervisors. */
    List<WorkerLoad> caseLoad();

    /** Counts for the start page. */
    Overview overview();

    /** The office prefix of new case numbers (a setting). */
    String officePrefix();

    void setOfficePrefix(String prefix);

    static CaseService get() {
        return Lookup.getDefault().lookup(CaseService.class);
    }

    /**
     * What a worker enters to open a case.
     *
     * @param personIds   registry persons, the main client first (at least one)
     * @param householdId the client household, or null
     * @param pekerja     username of the assigned social worker; null for the acting user
     */
    record CaseDraft(List<String> personIds, String householdId, CaseSource sumber, String kategoriKode, RiskLevel risiko,
            String pekerja, LocalDate tanggalBuka, String kodeKelurahan, String ringkasan) {
        public CaseDraft {
            personIds = personIds == null ? List.of() : List.copyOf(personIds);
        }
    }

    /** One line of the case list. {@code menunggu}: the approval it waits for, or null. */
    record CaseSummary(String id, String nomor, String nomorLama, CaseStatus status, CaseSource sumber, String kategoriKode,
            RiskLevel risiko, String pekerja, LocalDate tanggalBuka, String kodeKelurahan, String klien, ApprovalKind menunggu,
            boolean terlambat) {
    }

    /** The case window's header and what it may do next. */
    record CaseDetail(CaseSummary summary, int version, List<PersonRef> klien, String householdId, String ringkasan,
            LocalDate tanggalTutup, ClosureReason alasanTutup, String keteranganTutup, List<CaseStatus> langkah) {
        public CaseDetail {
            klien = List.copyOf(klien);
            langkah = List.copyOf(langkah);
        }

        public String id() {
            return summary.id();
        }

        public String nomor() {
            return summary.nomor();
        }

        public CaseStatus status() {
            return summary.status();
        }
    }

    /**
     * The case list's filters; null means any. {@code teks} matches number, old number or client name.
     */
    record CaseFilter(CaseStatus status, String pekerja, String kodeKelurahan, String kategoriKode, boolean terlambat,
            CaseSource sumber, String teks, int limit) {
        public static CaseFilter all(int limit) {
            return new CaseFilter(null, null, null, null, false, null, null, limit);
        }
    }

    /** @param jenis e.g. {@code STATUS}, {@code CATATAN}, {@code LAYANAN}; {@code isi} masked where the user may not see it */
    record TimelineEntry(Instant waktu, String jenis, String judul, String isi, String oleh) {
    }

    /** What {@link #activity} returns: the same lists as {@link #timeline}, {@link #services}, {@link #notes}, {@link #tasks}. */
    record Activity(List<TimelineEntry> timeline, List<ServiceRecord> services, List<Note> notes, List<Task> tasks) {
        public Activity {
            timeline = List.copyOf(timeline);
            services = List.copyOf(services);
            notes = List.copyOf(notes);
            tasks = List.copyOf(tasks);
        }
    }

    record ServiceRecord(String id, ServiceKind jenis, LocalDate tanggal, String penyedia, String hasil, String oleh) {
    }

    /** @param dikoreksi a later note corrects this one; {@code koreksiDari} the note this one corrects */
    record Note(String id, String teks, boolean kesehatan, boolean tersamar, String koreksiDari, boolean dikoreksi, String oleh,
            Instant waktu) {
    }

    record Task(String id, String caseId, String nomor, String judul, LocalDate tenggat, String pemilik, Instant selesai,
            boolean terlambat) {
    }

    record WorkerLoad(String pekerja, int terbuka, int terlambat, int menunggu, int risikoTinggi) {
    }

    record Overview(int terbuka, int tugasSaya, int terlambat, int menungguPersetujuan) {
    }

    /** A client's DTSEN status and the programmes the decile qualifies for but the client does not receive. */
    record BansosProposal(PersonRef klien, boolean terdaftar, Integer desil, List<Programme> diterima, List<Programme> diusulkan) {
        public BansosProposal {
            diterima = List.copyOf(diterima);
            diusulkan = List.copyOf(diusulkan);
        }
    }
}
