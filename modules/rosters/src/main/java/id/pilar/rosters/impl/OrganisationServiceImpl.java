package id.pilar.rosters.impl;

import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.Transactions;
import id.pilar.rosters.api.Membership;
import id.pilar.rosters.api.Organisation;
import id.pilar.rosters.api.OrganisationDraft;
import id.pilar.rosters.api.OrganisationService;
import id.pilar.rosters.api.OrganisationStatus;
import id.pilar.rosters.api.RostersException;
import id.pilar.rosters.api.RostersPermissions;
import id.pilar.rosters.impl.model.RosterOrganisationEntity;
import jakarta.persistence.OptimisticLockException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;
import org.openide.util.lookup.ServiceProvider;
import org.openide.util.NbBundle.Messages;

@ServiceProvider(service = OrganisationService.class)
@Messages({
    "ERR_OrganisationNotFound=Organisasi tidak ditemukan.",
    "ERR_OrgNameRequired=Nama organisasi wajib diisi.",
    "ERR_OrgKindRequired=Jenis pilar (kategori PSKS) wajib dipilih.",
    "ERR_OrgRegistrationRequired=Nomor registrasi wajib diisi.",
    "# {0} - number",
    "ERR_OrgRegistrationTaken=Nomor registrasi {0} sudah dipakai organisasi lain.",
    "ERR_OrgSkReversed=Masa berlaku SK berakhir sebelum mulai berlaku.",
    "ERR_OrgKelurahanRequired=Kelurahan wajib dipilih dari daftar Jakarta Pusat.",
    "ERR_OrgStatusRequired=Status organisasi wajib dipilih."
})
public final class OrganisationServiceImpl implements OrganisationService {

    private final Transactions tx;

    public OrganisationServiceImpl() {
        this(null);
    }

    public OrganisationServiceImpl(Transactions tx) {
        this.tx = tx;
    }

    private Transactions tx() {
        return tx != null ? tx : Transactions.get();
    }

    @Override
    public List<Organisation> list(String text, String psksKode) {
        AccessControl.get().require(RostersPermissions.READ);
        String like = "%" + (text == null ? "" : text.trim().toLowerCase(Locale.ROOT)) + "%";
        return tx().read(s -> {
            List<RosterOrganisationEntity> list = s.createSelectionQuery("from RosterOrganisationEntity o where (lower(o.name) like :t "
                    + "or lower(o.registrationNumber) like :t) and (:p is null or o.psksKode = :p) order by o.name",
                    RosterOrganisationEntity.class).setParameter("t", like).setParameter("p", psksKode).getResultList();
            Map<String, Integer> active = activeMembers(s, LocalDate.now(ShiftTimes.JAKARTA));
            return list.stream().map(o -> toRecord(o, active.getOrDefault(o.getId(), 0))).toList();
        });
    }

    @Override
    public Optional<Organisation> get(String id) {
        AccessControl.get().require(RostersPermissions.READ);
        return tx().read(s -> Optional.ofNullable(s.find(RosterOrganisationEntity.class, id))
                .map(o -> toRecord(o, activeMembers(s, LocalDate.now(ShiftTimes.JAKARTA)).getOrDefault(id, 0))));
    }

    @Override
    public Organisation create(OrganisationDraft draft) {
        AccessControl.get().require(RostersPermissions.ORGANISATION_WRITE);
        return tx().inTransaction(s -> {
            validate(s, draft, null);
            RosterOrganisationEntity o = new RosterOrganisationEntity();
            apply(o, draft);
            s.persist(o);
            s.flush();
            return toRecord(o, 0);
        });
    }

