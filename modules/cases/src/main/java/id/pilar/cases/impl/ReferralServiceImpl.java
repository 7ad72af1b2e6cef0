package id.pilar.cases.impl;

import id.pilar.cases.api.ApprovalKind;
import id.pilar.cases.api.CasesPermissions;
import id.pilar.cases.api.ReferralService;
import id.pilar.cases.impl.model.CaseFileEntity;
import id.pilar.cases.impl.model.CaseInstitutionEntity;
import id.pilar.cases.impl.model.CaseReferralEntity;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.Transactions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

@ServiceProvider(service = ReferralService.class)
@Messages({
    "ERR_InstitutionName=Isi nama dan jenis lembaga.",
    "ERR_Capacity=Kapasitas tempat tidur tidak boleh negatif.",
    "ERR_InstitutionNotFound=Lembaga tidak ditemukan.",
    "ERR_ReferralNotFound=Rujukan tidak ditemukan.",
    "ERR_ReferralDate=Isi tanggal rujukan; tidak boleh sebelum tanggal buka atau setelah hari ini.",
    "# {0} - from", "# {1} - to", "ERR_ReferralStep=Status rujukan tidak dapat berubah dari {0} ke {1}.",
    "# {0} - institution", "ERR_InstitutionFullNow={0} sudah penuh; rujukan ini tidak dapat diterima sekarang."
})
public final class ReferralServiceImpl implements ReferralService {

    private static final Map<String, Set<String>> STEPS = Map.of(
            "DIKIRIM", Set.of("DITERIMA", "DITOLAK"),
            "DITERIMA", Set.of("SELESAI"));

    private final Transactions tx;

    public ReferralServiceImpl() {
        this(Transactions.get());
    }

    public ReferralServiceImpl(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public List<Institution> institutions() {
        AccessControl.get().require(CasesPermissions.READ);
        return tx.read(s -> s.createSelectionQuery("from CaseInstitutionEntity where aktif = 1 order by nama", CaseInstitutionEntity.class)
                .getResultList().stream().map(i -> institution(s, i)).toList());
    }

    @Override
    public Institution saveInstitution(Institution in) {
        AccessControl.get().require(CasesPermissions.SETTINGS);
        if (CaseServiceImpl.blankToNull(in.nama()) == null || in.jenis() == null) {
            throw CaseErrors.of("ERR_InstitutionName", Bundle.ERR_InstitutionName());
        }
        if (in.kapasitas() < 0) {
            throw CaseErrors.of("ERR_Capacity", Bundle.ERR_Capacity());
        }
        return tx.inTransaction(s -> {
            CaseInstitutionEntity e = in.id() == null ? new CaseInstitutionEntity() : s.find(CaseInstitutionEntity.class, in.id());
            if (e == null) {
                throw CaseErrors.of("ERR_InstitutionNotFound", Bundle.ERR_InstitutionNotFound());
            }
            e.nama = in.nama().trim();
            e.jenis = in.jenis().name();
            e.alamat = CaseServiceImpl.blankToNull(in.alamat());
            e.kontak = CaseServiceImpl.blankToNull(in.kontak());
            e.kapasitas = in.kapasitas();
            e.aktif = 1;
            if (in.id() == null) {
                s.persist(e);
            }
            s.flush();
            return institution(s, e);
        });
    }

    static Institution institution(Session s, CaseInstitutionEntity i) {
        return new Institution(i.getId(), i.nama, InstitutionKind.valueOf(i.jenis), i.alamat, i.kontak, i.kapasitas, Referrals.taken(s, i.getId()));
    }

    @Override
    public Referral refer(String caseId, String institutionId, LocalDate tanggal, String alasan) {
        AccessControl.get().require(CasesPermissions.WORK);
        return tx.inTransaction(s -> {
            CaseFileEntity c = CaseServiceImpl.openCase(s, caseId);
            CaseInstitutionEntity i = s.find(CaseInstitutionEntity.class, institutionId);
            if (i == null) {
                throw CaseErrors.of("ERR_InstitutionNotFound", Bundle.ERR_InstitutionNotFound());
            }
            if (tanggal == null || tanggal.isBefore(c.tanggalBuka) || tanggal.isAfter(Jakarta.today())) {
                throw CaseErrors.of("ERR_ReferralDate", Bundle.ERR_ReferralDate());
            }
            // One rule for "full" (Institution.penuh: capacity 0 means no beds, never full).
            boolean full = institution(s, i).penuh();
            if (full) {
                CaseServiceImpl.notWaiting(c);
            }
            CaseReferralEntity r = new CaseReferralEntity();
            r.caseId = caseId;
            r.institutionId = institutionId;
            r.tanggal = tanggal;
            r.alasan = CaseServiceImpl.blankToNull(alasan);
            r.status = full ? "MENUNGGU_IZIN" : "DIKIRIM";
            s.persist(r);
            if (full) {
                Approvals.request(s, c, ApprovalKind.RUJUKAN_PENUH, r.getId());
            }
            s.flush();
            return referral(s, r, full);
        });
    }

    @Override
    public Referral advance(String referralId, String status, String catatan) {
        AccessControl.get().require(CasesPermissions.WORK);
        return tx.inTransaction(s -> {
            CaseReferralEntity r = s.find(CaseReferralEntity.class, referralId);
            if (r == null) {
                throw CaseErrors.of("ERR_ReferralNotFound", Bundle.ERR_ReferralNotFound());
            }
            if (!STEPS.getOrDefault(r.status, Set.of()).contains(status)) {
                throw CaseErrors.of("ERR_ReferralStep", Bundle.ERR_ReferralStep(Referrals.label(r.status), Referrals.label(status)), r.status, status);
            }
            CaseInstitutionEntity i = s.find(CaseInstitutionEntity.class, r.institutionId);
            if ("DITERIMA".equals(status) && r.overrideOleh == null && institution(s, i).penuh()) {
                throw CaseErrors.of("ERR_InstitutionFullNow", Bundle.ERR_InstitutionFullNow(i.nama), i.nama);
            }
            r.status = status;
            r.catatan = CaseServiceImpl.blankToNull(catatan);
            s.flush();
            return referral(s, r, false);
        });
    }

    @Override
    public List<Referral> forCase(String caseId) {
        AccessControl.get().require(CasesPermissions.READ);
        return tx.read(s -> s.createSelectionQuery("from CaseReferralEntity where caseId = :c order by createdAt", CaseReferralEntity.class)
                .setParameter("c", caseId).getResultList().stream().map(r -> referral(s, r, "MENUNGGU_IZIN".equals(r.status))).toList());
    }

    static Referral referral(Session s, CaseReferralEntity r, boolean full) {
        return new Referral(r.getId(), r.caseId, r.institutionId, Referrals.institutionName(s, r.institutionId), r.status, Referrals.label(r.status), r.tanggal, r.alasan,
                r.overrideOleh, r.catatan, full);
    }
}
