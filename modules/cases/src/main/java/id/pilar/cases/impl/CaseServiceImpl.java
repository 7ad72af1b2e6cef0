package id.pilar.cases.impl;

import id.pilar.cases.api.ApprovalKind;
import id.pilar.cases.api.CaseService;
import id.pilar.cases.api.CaseSource;
import id.pilar.cases.api.CaseStatus;
import id.pilar.cases.api.CasesPermissions;
import id.pilar.cases.api.ClosureReason;
import id.pilar.cases.api.RiskLevel;
import id.pilar.cases.api.ServiceKind;
import id.pilar.cases.impl.model.CaseApprovalEntity;
import id.pilar.cases.impl.model.CaseClientEntity;
import id.pilar.cases.impl.model.CaseFileEntity;
import id.pilar.cases.impl.model.CaseNoteEntity;
import id.pilar.cases.impl.model.CaseServiceEntity;
import id.pilar.cases.impl.model.CaseTaskEntity;
import id.pilar.cases.impl.model.CaseTransitionEntity;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.Transactions;
import id.pilar.registry.api.PersonDetail;
import id.pilar.registry.api.PersonRef;
import id.pilar.registry.api.PersonService;
import jakarta.persistence.OptimisticLockException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.Session;
import org.openide.util.lookup.ServiceProvider;

/** Cases, lifecycle, services, notes and tasks. Writes through Hibernate; lists through plain JDBC. */
@ServiceProvider(service = CaseService.class)
public final class CaseServiceImpl implements CaseService {

    private final Transactions tx;

    public CaseServiceImpl() {
        this(Transactions.get());
    }

    public CaseServiceImpl(Transactions tx) {
        this.tx = tx;
    }

    static String me() {
        return AccessControl.get().currentUser().username();
    }

    @Override
    public CaseDetail open(CaseDraft d) {
        AccessControl.get().require(CasesPermissions.WORK);
        List<PersonRef> clients = resolveClients(d.personIds());
        validateDraft(d);
        return tx.inTransaction(s -> {
            CaseFileEntity c = new CaseFileEntity();
            LocalDate opened = d.tanggalBuka();
            c.nomor = CaseNumbers.next(s, CaseNumbers.prefix(s), opened.getYear());
            c.tahun = opened.getYear();
            c.status = CaseStatus.BARU.name();
            c.sumber = d.sumber().name();
            c.kategoriKode = blankToNull(d.kategoriKode());
            c.risiko = (d.risiko() == null ? RiskLevel.SEDANG : d.risiko()).name();
            c.pekerja = blankToNull(d.pekerja()) == null ? me() : d.pekerja().trim();
            c.tanggalBuka = opened;
            c.kodeKelurahan = blankToNull(d.kodeKelurahan());
            c.householdId = blankToNull(d.householdId());
            c.klien = clients.get(0).nama();
            c.ringkasan = blankToNull(d.ringkasan());
            s.persist(c);
            addClients(s, c.getId(), clients);
            log(s, c.getId(), null, CaseStatus.BARU, null);
            s.flush();
            return detail(s, c);
        });
    }

    static void addClients(Session s, String caseId, List<PersonRef> clients) {
        for (int i = 0; i < clients.size(); i++) {
            CaseClientEntity cl = new CaseClientEntity();
            cl.caseId = caseId;
            cl.personId = clients.get(i).id();
            cl.nama = clients.get(i).nama();
            cl.peran = i == 0 ? "UTAMA" : "ANGGOTA";
            s.persist(cl);
        }
    }

    private static List<PersonRef> resolveClients(List<String> ids) {
        if (ids.isEmpty()) {
            throw CaseErrors.of("ERR_NoClient", Bundle.ERR_NoClient());
        }
        List<PersonRef> out = new ArrayList<>();
        for (String id : ids) {
            PersonDetail p = PersonService.get().find(id)
                    .orElseThrow(() -> CaseErrors.of("ERR_PersonNotFound", Bundle.ERR_PersonNotFound(id), id));
            out.add(p.summary().ref());
        }
        return out;
    }

