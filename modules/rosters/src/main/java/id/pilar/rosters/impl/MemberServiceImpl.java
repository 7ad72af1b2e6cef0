package id.pilar.rosters.impl;

import id.pilar.core.api.identity.NikValidator;
import id.pilar.core.api.identity.PersonNames;
import id.pilar.core.api.identity.Sex;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.api.security.Masks;
import id.pilar.core.persistence.Transactions;
import id.pilar.rosters.api.DuplicateNikException;
import id.pilar.rosters.api.Member;
import id.pilar.rosters.api.MemberCheck;
import id.pilar.rosters.api.MemberDraft;
import id.pilar.rosters.api.MemberService;
import id.pilar.rosters.api.Membership;
import id.pilar.rosters.api.MembershipDraft;
import id.pilar.rosters.api.RostersException;
import id.pilar.rosters.api.RostersPermissions;
import id.pilar.rosters.api.TaganaRank;
import id.pilar.rosters.impl.model.RosterMemberEntity;
import id.pilar.rosters.impl.model.RosterMembershipEntity;
import id.pilar.rosters.impl.model.RosterOrganisationEntity;
import jakarta.persistence.OptimisticLockException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.Session;
import org.openide.util.lookup.ServiceProvider;
import org.openide.util.NbBundle.Messages;

@ServiceProvider(service = MemberService.class)
@Messages({
    "ERR_MemberNotFound=Anggota tidak ditemukan.",
    "ERR_OrganisationRequired=Organisasi wajib dipilih.",
    "ERR_RoleRequired=Peran dalam organisasi wajib diisi.",
    "ERR_MembershipStartRequired=Tanggal mulai keanggotaan wajib diisi.",
    "ERR_MembershipEndBeforeStart=Tanggal akhir keanggotaan sebelum tanggal mulai.",
    "ERR_MembershipBeforeBirth=Keanggotaan dimulai sebelum anggota lahir.",
    "# {0} - organisation, {1} - role, {2} - start, {3} - end",
    "ERR_MembershipOverlap=Keanggotaan di {0} tumpang tindih dengan keanggotaan {1} {2}–{3}.",
    "LBL_Now=sekarang",
    "ERR_MembershipNotFound=Keanggotaan tidak ditemukan."
})
public final class MemberServiceImpl implements MemberService {

    private final Transactions tx;

    public MemberServiceImpl() {
        this(null);
    }

    public MemberServiceImpl(Transactions tx) {
        this.tx = tx;
    }

    private Transactions tx() {
        return tx != null ? tx : Transactions.get();
    }

    @Override
    public MemberCheck check(MemberDraft draft, String excludeMemberId) {
        AccessControl.get().require(RostersPermissions.READ);
        return tx().read(s -> MemberRules.check(s, draft, excludeMemberId, LocalDate.now(ShiftTimes.JAKARTA)));
    }

    @Override
    public Member create(MemberDraft draft) {
        AccessControl.get().require(RostersPermissions.MEMBER_WRITE);
        return tx().inTransaction(s -> {
            RosterMemberEntity m = new RosterMemberEntity();
            refuseProblems(MemberRules.check(s, draft, null, LocalDate.now(ShiftTimes.JAKARTA)));
            MemberRules.apply(m, draft);
            s.persist(m);
            s.flush();
            return toRecord(m);
        });
    }

    static void refuseProblems(MemberCheck c) {
        if (c.sameNik() != null) {
            throw new DuplicateNikException(c.sameNik());
        }
        if (!c.errors().isEmpty()) {
            throw new RostersException(c.errors());
        }
    }

    @Override
    public Member update(String id, int version, MemberDraft draft) {
        AccessControl.get().require(RostersPermissions.MEMBER_WRITE);
        return tx().inTransaction(s -> {
            RosterMemberEntity m = s.find(RosterMemberEntity.class, id);
            if (m == null) {
                throw new RostersException("ERR_MemberNotFound", Bundle.ERR_MemberNotFound());
            }
            if (m.getVersion() != version) {
                throw new OptimisticLockException("Member " + id + " is no longer at version " + version);
            }
            refuseProblems(MemberRules.check(s, draft, id, LocalDate.now(ShiftTimes.JAKARTA)));
            MemberRules.apply(m, draft);
            s.flush();
            return toRecord(m);
        });
    }

    @Override
    public Optional<Member> get(String id) {
        AccessControl.get().require(RostersPermissions.READ);
        return tx().read(s -> Optional.ofNullable(s.find(RosterMemberEntity.class, id)).map(MemberServiceImpl::toRecord));
    }

