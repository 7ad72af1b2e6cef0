package id.pilar.registry.impl;

import id.pilar.registry.api.RegistryException;
import id.pilar.core.api.identity.IdentityProblem;
import id.pilar.core.api.identity.KkValidator;
import id.pilar.core.api.identity.NikValidator;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.Transactions;
import id.pilar.registry.api.HouseholdAddress;
import id.pilar.registry.api.HouseholdEvent;
import id.pilar.registry.api.HouseholdMember;
import id.pilar.registry.api.HouseholdService;
import id.pilar.registry.api.HouseholdSummary;
import id.pilar.registry.api.PersonSummary;
import id.pilar.registry.api.RegistryPermissions;
import id.pilar.registry.api.RegistryValidationException;
import id.pilar.registry.api.Shdk;
import id.pilar.registry.impl.model.HouseholdEntity;
import id.pilar.registry.impl.model.HouseholdEventEntity;
import id.pilar.registry.impl.model.MembershipEntity;
import id.pilar.registry.impl.model.PersonEntity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

@ServiceProvider(service = HouseholdService.class)
@Messages({
    "# {0} - id",
    "ERR_HouseholdNotFound=Data keluarga {0} tidak ditemukan.",
    "ERR_NotMember=Orang ini bukan anggota aktif KK tersebut.",
    "ERR_SplitNeedsMembers=Pilih anggota yang pindah ke KK baru, termasuk kepala keluarganya.",
    "# {0} - kk",
    "EVT_Dibentuk=KK {0} dibentuk",
    "# {0} - old kk",
    "EVT_PecahDari=Dipecah dari KK {0}",
    "# {0} - new kk",
    "# {1} - count",
    "EVT_PecahKe={1} anggota pindah ke KK baru {0}",
    "# {0} - address",
    "EVT_Pindah=Pindah alamat dari {0}",
    "# {0} - address",
    "# {1} - count",
    "EVT_PindahAnggota=Pindah alamat dari {0}; alamat {1} anggota ikut diperbarui",
    "# {0} - last place seen",
    "LBL_TanpaAlamat=tanpa alamat tetap (terakhir: {0})",
    "LBL_BelumBeralamat=belum ada alamat",
    "# {0} - name",
    "EVT_AnggotaMasuk={0} masuk sebagai anggota",
    "# {0} - name",
    "# {1} - reason",
    "EVT_AnggotaKeluar={0} keluar: {1}"
})
public final class HouseholdServiceImpl implements HouseholdService {

    private final Transactions tx;

    public HouseholdServiceImpl() {
        this(Transactions.get());
    }