    static void validateDraft(CaseDraft d) {
        if (d.sumber() == null) {
            throw CaseErrors.of("ERR_NoSource", Bundle.ERR_NoSource());
        }
        if (d.tanggalBuka() == null) {
            throw CaseErrors.of("ERR_NoOpeningDate", Bundle.ERR_NoOpeningDate());
        }
        if (d.tanggalBuka().isAfter(Jakarta.today())) {
            throw CaseErrors.of("ERR_FutureOpening", Bundle.ERR_FutureOpening());
        }
        String k = blankToNull(d.kategoriKode());
        if (k != null && ReferenceData.get().kategori(k).isEmpty()) {
            throw CaseErrors.of("ERR_UnknownCategory", Bundle.ERR_UnknownCategory(k), k);
        }
        String kel = blankToNull(d.kodeKelurahan());
        if (kel != null && ReferenceData.get().kelurahan(kel).isEmpty()) {
            throw CaseErrors.of("ERR_UnknownKelurahan", Bundle.ERR_UnknownKelurahan(kel), kel);
        }
    }

    @Override
    public Optional<CaseDetail> find(String caseId) {
        AccessControl.get().require(CasesPermissions.READ);
        Optional<CaseDetail> found = tx.read(s -> Optional.ofNullable(s.find(CaseFileEntity.class, caseId)).map(c -> detail(s, c)));
        found.ifPresent(c -> AccessControl.get().recordRead("case", c.id()));
        return found;
    }

    @Override
    public Optional<CaseDetail> findByNumber(String nomor) {
        AccessControl.get().require(CasesPermissions.READ);
        String n = nomor == null ? "" : nomor.trim();
        return tx.read(s -> s.createSelectionQuery("from CaseFileEntity where nomor = :n or nomorLama = :n order by nomor", CaseFileEntity.class)
                .setParameter("n", n).getResultList().stream().findFirst().map(c -> detail(s, c)));
    }

    /** Loads the case for a change the user made on {@code version}; a newer version means someone else saved first. */
    static CaseFileEntity forChange(Session s, String caseId, int version) {
        CaseFileEntity c = s.find(CaseFileEntity.class, caseId);
        if (c == null) {
            throw CaseErrors.caseNotFound();
        }
        if (c.getVersion() != version) {
            throw new OptimisticLockException("case " + caseId + " is at version " + c.getVersion() + ", not " + version);
        }
        return c;
    }

    static CaseFileEntity existing(Session s, String caseId) {
        CaseFileEntity c = s.find(CaseFileEntity.class, caseId);
        if (c == null) {
            throw CaseErrors.caseNotFound();
        }
        return c;
    }

    /** A case that takes new data: not closed. */
    static CaseFileEntity openCase(Session s, String caseId) {
        CaseFileEntity c = existing(s, caseId);
        if (CaseStatus.valueOf(c.status) == CaseStatus.DITUTUP) {
            throw CaseErrors.of("ERR_CaseClosedNoChange", Bundle.ERR_CaseClosedNoChange());
        }
        return c;
    }

    @Override
    public CaseDetail transition(String caseId, int version, CaseStatus to, String alasan) {
        AccessControl.get().require(CasesPermissions.WORK);
        return tx.inTransaction(s -> {
            CaseFileEntity c = forChange(s, caseId, version);
            CaseStatus from = CaseStatus.valueOf(c.status);
            if (to == CaseStatus.DITUTUP) {
                throw CaseErrors.of("ERR_CloseThroughApproval", Bundle.ERR_CloseThroughApproval());
            }
            if (to == CaseStatus.DIBUKA_KEMBALI || !from.next().contains(to)) {
                throw CaseErrors.of("ERR_IllegalTransition", Bundle.ERR_IllegalTransition(from.label(), to.label()), from, to);
            }
            if (to == CaseStatus.LAYANAN && !hasApprovedPlan(s, caseId)) {
                throw CaseErrors.of("ERR_PlanNotApproved", Bundle.ERR_PlanNotApproved());
            }
            c.status = to.name();
            log(s, caseId, from, to, blankToNull(alasan));
            s.flush();
            return detail(s, c);
        });
    }

