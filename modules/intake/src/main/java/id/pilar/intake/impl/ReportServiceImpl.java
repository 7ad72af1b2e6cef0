package id.pilar.intake.impl;

import id.pilar.cases.api.CaseService;
import id.pilar.cases.api.CaseService.CaseDetail;
import id.pilar.cases.api.CaseService.CaseDraft;
import id.pilar.cases.api.CaseSource;
import id.pilar.cases.api.RiskLevel;
import id.pilar.core.api.error.ConcurrentChangeException;
import id.pilar.core.api.reference.Kelurahan;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.Transactions;
import id.pilar.intake.api.Channel;
import id.pilar.intake.api.Hotspot;
import id.pilar.intake.api.IntakePermissions;
import id.pilar.intake.api.Report;
import id.pilar.intake.api.ReportAttachment;
import id.pilar.intake.api.ReportDraft;
import id.pilar.intake.api.ReportService;
import id.pilar.intake.api.ReportStatus;
import id.pilar.intake.impl.model.IntakeHotspotEntity;
import id.pilar.intake.impl.model.ReportSocialEntity;
import id.pilar.registry.api.PersonService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/** Reports, hotspots and triage; one transaction per call, Hibernate (reports are audited). */
@ServiceProvider(service = ReportService.class)
@Messages({
    "MASK_Reporter=(disamarkan)",
    "# {0} - report number", "# {1} - description", "CASE_FromReport=Dari laporan sosial {0}: {1}"
})
public final class ReportServiceImpl implements ReportService {

    private final Transactions tx;

    public ReportServiceImpl() {
        this(Transactions.get());
    }

    public ReportServiceImpl(Transactions tx) {
        this.tx = tx;
    }

    static String me() {
        return AccessControl.get().currentUser().username();
    }

    @Override
    public Report record(ReportDraft d, List<ReportAttachment.NewFile> lampiran) {
        AccessControl.get().require(IntakePermissions.ENTER);
        Instant now = Instant.now();
        List<ReportAttachment.NewFile> files = lampiran == null ? List.of() : lampiran;
        ReportAttachments.checkAll(files, 0);
        boolean see = canSeeReporter();
        return tx.inTransaction(s -> {
            ReportSocialEntity r = ReportRules.validated(s, d, now);
            r.nomor = nextNumbers(s, r.tanggal.getYear(), 1).get(0);
            s.persist(r);
            s.flush();
            for (ReportAttachment.NewFile f : files) {
                ReportAttachments.store(s, r.getId(), f);
            }
            return toRecord(s, r, targets(s), now, see, new HashMap<>());
        });
    }

    @Override
    public ReportAttachment addAttachment(String reportId, ReportAttachment.NewFile file) {
        AccessControl.get().require(IntakePermissions.ENTER);
        ReportAttachments.check(file);
        return tx.inTransaction(s -> {
            if (s.find(ReportSocialEntity.class, reportId) == null) {
                throw IntakeErrors.of("ERR_ReportNotFound", Bundle.ERR_ReportNotFound());
            }
            ReportAttachments.checkAll(List.of(file), ReportAttachments.list(s, reportId).size());
            return ReportAttachments.store(s, reportId, file);
        });
    }

    @Override
    public List<ReportAttachment> attachments(String reportId) {
        AccessControl.get().require(IntakePermissions.READ);
        return tx.read(s -> ReportAttachments.list(s, reportId));
    }

    @Override
    public byte[] attachmentContent(String attachmentId) {
        AccessControl.get().require(IntakePermissions.READ);
        return tx.read(s -> ReportAttachments.content(s, attachmentId));
    }

