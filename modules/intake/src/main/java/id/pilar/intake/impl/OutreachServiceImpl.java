package id.pilar.intake.impl;

import id.pilar.cases.api.CaseService;
import id.pilar.cases.api.CaseService.CaseDetail;
import id.pilar.cases.api.CaseService.CaseDraft;
import id.pilar.cases.api.CaseSource;
import id.pilar.cases.api.ReferralService;
import id.pilar.cases.api.ReferralService.Institution;
import id.pilar.cases.api.RiskLevel;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.Transactions;
import id.pilar.intake.api.IntakePermissions;
import id.pilar.intake.api.OutreachService;
import id.pilar.intake.impl.model.IntakeFoundPersonEntity;
import id.pilar.intake.impl.model.IntakeHotspotEntity;
import id.pilar.intake.impl.model.IntakeOperationEntity;
import id.pilar.registry.api.DuplicateCandidate;
import id.pilar.registry.api.DuplicateService;
import id.pilar.registry.api.PersonDraft;
import id.pilar.registry.api.PersonPhoto;
import id.pilar.registry.api.PersonService;
import id.pilar.rosters.api.Member;
import id.pilar.rosters.api.MemberService;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * Outreach. A person found is saved through the registry and cases apis — the registry person,
 * the case, the placement, then the found record that ties them — as one unit of work
 * ({@link Transactions#unitOfWork}): all of it or nothing.
 */
@ServiceProvider(service = OutreachService.class)
@Messages({
    "# {0} - operation date", "# {1} - hotspots", "CASE_FromOutreach=Ditemukan dalam penjangkauan {0} di {1}",
    "REF_Outreach=Penempatan dari penjangkauan"
})
public final class OutreachServiceImpl implements OutreachService {

    private final Transactions tx;

    public OutreachServiceImpl() {
        this(Transactions.get());
    }

    public OutreachServiceImpl(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public Operation record(OperationDraft d) {
        AccessControl.get().require(IntakePermissions.TRIAGE);
        LocalTime start;
        LocalTime end;
        try {
            start = LocalTime.parse(d.jamMulai() == null ? "" : d.jamMulai().strip());
            end = LocalTime.parse(d.jamSelesai() == null ? "" : d.jamSelesai().strip());
        } catch (DateTimeParseException e) {
            throw IntakeErrors.of("ERR_OperationTime", Bundle.ERR_OperationTime());
        }
        if (d.tanggal() == null || d.tanggal().isAfter(Jakarta.today()) || !start.isBefore(end)) {
            throw IntakeErrors.of("ERR_OperationTime", Bundle.ERR_OperationTime());
        }
        if (d.hotspotIds() == null || d.hotspotIds().isEmpty()) {
            throw IntakeErrors.of("ERR_OperationNoHotspot", Bundle.ERR_OperationNoHotspot());
        }
        TreeSet<String> ids = new TreeSet<>(d.hotspotIds());
        String key = d.tanggal() + "|" + start + "|" + String.join(",", ids);
        return tx.inTransaction(s -> {
            for (String id : ids) {
                if (s.find(IntakeHotspotEntity.class, id) == null) {
                    throw IntakeErrors.of("ERR_HotspotNotFound", Bundle.ERR_HotspotNotFound());
                }
            }
            if (!s.createSelectionQuery("from IntakeOperationEntity where kunci = :k", IntakeOperationEntity.class).setParameter("k", key).list().isEmpty()) {
                throw IntakeErrors.of("ERR_OperationTwice", Bundle.ERR_OperationTwice());
            }
            IntakeOperationEntity o = new IntakeOperationEntity();
            o.tanggal = d.tanggal();
            o.jamMulai = start.toString();
            o.jamSelesai = end.toString();
            o.titik = String.join(",", ids);
            o.tim = d.tim() == null || d.tim().isEmpty() ? null : String.join(", ", d.tim());
            o.kendaraan = ReportServiceImpl.blankToNull(d.kendaraan());
            o.catatan = ReportServiceImpl.blankToNull(d.catatan());
            o.kunci = key;
            s.persist(o);
            s.flush();
            return toRecord(s, o);
        });
    }

    private static Operation toRecord(org.hibernate.Session s, IntakeOperationEntity o) {
        List<String> names = new ArrayList<>();
        for (String id : o.titik.split(",")) {
            IntakeHotspotEntity h = s.find(IntakeHotspotEntity.class, id);
            names.add(h == null ? id : h.nama);
        }
        long n = s.createSelectionQuery("select count(*) from IntakeFoundPersonEntity where operationId = :o", Long.class)
                .setParameter("o", o.getId()).uniqueResult();
        return new Operation(o.getId(), o.tanggal, o.jamMulai, o.jamSelesai, names,
                o.tim == null ? List.of() : Arrays.asList(o.tim.split(",\\s*")), o.kendaraan, o.catatan, (int) n);
    }

    @Override
    public List<Operation> list(int limit) {
        AccessControl.get().require(IntakePermissions.READ);
        return tx.read(s -> s.createSelectionQuery("from IntakeOperationEntity order by tanggal desc, jamMulai desc", IntakeOperationEntity.class)
                .setMaxResults(limit <= 0 ? 100 : limit).list().stream().map(o -> toRecord(s, o)).toList());
    }

    static PersonDraft personDraft(FoundDraft f, String lastPlace) {
        PersonDraft p = PersonDraft.named(f.nama().strip()).homeless(lastPlace);
        if (f.nik() != null && !f.nik().isBlank()) {
            p = p.withNik(f.nik().strip());
        }
        if (f.jenisKelamin() != null) {
            p = p.withBirth(f.jenisKelamin(), null, null);
        }
        if (f.usiaPerkiraan() != null) {
            p = p.withEstimatedBirthYear(Jakarta.today().getYear() - f.usiaPerkiraan());
        }
        return p;
    }

    @Override
    public List<DuplicateCandidate> matches(FoundDraft f) {
        AccessControl.get().require(IntakePermissions.READ);
        check(f);
        return DuplicateService.get().candidatesFor(personDraft(f, null), 5);
    }

    private static void check(FoundDraft f) {
        if (f.nama() == null || f.nama().isBlank()) {
            throw IntakeErrors.of("ERR_FoundName", Bundle.ERR_FoundName());
        }
        if (f.usiaPerkiraan() != null && (f.usiaPerkiraan() < 0 || f.usiaPerkiraan() > 120)) {
            throw IntakeErrors.of("ERR_FoundAge", Bundle.ERR_FoundAge());
        }
        if (f.kategoriKode() == null || ReferenceData.get().kategori(f.kategoriKode()).isEmpty()) {
            throw IntakeErrors.of("ERR_UnknownCategory", Bundle.ERR_UnknownCategory(f.kategoriKode()), f.kategoriKode());
        }
    }

    @Override
    public FoundPerson addFound(String operationId, FoundDraft f) {
        AccessControl.get().require(IntakePermissions.TRIAGE);
        check(f);
        return tx.unitOfWork(() -> saveFound(operationId, f));
    }

    /**
     * The registry person, the case, the placement and the found record, in the caller's unit of
     * work: the registry's, cases' and referral services join it, so a failure at any step leaves
     * nothing written.
     */
    private FoundPerson saveFound(String operationId, FoundDraft f) {
        Operation op = tx.inTransaction(s -> {
            // The write lock first: this unit reads and then writes, and found people of one
            // operation are saved one after another (the cases' numbering, the capacity check).
            ReportServiceImpl.writeLock(s, "intake_operation", operationId);
            IntakeOperationEntity o = s.find(IntakeOperationEntity.class, operationId);
            if (o == null) {
                throw IntakeErrors.of("ERR_OperationNotFound", Bundle.ERR_OperationNotFound());
            }
            return toRecord(s, o);
        });
        Institution placement = null;
        if (f.institutionId() != null) {
            placement = ReferralService.get().institutions().stream().filter(i -> i.id().equals(f.institutionId())).findFirst()
                    .orElseThrow(() -> IntakeErrors.of("ERR_InstitutionNotFound", Bundle.ERR_InstitutionNotFound()));
            if (placement.sisa() <= 0) {
                throw IntakeErrors.of("ERR_InstitutionFull", Bundle.ERR_InstitutionFull(placement.nama()), placement.nama());
            }
        }
        String personId = f.personId();
        if (personId == null) {
            PersonPhoto photo = f.foto() == null || f.foto().length == 0 ? null
                    : new PersonPhoto(f.fotoMime() == null ? "image/jpeg" : f.fotoMime(), f.foto());
            personId = PersonService.get().create(personDraft(f, op.titik().get(0)), true, photo).id();
        } else if (PersonService.get().find(personId).isEmpty()) {
            throw IntakeErrors.of("ERR_PersonNotFound", Bundle.ERR_PersonNotFound());
        }
        String kel = tx.read(s -> {
            IntakeHotspotEntity h = s.find(IntakeHotspotEntity.class, firstHotspotId(s, operationId));
            return h == null ? null : h.kodeKelurahan;
        });
        CaseDetail c = CaseService.get().open(new CaseDraft(List.of(personId), null, CaseSource.PENJANGKAUAN, f.kategoriKode(),
                RiskLevel.SEDANG, null, op.tanggal(), kel, Bundle.CASE_FromOutreach(op.tanggal(), String.join(", ", op.titik()))
                        + (f.kondisi() == null || f.kondisi().isBlank() ? "" : ". " + f.kondisi().strip())));
        String referralId = placement == null ? null
                : ReferralService.get().refer(c.id(), placement.id(), op.tanggal(), Bundle.REF_Outreach()).id();
        String person = personId;
        String lembaga = placement == null ? null : placement.nama();
        return tx.inTransaction(s -> {
            IntakeFoundPersonEntity e = new IntakeFoundPersonEntity();
            e.operationId = operationId;
            e.nama = f.nama().strip();
            e.jenisKelamin = f.jenisKelamin() == null ? null : f.jenisKelamin().name();
            e.usiaPerkiraan = f.usiaPerkiraan();
            e.kategoriKode = f.kategoriKode();
            e.nik = ReportServiceImpl.blankToNull(f.nik());
            e.kondisi = ReportServiceImpl.blankToNull(f.kondisi());
            e.personId = person;
            e.caseId = c.id();
            e.referralId = referralId;
            s.persist(e);
            s.flush();
            return new FoundPerson(e.getId(), e.nama, e.kategoriKode, person, c.id(), c.nomor(), referralId, lembaga);
        });
    }

    @Override
    public List<TeamMember> teamCandidates(String text, int limit) {
        AccessControl.get().require(IntakePermissions.READ);
        MemberService members = MemberService.get();
        if (members == null) {
            return List.of();
        }
        List<TeamMember> out = new ArrayList<>();
        for (Member m : members.search(text == null ? "" : text.strip(), limit <= 0 ? 50 : limit)) {
            out.add(new TeamMember(m.id(), m.fullName(), pillars(m)));
        }
        return out;
    }

    /** The pillars a member serves in, from their type-specific data (names of the programmes, not texts). */
    static List<String> pillars(Member m) {
        List<String> p = new ArrayList<>(3);
        if (m.taganaNumber() != null && !m.taganaNumber().isBlank()) {
            p.add("Tagana");
        }
        if (m.tkskKecamatanKode() != null && !m.tkskKecamatanKode().isBlank()) {
            p.add("TKSK");
        }
        if (m.psmKelurahanKode() != null && !m.psmKelurahanKode().isBlank()) {
            p.add("PSM");
        }
        return p;
    }

    private static String firstHotspotId(org.hibernate.Session s, String operationId) {
        return s.find(IntakeOperationEntity.class, operationId).titik.split(",")[0];
    }

    @Override
    public List<FoundPerson> found(String operationId) {
        AccessControl.get().require(IntakePermissions.READ);
        List<IntakeFoundPersonEntity> rows = tx.read(s -> s.createSelectionQuery("from IntakeFoundPersonEntity where operationId = :o order by createdAt",
                IntakeFoundPersonEntity.class).setParameter("o", operationId).list());
        List<FoundPerson> out = new ArrayList<>();
        for (IntakeFoundPersonEntity e : rows) {
            String nomor = CaseService.get().find(e.caseId).map(CaseDetail::nomor).orElse(null);
            String lembaga = e.referralId == null ? null : ReferralService.get().forCase(e.caseId).stream()
                    .filter(r -> r.id().equals(e.referralId)).map(ReferralService.Referral::lembaga).findFirst().orElse(null);
            out.add(new FoundPerson(e.getId(), e.nama, e.kategoriKode, e.personId, e.caseId, nomor, e.referralId, lembaga));
        }
        return out;
    }
}