    static boolean hasApprovedPlan(Session s, String caseId) {
        return s.createSelectionQuery("select count(*) from CasePlanEntity where caseId = :c and status = 'DISETUJUI'", Long.class)
                .setParameter("c", caseId).getSingleResult() > 0;
    }

    static void log(Session s, String caseId, CaseStatus from, CaseStatus to, String why) {
        CaseTransitionEntity t = new CaseTransitionEntity();
        t.caseId = caseId;
        t.dari = from == null ? null : from.name();
        t.ke = to.name();
        t.alasan = why;
        s.persist(t);
    }

    @Override
    public CaseDetail requestClosure(String caseId, int version, ClosureReason reason, String keterangan, LocalDate tanggalTutup) {
        AccessControl.get().require(CasesPermissions.WORK);
        return tx.inTransaction(s -> {
            CaseFileEntity c = forChange(s, caseId, version);
            if (!CaseStatus.valueOf(c.status).open()) {
                throw CaseErrors.of("ERR_AlreadyClosed", Bundle.ERR_AlreadyClosed());
            }
            checkClosure(c.tanggalBuka, reason, keterangan, tanggalTutup);
            notWaiting(c);
            CaseApprovalEntity a = Approvals.request(s, c, ApprovalKind.PENUTUPAN, null);
            a.alasan = reason.name();
            a.tanggal = tanggalTutup;
            a.keterangan = blankToNull(keterangan);
            s.flush();
            return detail(s, c);
        });
    }

    static void checkClosure(LocalDate opened, ClosureReason reason, String keterangan, LocalDate closing) {
        if (reason == null) {
            throw CaseErrors.of("ERR_NoClosureReason", Bundle.ERR_NoClosureReason());
        }
        if (reason == ClosureReason.LAINNYA && blankToNull(keterangan) == null) {
            throw CaseErrors.of("ERR_OtherNeedsText", Bundle.ERR_OtherNeedsText());
        }
        if (closing == null) {
            throw CaseErrors.of("ERR_NoClosingDate", Bundle.ERR_NoClosingDate());
        }
        if (closing.isBefore(opened)) {
            throw CaseErrors.of("ERR_ClosingBeforeOpening", Bundle.ERR_ClosingBeforeOpening());
        }
        if (closing.isAfter(Jakarta.today())) {
            throw CaseErrors.of("ERR_FutureClosing", Bundle.ERR_FutureClosing());
        }
    }

    static void notWaiting(CaseFileEntity c) {
        if (c.menunggu != null) {
            ApprovalKind k = ApprovalKind.valueOf(c.menunggu);
            throw CaseErrors.of("ERR_AlreadyWaiting", Bundle.ERR_AlreadyWaiting(k.label()), k);
        }
    }

    @Override
    public CaseDetail reopen(String caseId, int version, String alasan) {
        AccessControl.get().require(CasesPermissions.WORK);
        if (blankToNull(alasan) == null) {
            throw CaseErrors.of("ERR_ReasonRequired", Bundle.ERR_ReasonRequired());
        }
        return tx.inTransaction(s -> {
            CaseFileEntity c = forChange(s, caseId, version);
            if (CaseStatus.valueOf(c.status) != CaseStatus.DITUTUP) {
                throw CaseErrors.of("ERR_NotClosed", Bundle.ERR_NotClosed());
            }
            c.status = CaseStatus.DIBUKA_KEMBALI.name();
            c.tanggalTutup = null;
            c.alasanTutup = null;
            c.keteranganTutup = null;
            log(s, caseId, CaseStatus.DITUTUP, CaseStatus.DIBUKA_KEMBALI, alasan.trim());
            s.flush();
            return detail(s, c);
        });
    }

    @Override
    public CaseDetail assign(String caseId, int version, String pekerja) {
        AccessControl.get().require(CasesPermissions.WORK);
        if (blankToNull(pekerja) == null) {
            throw CaseErrors.of("ERR_ReasonRequired", Bundle.ERR_ReasonRequired());
        }
        return tx.inTransaction(s -> {
            CaseFileEntity c = forChange(s, caseId, version);
            c.pekerja = pekerja.trim();
            s.flush();
            return detail(s, c);
        });
    }