    public HouseholdServiceImpl(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public HouseholdSummary create(String nomorKk, HouseholdAddress alamat, String kepalaPersonId, LocalDate tanggal) {
        AccessControl.get().require(RegistryPermissions.HOUSEHOLD_WRITE);
        checkAddress(alamat);
        return tx.inTransaction(s -> {
            HouseholdEntity h = newHousehold(s, nomorKk, tanggal);
            place(h, alamat);
            join(s, h, kepalaPersonId, Shdk.KEPALA_KELUARGA, tanggal);
            s.flush();
            return summary(s, h);
        });
    }

    private static void checkAddress(HouseholdAddress a) {
        List<IdentityProblem> problems = PersonValidation.householdAddress(a);
        if (!problems.isEmpty()) {
            throw new RegistryValidationException(problems);
        }
    }

    static void place(HouseholdEntity h, HouseholdAddress a) {
        if (a.tanpaAlamatTetap()) {
            h.setNoFixedAddress(a.lokasiTerakhir());
        } else {
            h.setAddress(a.alamatJalan(), a.rt(), a.rw(), a.kodeKelurahan());
        }
    }

    static HouseholdAddress addressOf(HouseholdEntity h) {
        return h.isTanpaAlamat() ? HouseholdAddress.noFixedAddress(h.getLokasiTerakhir())
                : HouseholdAddress.of(h.getAlamatJalan(), h.getRt(), h.getRw(), h.getKodeKelurahan());
    }

    static HouseholdEntity newHousehold(Session s, String nomorKk, LocalDate tanggal) {
        String kk = NikValidator.clean(nomorKk);
        List<IdentityProblem> problems = KkValidator.check(kk);
        if (!problems.isEmpty()) {
            throw new RegistryValidationException(problems);
        }
        HouseholdEntity h = new HouseholdEntity(kk);
        s.persist(h);
        s.persist(new HouseholdEventEntity(h.getId(), "DIBENTUK", tanggal, Bundle.EVT_Dibentuk(kk)));
        return h;
    }

    @Override
    public HouseholdSummary addMember(String householdId, String personId, Shdk shdk, LocalDate tanggal) {
        AccessControl.get().require(RegistryPermissions.HOUSEHOLD_WRITE);
        return tx.inTransaction(s -> {
            HouseholdEntity h = load(s, householdId);
            join(s, h, personId, shdk, tanggal);
            s.flush();
            return summary(s, h);
        });
    }

    /** A person belongs to one KK at a time: joining ends the current membership elsewhere. */
    static void join(Session s, HouseholdEntity h, String personId, Shdk shdk, LocalDate tanggal) {
        PersonEntity p = PersonServiceImpl.load(s, personId);
        for (MembershipEntity m : current(s, personId)) {
            m.setSelesai(tanggal);
        }
        s.persist(new MembershipEntity(h.getId(), personId, shdk.code(), tanggal));
        if (shdk != Shdk.KEPALA_KELUARGA) {
            s.persist(new HouseholdEventEntity(h.getId(), "ANGGOTA", tanggal, Bundle.EVT_AnggotaMasuk(p.getNama())));
        }
    }

    private static List<MembershipEntity> current(Session s, String personId) {
        return s.createSelectionQuery("from MembershipEntity m where m.personId = :p and m.selesai is null", MembershipEntity.class)
                .setParameter("p", personId).getResultList();
    }

    @Override
    public HouseholdSummary endMembership(String householdId, String personId, LocalDate tanggal, String keterangan) {
        AccessControl.get().require(RegistryPermissions.HOUSEHOLD_WRITE);
        return tx.inTransaction(s -> {
            HouseholdEntity h = load(s, householdId);
            MembershipEntity m = current(s, personId).stream().filter(x -> x.getHouseholdId().equals(householdId)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(Bundle.ERR_NotMember()));
            m.setSelesai(tanggal);
            s.persist(new HouseholdEventEntity(h.getId(), "ANGGOTA", tanggal,
                    Bundle.EVT_AnggotaKeluar(PersonServiceImpl.load(s, personId).getNama(), keterangan)));
            s.flush();
            return summary(s, h);
        });
    }

    @Override
    public HouseholdSummary split(String householdId, String nomorKkBaru, List<String> personIds, String kepalaPersonId,
            LocalDate tanggal) {
        AccessControl.get().require(RegistryPermissions.HOUSEHOLD_WRITE);
        if (personIds.isEmpty() || !personIds.contains(kepalaPersonId)) {
            throw new RegistryException("ERR_SplitNeedsMembers", Bundle.ERR_SplitNeedsMembers());
        }
        return tx.inTransaction(s -> {
            HouseholdEntity old = load(s, householdId);
            HouseholdEntity h = newHousehold(s, nomorKkBaru, tanggal);
            place(h, addressOf(old));
            h.setAsalId(old.getId());
            for (String pid : personIds) {
                boolean member = current(s, pid).stream().anyMatch(m -> m.getHouseholdId().equals(householdId));
                if (!member) {
                    throw new RegistryException("ERR_NotMember", Bundle.ERR_NotMember());
                }
            }
            join(s, h, kepalaPersonId, Shdk.KEPALA_KELUARGA, tanggal);
            for (String pid : personIds) {
                if (!pid.equals(kepalaPersonId)) {
                    MembershipEntity was = s.createSelectionQuery("from MembershipEntity m where m.personId = :p and m.householdId = :h "
                            + "order by m.mulai desc", MembershipEntity.class).setParameter("p", pid).setParameter("h", householdId)
                            .setMaxResults(1).getSingleResult();
                    Shdk shdk = Shdk.of(was.getShdk()) == Shdk.KEPALA_KELUARGA ? Shdk.LAINNYA : Shdk.of(was.getShdk());
                    join(s, h, pid, shdk, tanggal);
                }
            }
            s.persist(new HouseholdEventEntity(h.getId(), "PECAH", tanggal, Bundle.EVT_PecahDari(old.getNomorKk())));
            s.persist(new HouseholdEventEntity(old.getId(), "PECAH", tanggal, Bundle.EVT_PecahKe(h.getNomorKk(), personIds.size())));
            if (countCurrent(s, old.getId()) == 0) {
                old.setStatus(HouseholdEntity.TIDAK_AKTIF);
            }
            s.flush();
            return summary(s, h);
        });
    }

    private static long countCurrent(Session s, String householdId) {
        return s.createSelectionQuery("select count(m) from MembershipEntity m where m.householdId = :h and m.selesai is null", Long.class)
                .setParameter("h", householdId).getSingleResult();
    }

    @Override
    public HouseholdSummary move(String householdId, HouseholdAddress alamat, List<String> movingMembers, LocalDate tanggal) {
        AccessControl.get().require(RegistryPermissions.HOUSEHOLD_WRITE);
        checkAddress(alamat);
        return tx.inTransaction(s -> {
            HouseholdEntity h = load(s, householdId);
            String before = describe(h);
            java.util.Set<String> members = new java.util.HashSet<>();
            current(s, h).forEach(m -> members.add(m.getPersonId()));
            for (String pid : movingMembers) {
                if (!members.contains(pid)) {
                    throw new RegistryException("ERR_NotMember", Bundle.ERR_NotMember());
                }
            }
            place(h, alamat);
            for (String pid : new java.util.LinkedHashSet<>(movingMembers)) {
                PersonEntity p = PersonServiceImpl.load(s, pid);
                java.util.Set<String> oldWords = PersonServiceImpl.words(p);
                Residence.moveTo(p, alamat);
                s.flush();
                PersonServiceImpl.reindex(s, p, oldWords);
            }
            s.persist(new HouseholdEventEntity(h.getId(), "PINDAH", tanggal, movingMembers.isEmpty() ? Bundle.EVT_Pindah(before)
                    : Bundle.EVT_PindahAnggota(before, new java.util.LinkedHashSet<>(movingMembers).size())));
            s.flush();
            return summary(s, h);
        });
    }

    @Override
    public List<PersonSummary> residents(String householdId) {
        AccessControl.get().require(RegistryPermissions.READ);
        return tx.read(s -> {
            HouseholdEntity h = load(s, householdId);
            HouseholdAddress here = addressOf(h);
            List<PersonSummary> out = new ArrayList<>();
            for (MembershipEntity m : current(s, h)) {
                PersonEntity p = s.find(PersonEntity.class, m.getPersonId());
                if (p != null && Residence.livesAt(p, here)) {
                    out.add(PersonServiceImpl.summary(p));
                }
            }
            return out;
        });
    }

    private static List<MembershipEntity> current(Session s, HouseholdEntity h) {
        return s.createSelectionQuery("from MembershipEntity m where m.householdId = :h and m.selesai is null order by m.shdk, m.mulai",
                MembershipEntity.class).setParameter("h", h.getId()).getResultList();
    }

    private static String describe(HouseholdEntity h) {
        if (h.isTanpaAlamat()) {
            return Bundle.LBL_TanpaAlamat(h.getLokasiTerakhir() == null ? "-" : h.getLokasiTerakhir());
        }
        String address = address(h.getAlamatJalan(), h.getRt(), h.getRw(), PersonRows.kelurahan(h.getKodeKelurahan()));
        // A KK may be created with no address at all (homeless families); its history then says so.
        return address.isEmpty() ? Bundle.LBL_BelumBeralamat() : address;
    }

    @Override
    public Optional<HouseholdSummary> find(String householdId) {
        AccessControl.get().require(RegistryPermissions.READ);
        return tx.read(s -> Optional.ofNullable(s.find(HouseholdEntity.class, householdId)).map(h -> summary(s, h)));
    }

    @Override
    public List<HouseholdSummary> findByKk(String nomorKk) {
        AccessControl.get().require(RegistryPermissions.READ);
        String kk = NikValidator.clean(nomorKk);
        return tx.read(s -> s.createSelectionQuery("from HouseholdEntity h where h.nomorKk = :k", HouseholdEntity.class)
                .setParameter("k", kk).getResultList().stream().map(h -> summary(s, h)).toList());
    }

    private static HouseholdEntity load(Session s, String id) {
        HouseholdEntity h = s.find(HouseholdEntity.class, id);
        if (h == null) {
            throw new RegistryException("ERR_HouseholdNotFound", Bundle.ERR_HouseholdNotFound(id), id);
        }
        return h;
    }

    static String address(String street, String rt, String rw, String kelurahan) {
        StringBuilder b = new StringBuilder(street == null ? "" : street);
        if (rt != null || rw != null) {
            b.append(b.length() > 0 ? ", " : "").append("RT ").append(rt == null ? "-" : rt).append("/RW ").append(rw == null ? "-" : rw);
        }
        if (kelurahan != null) {
            b.append(b.length() > 0 ? ", " : "").append(kelurahan);
        }
        return b.toString();
    }

    private static HouseholdSummary summary(Session s, HouseholdEntity h) {
        boolean show = PersonRows.canSeeNik();
        List<HouseholdMember> members = new ArrayList<>();
        for (MembershipEntity m : s.createSelectionQuery("from MembershipEntity m where m.householdId = :h order by m.shdk, m.mulai",
                MembershipEntity.class).setParameter("h", h.getId()).getResultList()) {
            PersonEntity p = s.find(PersonEntity.class, m.getPersonId());
            members.add(new HouseholdMember(PersonServiceImpl.summary(p), Shdk.of(m.getShdk()), m.getMulai(), m.getSelesai()));
        }
        members.sort(Comparator.comparing((HouseholdMember m) -> m.selesai() != null).thenComparing(m -> m.shdk().code()));
        List<HouseholdEvent> events = s.createSelectionQuery("from HouseholdEventEntity e where e.householdId = :h order by e.tanggal desc, e.createdAt desc",
                HouseholdEventEntity.class).setParameter("h", h.getId()).getResultList().stream()
                .map(e -> new HouseholdEvent(e.getJenis(), e.getTanggal(), e.getKeterangan())).toList();
        return new HouseholdSummary(h.getId(), PersonRows.mask(h.getNomorKk(), show), h.getAlamatJalan(), h.getRt(), h.getRw(),
                PersonRows.kelurahan(h.getKodeKelurahan()), h.getStatus(), h.getAsalId(), members, events, h.isTanpaAlamat(),
                h.getLokasiTerakhir());
    }
}
