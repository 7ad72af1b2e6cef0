package id.pilar.registry.impl;

import id.pilar.registry.api.PersonPhoto;
import id.pilar.registry.api.RegistryException;
import id.pilar.core.api.identity.IdentityProblem;
import id.pilar.core.api.identity.NikValidator;
import id.pilar.core.api.identity.PersonNames;
import id.pilar.core.api.identity.PhoneNumbers;
import id.pilar.core.api.identity.Sex;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.Transactions;
import id.pilar.registry.api.CategoryPeriod;
import id.pilar.registry.api.Membership;
import id.pilar.registry.api.NikChange;
import id.pilar.registry.api.PersonDetail;
import id.pilar.registry.api.PersonDraft;
import id.pilar.registry.api.PersonService;
import id.pilar.registry.api.PersonSummary;
import id.pilar.registry.api.RegistryPermissions;
import id.pilar.registry.api.RegistryValidationException;
import id.pilar.registry.api.Shdk;
import id.pilar.registry.impl.model.MembershipEntity;
import id.pilar.registry.impl.model.NikHistoryEntity;
import id.pilar.registry.impl.model.PersonCategoryEntity;
import id.pilar.registry.impl.model.PersonEntity;
import jakarta.persistence.OptimisticLockException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

@ServiceProvider(service = PersonService.class)
@Messages({
    "# {0} - id",
    "ERR_PersonNotFound=Data penduduk {0} tidak ditemukan.",
    "ERR_PersonChanged=Data ini sudah diubah pengguna lain. Muat ulang lalu ulangi perubahan.",
    "ERR_PersonMerged=Data ini sudah digabung ke data lain (GANDA) dan tidak dapat diubah.",
    "MSG_NikPertama=NIK dicatat saat pendaftaran",
    "MSG_NikDiubah=NIK diubah pada formulir"
})
public final class PersonServiceImpl implements PersonService {

    private final Transactions tx;

    public PersonServiceImpl() {
        this(Transactions.get());
    }