    @Override
    public List<Member> search(String text, int limit) {
        AccessControl.get().require(RostersPermissions.READ);
        String t = text == null ? "" : text.trim();
        String digits = NikValidator.clean(t);
        boolean byNik = !digits.isEmpty() && digits.chars().allMatch(Character::isDigit);
        String like = byNik ? digits + "%" : "%" + PersonNames.canonical(t).toLowerCase(Locale.ROOT) + "%";
        return tx().read(s -> s.createSelectionQuery(byNik ? "from RosterMemberEntity m where m.nik like :t order by m.fullName"
                : "from RosterMemberEntity m where m.nameKey like :t order by m.fullName", RosterMemberEntity.class)
                .setParameter("t", like).setMaxResults(limit).getResultList().stream().map(MemberServiceImpl::toRecord).toList());
    }

    @Override
    public List<Membership> memberships(String memberId) {
        AccessControl.get().require(RostersPermissions.READ);
        return tx().read(s -> Memberships.query(s, "ms.memberId = :id", memberId));
    }

    @Override
    public Membership addMembership(MembershipDraft d) {
        AccessControl.get().require(RostersPermissions.MEMBER_WRITE);
        return tx().inTransaction(s -> {
            validateMembership(s, d, null);
            RosterMembershipEntity ms = new RosterMembershipEntity();
            ms.memberId = d.memberId();
            ms.organisationId = d.organisationId();
            ms.role = d.role().trim();
            ms.startDate = d.startDate();
            ms.endDate = d.endDate();
            s.persist(ms);
            s.flush();
            return Memberships.query(s, "ms.id = :id", ms.getId()).get(0);
        });
    }

    /**
     * Two memberships of one member in the same organisation that overlap contradict each other
     * (which role held on those days?), so the second is refused; different organisations may overlap.
     */
    static void validateMembership(Session s, MembershipDraft d, String selfId) {
        List<String> p = new ArrayList<>();
        RosterMemberEntity m = d.memberId() == null ? null : s.find(RosterMemberEntity.class, d.memberId());
        RosterOrganisationEntity o = d.organisationId() == null ? null : s.find(RosterOrganisationEntity.class, d.organisationId());
        if (m == null) {
            p.add(Bundle.ERR_MemberNotFound());
        }
        if (o == null) {
            p.add(Bundle.ERR_OrganisationRequired());
        }
        if (Wilayah.blank(d.role())) {
            p.add(Bundle.ERR_RoleRequired());
        }
        if (d.startDate() == null) {
            p.add(Bundle.ERR_MembershipStartRequired());
        } else if (d.endDate() != null && d.endDate().isBefore(d.startDate())) {
            p.add(Bundle.ERR_MembershipEndBeforeStart());
        } else if (m != null && m.birthDate != null && d.startDate().isBefore(m.birthDate)) {
            p.add(Bundle.ERR_MembershipBeforeBirth());
        }
        if (p.isEmpty()) {
            LocalDate end = d.endDate() == null ? LocalDate.of(9999, 12, 31) : d.endDate();
            s.createSelectionQuery("from RosterMembershipEntity ms where ms.memberId = :m and ms.organisationId = :o "
                    + "and (:self is null or ms.id <> :self) and ms.startDate <= :end and (ms.endDate is null or ms.endDate >= :start)",
                    RosterMembershipEntity.class).setParameter("m", d.memberId()).setParameter("o", d.organisationId())
                    .setParameter("self", selfId).setParameter("end", end).setParameter("start", d.startDate())
                    .getResultStream().findFirst().ifPresent(other -> p.add(Bundle.ERR_MembershipOverlap(o.name, other.role, Dates.show(other.startDate), other.endDate == null ? Bundle.LBL_Now() : Dates.show(other.endDate))));
        }
        if (!p.isEmpty()) {
            throw new RostersException(p);
        }
    }

    @Override
    public Membership endMembership(String membershipId, LocalDate endDate) {
        AccessControl.get().require(RostersPermissions.MEMBER_WRITE);
        return tx().inTransaction(s -> {
            RosterMembershipEntity ms = s.find(RosterMembershipEntity.class, membershipId);
            if (ms == null) {
                throw new RostersException("ERR_MembershipNotFound", Bundle.ERR_MembershipNotFound());
            }
            if (endDate == null || endDate.isBefore(ms.startDate)) {
                throw new RostersException("ERR_MembershipEndBeforeStart", Bundle.ERR_MembershipEndBeforeStart());
            }
            ms.endDate = endDate;
            s.flush();
            return Memberships.query(s, "ms.id = :id", ms.getId()).get(0);
        });
    }

    static Member toRecord(RosterMemberEntity m) {
        String nik = AccessControl.get().canSee(AccessControl.Sensitive.NIK_KK) ? m.nik : Masks.identityNumber(m.nik);
        return new Member(m.getId(), m.getVersion() == null ? 0 : m.getVersion(), nik, m.fullName, Sex.parse(m.sex), m.birthDate,
                m.phone, m.kelurahanKode, Wilayah.kelurahanName(m.kelurahanKode), m.taganaNumber,
                m.taganaRank == null ? null : TaganaRank.valueOf(m.taganaRank), m.tkskKecamatanKode, m.tkskSkNumber,
                m.tkskSkValidFrom, m.tkskSkValidUntil, m.psmKelurahanKode);
    }
}