    @Override
    public List<TimelineEntry> timeline(String caseId) {
        AccessControl.get().require(CasesPermissions.READ);
        return tx.read(s -> Timeline.of(s, existing(s, caseId)));
    }

    @Override
    public Activity activity(String caseId) {
        AccessControl.get().require(CasesPermissions.READ);
        return tx.read(s -> {
            CaseFileEntity c = existing(s, caseId);
            List<CaseServiceEntity> services = serviceRows(s, caseId);
            List<CaseNoteEntity> notes = noteRows(s, caseId);
            List<CaseTaskEntity> tasks = taskRows(s, caseId);
            return new Activity(Timeline.of(s, c, services, notes, tasks), services.stream().map(CaseServiceImpl::service).toList(),
                    notes.stream().map(Notes::toRecord).toList(), tasks.stream().map(t -> task(t, c.nomor)).toList());
        });
    }

    @Override
    public ServiceRecord addService(String caseId, ServiceKind jenis, LocalDate tanggal, String penyedia, String hasil) {
        AccessControl.get().require(CasesPermissions.WORK);
        if (jenis == null) {
            throw CaseErrors.of("ERR_NoServiceKind", Bundle.ERR_NoServiceKind());
        }
        return tx.inTransaction(s -> {
            CaseFileEntity c = openCase(s, caseId);
            if (tanggal == null || tanggal.isBefore(c.tanggalBuka) || tanggal.isAfter(Jakarta.today())) {
                throw CaseErrors.of("ERR_ServiceDate", Bundle.ERR_ServiceDate());
            }
            CaseServiceEntity e = new CaseServiceEntity();
            e.caseId = caseId;
            e.jenis = jenis.name();
            e.tanggal = tanggal;
            e.penyedia = blankToNull(penyedia);
            e.hasil = blankToNull(hasil);
            s.persist(e);
            s.flush();
            return service(e);
        });
    }

    static ServiceRecord service(CaseServiceEntity e) {
        return new ServiceRecord(e.getId(), ServiceKind.valueOf(e.jenis), e.tanggal, e.penyedia, e.hasil, e.getCreatedBy());
    }

    @Override
    public List<ServiceRecord> services(String caseId) {
        AccessControl.get().require(CasesPermissions.READ);
        return tx.read(s -> serviceRows(s, caseId).stream().map(CaseServiceImpl::service).toList());
    }