    @Override
    public Organisation update(String id, int version, OrganisationDraft draft) {
        AccessControl.get().require(RostersPermissions.ORGANISATION_WRITE);
        return tx().inTransaction(s -> {
            RosterOrganisationEntity o = s.find(RosterOrganisationEntity.class, id);
            if (o == null) {
                throw new RostersException("ERR_OrganisationNotFound", Bundle.ERR_OrganisationNotFound());
            }
            if (o.getVersion() != version) {
                throw new OptimisticLockException("Organisation " + id + " is no longer at version " + version);
            }
            validate(s, draft, id);
            apply(o, draft);
            s.flush();
            return toRecord(o, activeMembers(s, LocalDate.now(ShiftTimes.JAKARTA)).getOrDefault(id, 0));
        });
    }

    @Override
    public List<Membership> memberships(String organisationId) {
        AccessControl.get().require(RostersPermissions.READ);
        return tx().read(s -> Memberships.query(s, "ms.organisationId = :id", organisationId));
    }

    private static void validate(Session s, OrganisationDraft d, String selfId) {
        List<String> p = new ArrayList<>();
        if (Wilayah.blank(d.name())) {
            p.add(Bundle.ERR_OrgNameRequired());
        }
        if (Wilayah.psks(d.psksKode()).isEmpty()) {
            p.add(Bundle.ERR_OrgKindRequired());
        }
        if (Wilayah.blank(d.registrationNumber())) {
            p.add(Bundle.ERR_OrgRegistrationRequired());
        } else {
            Long same = s.createSelectionQuery("select count(o) from RosterOrganisationEntity o where o.registrationNumber = :r "
                    + "and (:self is null or o.id <> :self)", Long.class)
                    .setParameter("r", d.registrationNumber().trim()).setParameter("self", selfId).getSingleResult();
            if (same > 0) {
                p.add(Bundle.ERR_OrgRegistrationTaken(d.registrationNumber().trim()));
            }
        }
        if (d.skValidFrom() != null && d.skValidUntil() != null && d.skValidUntil().isBefore(d.skValidFrom())) {
            p.add(Bundle.ERR_OrgSkReversed());
        }
        if (Wilayah.kelurahan(d.kelurahanKode()).isEmpty()) {
            p.add(Bundle.ERR_OrgKelurahanRequired());
        }
        if (d.status() == null) {
            p.add(Bundle.ERR_OrgStatusRequired());
        }
        if (!p.isEmpty()) {
            throw new RostersException(p);
        }
    }

    private static void apply(RosterOrganisationEntity o, OrganisationDraft d) {
        o.name = d.name().trim();
        o.psksKode = d.psksKode();
        o.registrationNumber = d.registrationNumber().trim();
        o.skNumber = Wilayah.trim(d.skNumber());
        o.skValidFrom = d.skValidFrom();
        o.skValidUntil = d.skValidUntil();
        o.address = Wilayah.trim(d.address());
        o.kelurahanKode = d.kelurahanKode();
        o.headName = Wilayah.trim(d.headName());
        o.status = d.status().name();
    }

    /** Members with a membership valid on {@code day}, per organisation id. */
    static Map<String, Integer> activeMembers(Session s, LocalDate day) {
        Map<String, Integer> out = new HashMap<>();
        s.createSelectionQuery("select ms.organisationId, count(distinct ms.memberId) from RosterMembershipEntity ms "
                + "where ms.startDate <= :d and (ms.endDate is null or ms.endDate >= :d) group by ms.organisationId", Object[].class)
                .setParameter("d", day).getResultList()
                .forEach(r -> out.put((String) r[0], ((Number) r[1]).intValue()));
        return out;
    }

    static Organisation toRecord(RosterOrganisationEntity o, int activeMembers) {
        return new Organisation(o.getId(), o.getVersion() == null ? 0 : o.getVersion(), o.name, o.psksKode, Wilayah.psksLabel(o.psksKode),
                o.registrationNumber, o.skNumber, o.skValidFrom, o.skValidUntil, o.address, o.kelurahanKode,
                Wilayah.kelurahanName(o.kelurahanKode), o.headName, OrganisationStatus.valueOf(o.status), activeMembers);
    }
}