    /** Numbers {@code LS-yyyy-nnnnnn}, {@code count} of them, after the highest of that year. */
    static List<String> nextNumbers(Session s, int year, int count) {
        String prefix = "LS-" + year + "-";
        // a range on the unique index (SQLite does not use an index for LIKE): the last number of the year at once
        String max = s.createSelectionQuery("select max(nomor) from ReportSocialEntity where nomor >= :lo and nomor < :hi", String.class)
                .setParameter("lo", prefix).setParameter("hi", "LS-" + year + ".").uniqueResult();
        int n = max == null ? 0 : Integer.parseInt(max.substring(prefix.length()));
        List<String> out = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            out.add(prefix + String.format(Locale.ROOT, "%06d", n + i));
        }
        return out;
    }

    @Override
    public Optional<Report> find(String reportId) {
        AccessControl.get().require(IntakePermissions.READ);
        boolean see = canSeeReporter();
        Instant now = Instant.now();
        return tx.read(s -> Optional.ofNullable(s.find(ReportSocialEntity.class, reportId))
                .map(r -> toRecord(s, r, targets(s), now, see, new HashMap<>())));
    }

    @Override
    public List<Report> list(ReportFilter f) {
        AccessControl.get().require(IntakePermissions.READ);
        boolean see = canSeeReporter();
        Instant now = Instant.now();
        return tx.read(s -> {
            Targets t = targets(s);
            StringBuilder q = new StringBuilder("from ReportSocialEntity r where 1 = 1");
            Map<String, Object> p = new HashMap<>();
            if (f.status() != null) {
                q.append(" and r.status = :st");
                p.put("st", f.status().name());
            }
            if (f.hotspotId() != null) {
                q.append(" and r.hotspotId = :hs");
                p.put("hs", f.hotspotId());
            }
            if (f.kodeKelurahan() != null) {
                q.append(" and r.kodeKelurahan = :kel");
                p.put("kel", f.kodeKelurahan());
            }
            if (f.kategoriKode() != null) {
                q.append(" and r.kategoriKode = :kat");
                p.put("kat", f.kategoriKode());
            }
            if (f.kanal() != null) {
                q.append(" and r.kanal = :ch");
                p.put("ch", f.kanal().name());
            }
            if (f.terlambat()) {
                q.append(" and ((r.status = 'BARU' and r.diterimaAt < :tri) or (r.status in ('KASUS', 'DITAUTKAN') and r.responsAt is null and r.diterimaAt < :res))");
                p.put("tri", now.minus(Duration.ofHours(t.jamTriase())));
                p.put("res", now.minus(Duration.ofHours(t.jamRespons())));
            }
            if (f.teks() != null && !f.teks().isBlank()) {
                q.append(" and (lower(r.nomor) like :tx or lower(r.uraian) like :tx or lower(r.alamat) like :tx"
                        + " or r.hotspotId in (select h.id from IntakeHotspotEntity h where h.namaKunci like :tx))");
                p.put("tx", "%" + f.teks().strip().toLowerCase(Locale.ROOT) + "%");
            }
            q.append(" order by r.diterimaAt desc");
            SelectionQuery<ReportSocialEntity> query = s.createSelectionQuery(q.toString(), ReportSocialEntity.class);
            p.forEach(query::setParameter);
            List<ReportSocialEntity> rows = query.setMaxResults(f.limit() <= 0 ? 200 : f.limit()).list();
            Map<String, String> names = new HashMap<>();
            List<Report> out = new ArrayList<>(rows.size());
            for (ReportSocialEntity r : rows) {
                out.add(toRecord(s, r, t, now, see, names));
            }
            return out;
        });
    }

    @Override
    public List<Hotspot> hotspots() {
        AccessControl.get().require(IntakePermissions.READ);
        return tx.read(s -> s.createSelectionQuery("from IntakeHotspotEntity where aktif = 1 order by nama", IntakeHotspotEntity.class)
                .list().stream().map(ReportServiceImpl::hotspot).toList());
    }

    static Hotspot hotspot(IntakeHotspotEntity h) {
        return new Hotspot(h.getId(), h.nama, h.kodeKelurahan, h.lintangE6 == null ? null : h.lintangE6 / 1e6,
                h.bujurE6 == null ? null : h.bujurE6 / 1e6);
    }

    @Override
    public Hotspot addHotspot(String nama, String kodeKelurahan, Double lintang, Double bujur) {
        AccessControl.get().require(IntakePermissions.ENTER);
        return tx.inTransaction(s -> hotspot(newHotspot(s, nama, kodeKelurahan, lintang, bujur)));
    }

    static String key(String name) {
        return name == null ? "" : name.replace("\uFEFF", "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static IntakeHotspotEntity newHotspot(Session s, String nama, String kodeKelurahan, Double lintang, Double bujur) {
        String k = key(nama);
        if (k.isEmpty()) {
            throw IntakeErrors.of("ERR_HotspotName", Bundle.ERR_HotspotName());
        }
        Kelurahan kel = ReferenceData.get().findKelurahan(kodeKelurahan == null ? "" : kodeKelurahan)
                .orElseThrow(() -> IntakeErrors.of("ERR_UnknownKelurahan", Bundle.ERR_UnknownKelurahan(kodeKelurahan), kodeKelurahan));
        if (!s.createSelectionQuery("from IntakeHotspotEntity where namaKunci = :k", IntakeHotspotEntity.class).setParameter("k", k).list().isEmpty()) {
            throw IntakeErrors.of("ERR_HotspotTaken", Bundle.ERR_HotspotTaken(nama.strip()), nama.strip());
        }
        ReportRules.checkCoordinates(lintang, bujur);
        IntakeHotspotEntity h = new IntakeHotspotEntity();
        h.nama = nama.strip().replaceAll("\\s+", " ");
        h.namaKunci = k;
        h.kodeKelurahan = kel.kode();
        h.lintangE6 = lintang == null ? null : (int) Math.round(lintang * 1e6);
        h.bujurE6 = bujur == null ? null : (int) Math.round(bujur * 1e6);
        h.aktif = 1;
        s.persist(h);
        return h;
    }

    // ---- triage -------------------------------------------------------------------------------

    /** Loads a new report at the version the user saw; a stale version means someone else was faster. */
    private static ReportSocialEntity claim(Session s, String reportId, int version) {
        writeLock(s, "intake_report", reportId);
        ReportSocialEntity r = s.find(ReportSocialEntity.class, reportId);
        if (r == null) {
            throw IntakeErrors.of("ERR_ReportNotFound", Bundle.ERR_ReportNotFound());
        }
        if (r.getVersion() != version) {
            throw new ConcurrentChangeException(null);
        }
        if (!ReportStatus.BARU.name().equals(r.status)) {
            String label = ReportStatus.valueOf(r.status).label();
            throw IntakeErrors.of("ERR_AlreadyTriaged", Bundle.ERR_AlreadyTriaged(label), label);
        }
        r.triaseAt = Instant.now();
        r.triaseOleh = me();
        return r;
    }

    private Report after(Session s, ReportSocialEntity r) {
        s.flush();
        return toRecord(s, r, targets(s), Instant.now(), canSeeReporter(), new HashMap<>());
    }

    /**
     * Takes SQLite's write lock before reading the row: two transactions that both read and then
     * write would deadlock (one gets SQLITE_BUSY); this way the second waits for the first to
     * commit, then reads the new version and is told someone else was faster. Changes nothing.
     */
    static void writeLock(Session s, String table, String id) {
        s.createNativeMutationQuery("UPDATE " + table + " SET version = version WHERE id = ?1").setParameter(1, id).executeUpdate();
    }

    @Override
    public Report linkExisting(String reportId, int version, String personId, String caseId) {
        AccessControl.get().require(IntakePermissions.TRIAGE);
        String person = blankToNull(personId);
        String kasus = blankToNull(caseId);
        if (person == null && kasus == null) {
            throw IntakeErrors.of("ERR_LinkNeedsTarget", Bundle.ERR_LinkNeedsTarget());
        }
        if (person != null && PersonService.get().find(person).isEmpty()) {
            throw IntakeErrors.of("ERR_PersonNotFound", Bundle.ERR_PersonNotFound());
        }
        if (kasus != null && CaseService.get().find(kasus).isEmpty()) {
            throw IntakeErrors.of("ERR_CaseNotFound", Bundle.ERR_CaseNotFound());
        }
        return tx.inTransaction(s -> {
            ReportSocialEntity r = claim(s, reportId, version);
            r.status = ReportStatus.DITAUTKAN.name();
            r.personId = person;
            r.caseId = kasus;
            return after(s, r);
        });
    }

    /**
     * Claims the report first (so of two users only one opens a case), then opens the case through
     * the cases api in its own transaction; if that is refused the claim is undone.
     */
    @Override
    public Report openCase(String reportId, int version, String personId) {
        AccessControl.get().require(IntakePermissions.TRIAGE);
        if (blankToNull(personId) == null || PersonService.get().find(personId).isEmpty()) {
            throw IntakeErrors.of("ERR_PersonNotFound", Bundle.ERR_PersonNotFound());
        }
        // One unit of work: the claim, the cases module's new case and the link commit together, or
        // nothing does (a case the cases module refuses leaves the report new, as it was).
        return tx.unitOfWork(() -> {
            ReportSocialEntity claimed = tx.inTransaction(s -> {
                ReportSocialEntity r = claim(s, reportId, version);
                r.status = ReportStatus.KASUS.name();
                r.personId = personId;
                s.flush();
                return r;
            });
            CaseDetail c = CaseService.get().open(caseDraft(claimed, personId));
            return tx.inTransaction(s -> {
                ReportSocialEntity r = s.find(ReportSocialEntity.class, reportId);
                r.caseId = c.id();
                return after(s, r);
            });
        });
    }

    static CaseDraft caseDraft(ReportSocialEntity r, String personId) {
        CaseSource source = switch (Channel.valueOf(r.kanal)) {
            case HOTLINE -> CaseSource.HOTLINE;
            case RUJUKAN -> CaseSource.RUJUKAN;
            case LANGSUNG -> CaseSource.DATANG_LANGSUNG;
            case PATROLI -> CaseSource.PENJANGKAUAN;
            default -> CaseSource.LAPORAN;
        };
        String summary = Bundle.CASE_FromReport(r.nomor, r.uraian == null ? "" : r.uraian);
        LocalDate opened = Jakarta.today(); // the case starts now, whenever the report came in
        return new CaseDraft(List.of(personId), null, source, r.kategoriKode, RiskLevel.SEDANG, null, opened, r.kodeKelurahan, summary);
    }

    @Override
    public Report markDuplicate(String reportId, int version, String originalReportId) {
        AccessControl.get().require(IntakePermissions.TRIAGE);
        return tx.inTransaction(s -> {
            if (reportId.equals(originalReportId)) {
                throw IntakeErrors.of("ERR_DuplicateOfItself", Bundle.ERR_DuplicateOfItself());
            }
            ReportSocialEntity original = originalReportId == null ? null : s.find(ReportSocialEntity.class, originalReportId);
            if (original == null) {
                throw IntakeErrors.of("ERR_ReportNotFound", Bundle.ERR_ReportNotFound());
            }
            if (ReportStatus.DUPLIKAT.name().equals(original.status)) {
                throw IntakeErrors.of("ERR_DuplicateOfDuplicate", Bundle.ERR_DuplicateOfDuplicate());
            }
            ReportSocialEntity r = claim(s, reportId, version);
            r.status = ReportStatus.DUPLIKAT.name();
            r.duplikatDari = original.getId();
            return after(s, r);
        });
    }

    @Override
    public Report closeNoAction(String reportId, int version, String alasan) {
        AccessControl.get().require(IntakePermissions.TRIAGE);
        if (blankToNull(alasan) == null) {
            throw IntakeErrors.of("ERR_ReasonRequired", Bundle.ERR_ReasonRequired());
        }
        return tx.inTransaction(s -> {
            ReportSocialEntity r = claim(s, reportId, version);
            r.status = ReportStatus.DITUTUP.name();
            r.alasanTutup = alasan.strip();
            return after(s, r);
        });
    }

    @Override
    public Report recordResponse(String reportId, int version, Instant waktu) {
        AccessControl.get().require(IntakePermissions.TRIAGE);
        return tx.inTransaction(s -> {
            writeLock(s, "intake_report", reportId);
            ReportSocialEntity r = s.find(ReportSocialEntity.class, reportId);
            if (r == null) {
                throw IntakeErrors.of("ERR_ReportNotFound", Bundle.ERR_ReportNotFound());
            }
            if (r.getVersion() != version) {
                throw new ConcurrentChangeException(null);
            }
            Instant w = waktu == null ? Instant.now() : waktu;
            if (w.isBefore(r.diterimaAt) || w.isAfter(Instant.now().plusSeconds(60))) {
                throw IntakeErrors.of("ERR_ResponseBeforeReceipt", Bundle.ERR_ResponseBeforeReceipt());
            }
            r.responsAt = w;
            return after(s, r);
        });
    }

    // ---- targets and overview -----------------------------------------------------------------

    @Override
    public Targets targets() {
        AccessControl.get().require(IntakePermissions.READ);
        return tx.read(ReportServiceImpl::targets);
    }

    /** Both targets in one query (every save and every list needs them). */
    static Targets targets(Session s) {
        Map<String, String> v = new HashMap<>();
        for (Object[] row : s.createSelectionQuery("select kunci, nilai from IntakeSettingEntity where kunci in (:k)", Object[].class)
                .setParameter("k", List.of(Settings.TRIAGE_HOURS, Settings.RESPONSE_HOURS)).list()) {
            v.put((String) row[0], (String) row[1]);
        }
        return new Targets(Integer.parseInt(v.getOrDefault(Settings.TRIAGE_HOURS, "4")), Integer.parseInt(v.getOrDefault(Settings.RESPONSE_HOURS, "24")));
    }

    @Override
    public Targets setTargets(Targets t) {
        AccessControl.get().require(IntakePermissions.SETTINGS);
        if (t.jamTriase() < 1 || t.jamTriase() > 720 || t.jamRespons() < t.jamTriase() || t.jamRespons() > 720) {
            throw IntakeErrors.of("ERR_Targets", Bundle.ERR_Targets());
        }
        return tx.inTransaction(s -> {
            Settings.put(s, Settings.TRIAGE_HOURS, Integer.toString(t.jamTriase()));
            Settings.put(s, Settings.RESPONSE_HOURS, Integer.toString(t.jamRespons()));
            return t;
        });
    }

    @Override
    public Overview overview() {
        AccessControl.get().require(IntakePermissions.READ);
        Instant now = Instant.now();
        // Plain JDBC, one statement: the start page asks this while Hibernate may still be starting.
        return tx.query(c -> {
            int triageHours = 4;
            try (var ps = c.prepareStatement("SELECT nilai FROM intake_setting WHERE kunci = ?")) {
                ps.setString(1, Settings.TRIAGE_HOURS);
                try (var rs = ps.executeQuery()) {
                    if (rs.next()) {
                        triageHours = Integer.parseInt(rs.getString(1));
                    }
                }
            }
            try (var ps = c.prepareStatement("SELECT sum(CASE WHEN status = 'BARU' THEN 1 ELSE 0 END),"
                    + " sum(CASE WHEN status = 'BARU' AND diterima_at < ? THEN 1 ELSE 0 END),"
                    + " sum(CASE WHEN tanggal >= ? THEN 1 ELSE 0 END) FROM intake_report")) {
                ps.setString(1, id.pilar.core.persistence.InstantText.format(now.minus(Duration.ofHours(triageHours))));
                ps.setString(2, Jakarta.monday(Jakarta.today()).toString());
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return new Overview(rs.getInt(1), rs.getInt(2), rs.getInt(3));
                }
            }
        });
    }

    // ---- records ------------------------------------------------------------------------------

    static boolean canSeeReporter() {
        return AccessControl.get().canSee(AccessControl.Sensitive.REPORTER);
    }

    static Report toRecord(Session s, ReportSocialEntity r, Targets t, Instant now, boolean seeReporter, Map<String, String> hotspotNames) {
        String tempat;
        if (r.hotspotId != null) {
            tempat = hotspotNames.computeIfAbsent(r.hotspotId, id -> {
                IntakeHotspotEntity h = s.find(IntakeHotspotEntity.class, id);
                return h == null ? id : h.nama;
            });
        } else if (r.alamat != null) {
            tempat = r.alamat;
        } else {
            tempat = ReferenceData.get().kelurahan(r.kodeKelurahan).map(Kelurahan::nama).orElse(r.kodeKelurahan);
        }
        boolean hasReporter = r.pelaporNama != null || r.pelaporTelepon != null;
        boolean masked = hasReporter && !seeReporter;
        ReportStatus st = ReportStatus.valueOf(r.status);
        boolean late = (st == ReportStatus.BARU && r.diterimaAt.plus(Duration.ofHours(t.jamTriase())).isBefore(now))
                || ((st == ReportStatus.KASUS || st == ReportStatus.DITAUTKAN) && r.responsAt == null
                && r.diterimaAt.plus(Duration.ofHours(t.jamRespons())).isBefore(now));
        Long minutes = r.triaseAt == null ? null : Duration.between(r.diterimaAt, r.triaseAt).toMinutes();
        return new Report(r.getId(), r.getVersion(), r.nomor, r.diterimaAt, r.tanggal, Channel.valueOf(r.kanal),
                masked ? Bundle.MASK_Reporter() : r.pelaporNama, masked ? (r.pelaporTelepon == null ? null : Bundle.MASK_Reporter()) : r.pelaporTelepon,
                r.anonim == 1, masked, r.hotspotId, tempat, r.kodeKelurahan, r.alamat,
                r.lintangE6 == null ? null : r.lintangE6 / 1e6, r.bujurE6 == null ? null : r.bujurE6 / 1e6, r.kategoriKode,
                r.jumlahOrang, r.uraian, st, r.triaseAt, r.triaseOleh, r.responsAt, r.personId, r.caseId, r.duplikatDari,
                r.alasanTutup, late, minutes);
    }

    static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }
}