    public PersonServiceImpl(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public List<IdentityProblem> validate(PersonDraft draft) {
        return validate(null, draft);
    }

    @Override
    public List<IdentityProblem> validate(String personId, PersonDraft draft) {
        AccessControl.get().require(RegistryPermissions.READ);
        List<IdentityProblem> p = PersonValidation.check(draft, id.pilar.core.api.time.JakartaTime.today());
        String nik = NikValidator.clean(draft.nik());
        if (!nik.isEmpty()) {
            tx.read(s -> nikOwner(s, nik, personId)).ifPresent(reg -> p.add(PersonValidation.nikTaken(reg)));
        }
        return p;
    }

    @Override
    public PersonSummary create(PersonDraft draft, boolean warningsConfirmed) {
        return create(draft, warningsConfirmed, null);
    }

    @Override
    public PersonSummary update(String personId, int version, PersonDraft draft, boolean warningsConfirmed) {
        return update(personId, version, draft, warningsConfirmed, null);
    }

    @Override
    public PersonSummary create(PersonDraft draft, boolean warningsConfirmed, PersonPhoto photo) {
        AccessControl.get().require(RegistryPermissions.WRITE);
        return tx.inTransaction(s -> {
            check(s, draft, null, warningsConfirmed);
            PersonEntity p = register(s, draft);
            savePhoto(s, p.getId(), photo);
            return summary(p);
        });
    }

    @Override
    public PersonSummary update(String personId, int version, PersonDraft draft, boolean warningsConfirmed, PersonPhoto photo) {
        AccessControl.get().require(RegistryPermissions.WRITE);
        return tx.inTransaction(s -> {
            PersonEntity p = load(s, personId);
            if (p.getVersion() != version) {
                throw new OptimisticLockException(Bundle.ERR_PersonChanged());
            }
            if (PersonEntity.GANDA.equals(p.getStatus())) {
                throw new RegistryException("ERR_PersonMerged", Bundle.ERR_PersonMerged());
            }
            PersonDraft effective = keepMaskedNik(p, draft);
            check(s, effective, personId, warningsConfirmed);
            revise(s, p, effective, Bundle.MSG_NikDiubah());
            savePhoto(s, p.getId(), photo);
            return summary(p);
        });
    }

    /**
     * A new person from a checked draft, with a registry number, categories, NIK history and
     * search words, in the caller's transaction (the form and the person-list import).
     */
    static PersonEntity register(Session s, PersonDraft draft) {
        String number = s.doReturningWork(c -> RegistryNumbers.next(c, id.pilar.core.api.time.JakartaTime.today().getYear()));
        PersonEntity p = new PersonEntity(number);
        apply(p, draft);
        s.persist(p);
        replaceCategories(s, p.getId(), draft.kategori());
        if (p.getNik() != null) {
            s.persist(new NikHistoryEntity(p.getId(), null, p.getNik(), Bundle.MSG_NikPertama()));
        }
        s.flush();
        reindex(s, p, java.util.Set.of());
        return p;
    }

    /** A person changed to a checked draft; a new NIK goes into the NIK history with {@code nikReason}. */
    static void revise(Session s, PersonEntity p, PersonDraft draft, String nikReason) {
        String oldNik = p.getNik();
        java.util.Set<String> oldWords = words(p);
        apply(p, draft);
        if (!java.util.Objects.equals(oldNik, p.getNik())) {
            s.persist(new NikHistoryEntity(p.getId(), oldNik, p.getNik(), nikReason));
        }
        replaceCategories(s, p.getId(), draft.kategori());
        s.flush();
        reindex(s, p, oldWords);
    }

    /** The registry number of another active person holding this NIK (the import matches by it). */
    static Optional<String> nikHolder(Session s, String nik) {
        return nikOwner(s, nik, null);
    }

    /** A user who sees masked NIKs gets the masked value back in the form: keep the stored one. */
    static java.util.Set<String> words(PersonEntity p) {
        return NameIndex.tokens(p.getNamaKanonik(), p.getAliasKanonik(), p.getAlamatJalan());
    }

    /** Brings the search words in line with the row, in the same transaction. */
    static void reindex(Session s, PersonEntity p, java.util.Set<String> before) {
        java.util.Set<String> after = words(p);
        s.doWork(c -> NameIndex.replace(c, p.getId(), before, after));
    }

    private static PersonDraft keepMaskedNik(PersonEntity p, PersonDraft d) {
        if (d.nik() != null && d.nik().contains("*")) {
            return d.withNik(p.getNik());
        }
        return d;
    }

    @Override
    public PersonSummary reconcileNik(String personId, String nik, String alasan) {
        AccessControl.get().require(RegistryPermissions.WRITE);
        return tx.inTransaction(s -> {
            PersonEntity p = load(s, personId);
            String clean = NikValidator.clean(nik);
            List<IdentityProblem> problems = new ArrayList<>(NikValidator.check(clean, p.getTanggalLahir(),
                    Sex.parse(p.getJenisKelamin()), id.pilar.core.api.time.JakartaTime.today()).problems());
            problems.removeIf(x -> x.severity() == IdentityProblem.Severity.WARNING);
            nikOwner(s, clean, personId).ifPresent(reg -> problems.add(PersonValidation.nikTaken(reg)));
            if (!problems.isEmpty()) {
                throw new RegistryValidationException(problems);
            }
            s.persist(new NikHistoryEntity(p.getId(), p.getNik(), clean, alasan));
            p.setNik(clean);
            s.flush();
            return summary(p);
        });
    }

    @Override
    public Optional<PersonDetail> find(String personId) {
        AccessControl.get().require(RegistryPermissions.READ);
        Optional<PersonDetail> d = tx.read(s -> Optional.ofNullable(s.find(PersonEntity.class, personId)).map(p -> detail(s, p)));
        d.ifPresent(x -> AccessControl.get().recordRead("Person", personId));
        return d;
    }

    @Override
    public long countActive() {
        AccessControl.get().require(RegistryPermissions.READ);
        // Plain JDBC: the start page asks this while Hibernate may still be starting.
        return tx.query(c -> count(c, "SELECT count(*) FROM reg_person WHERE status = ?", PersonEntity.AKTIF));
    }

    /** A count with one text parameter. */
    static long count(Connection c, String sql, String param) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Override
    public Optional<byte[]> photo(String personId) {
        AccessControl.get().require(RegistryPermissions.READ);
        return tx.jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT data FROM reg_person_foto WHERE person_id = ?")) {
                ps.setString(1, personId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.<byte[]>empty();
                }
            }
        });
    }

    /** The photo goes with the person: a failure of either leaves neither written. */
    private static void savePhoto(Session s, String personId, PersonPhoto photo) {
        if (photo != null) {
            s.doWork(c -> writePhoto(c, personId, photo.mime(), photo.data()));
        }
    }

    @Override
    public void setPhoto(String personId, String mime, byte[] data) {
        AccessControl.get().require(RegistryPermissions.WRITE);
        tx.jdbc(c -> {
            writePhoto(c, personId, mime, data);
            return null;
        });
    }

    private static void writePhoto(java.sql.Connection c, String personId, String mime, byte[] data) throws java.sql.SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM reg_person_foto WHERE person_id = ?")) {
            del.setString(1, personId);
            del.executeUpdate();
        }
        if (data != null && data.length > 0) {
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO reg_person_foto (person_id, mime, data) VALUES (?, ?, ?)")) {
                ins.setString(1, personId);
                ins.setString(2, mime);
                ins.setBytes(3, data);
                ins.executeUpdate();
            }
        }
    }

    private void check(Session s, PersonDraft draft, String selfId, boolean warningsConfirmed) {
        List<IdentityProblem> problems = PersonValidation.check(draft, id.pilar.core.api.time.JakartaTime.today());
        String nik = NikValidator.clean(draft.nik());
        if (!nik.isEmpty()) {
            nikOwner(s, nik, selfId).ifPresent(reg -> problems.add(PersonValidation.nikTaken(reg)));
        }
        boolean errors = problems.stream().anyMatch(x -> x.severity() == IdentityProblem.Severity.ERROR);
        if (errors || (!problems.isEmpty() && !warningsConfirmed)) {
            throw new RegistryValidationException(problems);
        }
    }

    /** The registry number of another active person holding this NIK. */
    private static Optional<String> nikOwner(Session s, String nik, String selfId) {
        return s.createSelectionQuery("select p.nomorRegistri from PersonEntity p where p.nik = :nik and p.status = :a"
                + " and p.id <> :self", String.class)
                .setParameter("nik", nik).setParameter("a", PersonEntity.AKTIF)
                .setParameter("self", selfId == null ? "" : selfId)
                .setMaxResults(1).getResultList().stream().findFirst();
    }

    static PersonEntity load(Session s, String id) {
        PersonEntity p = s.find(PersonEntity.class, id);
        if (p == null) {
            throw new RegistryException("ERR_PersonNotFound", Bundle.ERR_PersonNotFound(id), id);
        }
        return p;
    }

    static void apply(PersonEntity p, PersonDraft d) {
        String nik = NikValidator.clean(d.nik());
        p.setNik(nik.isEmpty() ? null : nik);
        p.setNama(d.nama().trim());
        p.setNamaKanonik(PersonNames.canonical(d.nama()));
        List<String> aliases = d.aliases().stream().map(String::trim).filter(a -> !a.isEmpty()).toList();
        p.setAlias(aliases.isEmpty() ? null : String.join("\n", aliases));
        p.setAliasKanonik(aliases.isEmpty() ? null : String.join(" ", aliases.stream().map(PersonNames::canonical).toList()));
        p.setJenisKelamin(d.jenisKelamin() == null ? null : d.jenisKelamin().code());
        p.setTempatLahir(trim(d.tempatLahir()));
        p.setTanggalLahir(d.tanggalLahir());
        p.setTahunLahirPerkiraan(d.tanggalLahir() == null ? d.tahunLahirPerkiraan() : null);
        p.setNamaIbu(trim(d.namaIbu()));
        p.setTanpaAlamat(d.tanpaAlamatTetap());
        if (d.tanpaAlamatTetap()) {
            p.setAlamatJalan(null);
            p.setRt(null);
            p.setRw(null);
            p.setKodeKelurahan(null);
            p.setLokasiTerakhir(trim(d.lokasiTerakhir()));
        } else {
            p.setAlamatJalan(trim(d.alamatJalan()));
            p.setRt(trim(d.rt()));
            p.setRw(trim(d.rw()));
            p.setKodeKelurahan(trim(d.kodeKelurahan()));
            p.setLokasiTerakhir(null);
        }
        p.setTelepon(PhoneNumbers.normalise(d.telepon()));
        p.setDisabilitas(trim(d.disabilitas()));
        p.setCatatan(trim(d.catatan()));
    }

    private static void replaceCategories(Session s, String personId, List<CategoryPeriod> periods) {
        s.createMutationQuery("delete from PersonCategoryEntity c where c.personId = :p").setParameter("p", personId).executeUpdate();
        for (CategoryPeriod c : periods) {
            s.persist(new PersonCategoryEntity(personId, c.kode(), c.mulai(), c.selesai()));
        }
    }

    private static String trim(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }

    static PersonSummary summary(PersonEntity p) {
        boolean show = PersonRows.canSeeNik();
        return new PersonSummary(p.getId(), p.getNomorRegistri(), PersonRows.mask(p.getNik(), show), p.getNama(),
                p.getJenisKelamin(), p.getTanggalLahir(), PersonRows.kelurahan(p.getKodeKelurahan()), p.getStatus());
    }

    static PersonDraft draft(Session s, PersonEntity p, boolean showNik) {
        List<CategoryPeriod> cats = s.createSelectionQuery("from PersonCategoryEntity c where c.personId = :p order by c.mulai",
                PersonCategoryEntity.class).setParameter("p", p.getId()).getResultList().stream()
                .map(c -> new CategoryPeriod(c.getKodeKategori(), c.getMulai(), c.getSelesai())).toList();
        List<String> aliases = p.getAlias() == null ? List.of() : Arrays.asList(p.getAlias().split("\n"));
        return new PersonDraft(PersonRows.mask(p.getNik(), showNik), p.getNama(), aliases, Sex.parse(p.getJenisKelamin()),
                p.getTempatLahir(), p.getTanggalLahir(), p.getTahunLahirPerkiraan(), p.getNamaIbu(), p.getAlamatJalan(),
                p.getRt(), p.getRw(), p.getKodeKelurahan(), p.isTanpaAlamat(), p.getLokasiTerakhir(),
                PhoneNumbers.display(p.getTelepon()), p.getDisabilitas(), p.getCatatan(), cats);
    }

    private static PersonDetail detail(Session s, PersonEntity p) {
        boolean show = PersonRows.canSeeNik();
        List<Membership> households = new ArrayList<>();
        for (MembershipEntity m : s.createSelectionQuery("from MembershipEntity m where m.personId = :p", MembershipEntity.class)
                .setParameter("p", p.getId()).getResultList()) {
            String kk = s.createSelectionQuery("select h.nomorKk from HouseholdEntity h where h.id = :h", String.class)
                    .setParameter("h", m.getHouseholdId()).getSingleResult();
            households.add(new Membership(m.getHouseholdId(), PersonRows.mask(kk, show), Shdk.of(m.getShdk()), m.getMulai(), m.getSelesai()));
        }
        households.sort(Comparator.comparing((Membership m) -> m.selesai() == null ? LocalDate.MAX : m.selesai()).reversed()
                .thenComparing(Membership::mulai, Comparator.reverseOrder()));
        List<NikChange> niks = s.createSelectionQuery("from NikHistoryEntity n where n.personId = :p order by n.createdAt",
                NikHistoryEntity.class).setParameter("p", p.getId()).getResultList().stream()
                .map(n -> new NikChange(PersonRows.mask(n.getNikLama(), show), PersonRows.mask(n.getNikBaru(), show),
                        n.getAlasan(), n.getCreatedAt(), n.getCreatedBy())).toList();
        return new PersonDetail(summary(p), draft(s, p, show), p.getDigabungKe(), p.getVersion(), households, niks,
                p.getUpdatedAt(), p.getUpdatedBy());
    }
}