    private static List<CaseServiceEntity> serviceRows(Session s, String caseId) {
        return s.createSelectionQuery("from CaseServiceEntity where caseId = :c order by tanggal, createdAt", CaseServiceEntity.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public Note addNote(String caseId, String teks, boolean kesehatan) {
        AccessControl.get().require(CasesPermissions.WORK);
        if (blankToNull(teks) == null) {
            throw CaseErrors.of("ERR_NoteRequired", Bundle.ERR_NoteRequired());
        }
        return tx.inTransaction(s -> {
            openCase(s, caseId);
            CaseNoteEntity n = new CaseNoteEntity();
            n.caseId = caseId;
            n.teks = teks.trim();
            n.kesehatan = kesehatan ? 1 : 0;
            s.persist(n);
            s.flush();
            return Notes.toRecord(n);
        });
    }

    @Override
    public Note correctNote(String noteId, String teks) {
        AccessControl.get().require(CasesPermissions.WORK);
        if (blankToNull(teks) == null) {
            throw CaseErrors.of("ERR_NoteRequired", Bundle.ERR_NoteRequired());
        }
        return tx.inTransaction(s -> {
            CaseNoteEntity old = s.find(CaseNoteEntity.class, noteId);
            if (old == null) {
                throw CaseErrors.of("ERR_NoteNotFound", Bundle.ERR_NoteNotFound());
            }
            if (Notes.masked(old.kesehatan == 1)) {
                throw CaseErrors.of("ERR_NoteMasked", Bundle.ERR_NoteMasked());
            }
            if (old.dikoreksi == 1) {
                throw CaseErrors.of("ERR_NoteAlreadyCorrected", Bundle.ERR_NoteAlreadyCorrected());
            }
            openCase(s, old.caseId);
            old.dikoreksi = 1;
            CaseNoteEntity n = new CaseNoteEntity();
            n.caseId = old.caseId;
            n.teks = teks.trim();
            n.kesehatan = old.kesehatan;
            n.koreksiDari = old.getId();
            s.persist(n);
            s.flush();
            return Notes.toRecord(n);
        });
    }

    @Override
    public List<Note> notes(String caseId) {
        AccessControl.get().require(CasesPermissions.READ);
        return tx.read(s -> noteRows(s, caseId).stream().map(Notes::toRecord).toList());
    }

    private static List<CaseNoteEntity> noteRows(Session s, String caseId) {
        return s.createSelectionQuery("from CaseNoteEntity where caseId = :c order by createdAt", CaseNoteEntity.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public Task addTask(String caseId, String judul, LocalDate tenggat, String pemilik) {
        AccessControl.get().require(CasesPermissions.WORK);
        if (blankToNull(judul) == null) {
            throw CaseErrors.of("ERR_TitleRequired", Bundle.ERR_TitleRequired());
        }
        if (tenggat == null) {
            throw CaseErrors.of("ERR_NoDueDate", Bundle.ERR_NoDueDate());
        }
        return tx.inTransaction(s -> {
            CaseFileEntity c = openCase(s, caseId);
            if (tenggat.isBefore(c.tanggalBuka)) {
                throw CaseErrors.of("ERR_DueBeforeOpening", Bundle.ERR_DueBeforeOpening());
            }
            CaseTaskEntity t = new CaseTaskEntity();
            t.caseId = caseId;
            t.judul = judul.trim();
            t.tenggat = tenggat;
            t.pemilik = blankToNull(pemilik) == null ? c.pekerja : pemilik.trim();
            s.persist(t);
            s.flush();
            return task(t, c.nomor);
        });
    }

    @Override
    public Task completeTask(String taskId) {
        AccessControl.get().require(CasesPermissions.WORK);
        return tx.inTransaction(s -> {
            CaseTaskEntity t = s.find(CaseTaskEntity.class, taskId);
            if (t == null) {
                throw CaseErrors.of("ERR_TaskNotFound", Bundle.ERR_TaskNotFound());
            }
            if (t.selesaiAt == null) {
                t.selesaiAt = Instant.now();
            }
            s.flush();
            return task(t, existing(s, t.caseId).nomor);
        });
    }

    static Task task(CaseTaskEntity t, String nomor) {
        return new Task(t.getId(), t.caseId, nomor, t.judul, t.tenggat, t.pemilik, t.selesaiAt,
                t.selesaiAt == null && t.tenggat.isBefore(Jakarta.today()));
    }

    @Override
    public List<Task> tasks(String caseId) {
        AccessControl.get().require(CasesPermissions.READ);
        return tx.read(s -> {
            String nomor = existing(s, caseId).nomor;
            return taskRows(s, caseId).stream().map(t -> task(t, nomor)).toList();
        });
    }

    private static List<CaseTaskEntity> taskRows(Session s, String caseId) {
        return s.createSelectionQuery("from CaseTaskEntity where caseId = :c order by tenggat, createdAt", CaseTaskEntity.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public List<Task> myTasks() {
        AccessControl.get().require(CasesPermissions.READ);
        return openTasks("t.pemilik = ?", me());
    }

    @Override
    public List<Task> overdueTasks() {
        AccessControl.get().require(CasesPermissions.READ);
        return openTasks("t.tenggat < ?", Jakarta.today().toString());
    }

    private List<Task> openTasks(String condition, String value) {
        String sql = "SELECT t.id, t.case_id, c.nomor, t.judul, t.tenggat, t.pemilik FROM case_task t JOIN case_file c ON c.id = t.case_id "
                + "WHERE t.selesai_at IS NULL AND " + condition + " ORDER BY t.tenggat, c.nomor LIMIT 1000";
        LocalDate today = Jakarta.today();
        return tx.query(c -> {
            List<Task> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, value);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        LocalDate due = LocalDate.parse(rs.getString(5));
                        out.add(new Task(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), due, rs.getString(6), null,
                                due.isBefore(today)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public List<CaseSummary> list(CaseFilter f) {
        AccessControl.get().require(CasesPermissions.READ);
        return tx.query(c -> CaseQueries.list(c, f, Jakarta.today()));
    }

    @Override
    public List<CaseSummary> forPerson(String personId) {
        AccessControl.get().require(CasesPermissions.READ);
        return tx.query(c -> CaseQueries.forPerson(c, personId, Jakarta.today()));
    }

    @Override
    public List<WorkerLoad> caseLoad() {
        AccessControl.get().require(CasesPermissions.READ);
        return tx.query(c -> CaseQueries.caseLoad(c, Jakarta.today()));
    }

    @Override
    public Overview overview() {
        AccessControl.get().require(CasesPermissions.READ);
        String today = Jakarta.today().toString();
        String user = me();
        return tx.query(c -> new Overview(
                count(c, "SELECT COUNT(*) FROM case_file WHERE status <> 'DITUTUP'"),
                count(c, "SELECT COUNT(*) FROM case_task WHERE selesai_at IS NULL AND pemilik = ?", user),
                count(c, "SELECT COUNT(*) FROM case_task WHERE selesai_at IS NULL AND tenggat < ?", today),
                count(c, "SELECT COUNT(*) FROM case_approval WHERE status = 'MENUNGGU'")));
    }

    static int count(Connection c, String sql, String... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    @Override
    public String officePrefix() {
        AccessControl.get().require(CasesPermissions.READ);
        return tx.read(CaseNumbers::prefix);
    }

    @Override
    public void setOfficePrefix(String prefix) {
        AccessControl.get().require(CasesPermissions.SETTINGS);
        String p = prefix == null ? "" : prefix.trim().toUpperCase(Locale.ROOT);
        if (!p.matches("[A-Z0-9]{2,6}")) {
            throw CaseErrors.of("ERR_Prefix", Bundle.ERR_Prefix());
        }
        tx.run(s -> CaseSettings.put(s, CaseSettings.OFFICE_PREFIX, p));
    }

    /** The detail record of a loaded case (inside its session). */
    static CaseDetail detail(Session s, CaseFileEntity c) {
        List<PersonRef> clients = s.createSelectionQuery("from CaseClientEntity where caseId = :c order by peran desc, createdAt", CaseClientEntity.class)
                .setParameter("c", c.getId()).getResultList().stream().map(cl -> new PersonRef(cl.personId, null, cl.nama)).toList();
        boolean late = s.createSelectionQuery("select count(*) from CaseTaskEntity where caseId = :c and selesaiAt is null and tenggat < :d", Long.class)
                .setParameter("c", c.getId()).setParameter("d", Jakarta.today()).getSingleResult() > 0;
        CaseStatus st = CaseStatus.valueOf(c.status);
        List<CaseStatus> steps = st.next().stream().filter(n -> n != CaseStatus.DIBUKA_KEMBALI).toList();
        return new CaseDetail(summary(c, late), c.getVersion(), clients, c.householdId, c.ringkasan, c.tanggalTutup,
                c.alasanTutup == null ? null : ClosureReason.valueOf(c.alasanTutup), c.keteranganTutup, steps);
    }

    static CaseSummary summary(CaseFileEntity c, boolean late) {
        return new CaseSummary(c.getId(), c.nomor, c.nomorLama, CaseStatus.valueOf(c.status), CaseSource.valueOf(c.sumber), c.kategoriKode,
                RiskLevel.valueOf(c.risiko), c.pekerja, c.tanggalBuka, c.kodeKelurahan, c.klien,
                c.menunggu == null ? null : ApprovalKind.valueOf(c.menunggu), late);
    }

    static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }
}
