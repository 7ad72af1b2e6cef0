package id.pilar.registry.impl;

import id.pilar.registry.api.RegistryException;
import id.pilar.core.api.identity.NikValidator;
import id.pilar.core.api.identity.PersonNames;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.InstantText;
import id.pilar.core.persistence.Transactions;
import id.pilar.core.persistence.Uuids;
import id.pilar.registry.api.DuplicateCandidate;
import id.pilar.registry.api.DuplicateService;
import id.pilar.registry.api.MergeField;
import id.pilar.registry.api.PersonDraft;
import id.pilar.registry.api.PersonSummary;
import id.pilar.registry.api.RegistryPermissions;
import id.pilar.registry.impl.match.DuplicateScan;
import id.pilar.registry.impl.match.DuplicateScore;
import id.pilar.registry.impl.match.PersonKey;
import id.pilar.registry.impl.model.DuplicateReviewEntity;
import id.pilar.registry.impl.model.MergeEntity;
import id.pilar.registry.impl.model.PersonEntity;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.hibernate.Session;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

@ServiceProvider(service = DuplicateService.class)
@Messages({
    "ERR_MergeSame=Data tidak dapat digabung dengan dirinya sendiri.",
    "ERR_MergeInactive=Hanya data berstatus AKTIF yang dapat digabung.",
    "ERR_MergeUndone=Penggabungan ini sudah dibatalkan.",
    "ERR_MergeNotFound=Penggabungan tidak ditemukan."
})
public final class DuplicateServiceImpl implements DuplicateService {

    private static final String KEY_COLUMNS = "p.id, p.nik, p.nama_kanonik, p.alias_kanonik, p.jenis_kelamin, p.tanggal_lahir,"
            + " p.tahun_lahir_perkiraan, p.kode_kelurahan, p.nama_ibu";

    private final Transactions tx;

    public DuplicateServiceImpl() {
        this(Transactions.get());
    }

    public DuplicateServiceImpl(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public List<DuplicateCandidate> candidatesFor(PersonDraft d, int limit) {
        AccessControl.get().require(RegistryPermissions.READ);
        if (PersonNames.canonical(d.nama()).isEmpty()) {
            return List.of();
        }
        boolean show = PersonRows.canSeeNik();
        return tx.jdbc(c -> candidates(c, d, limit, show));
    }

    /**
     * The check before saving on an open connection (the service adds the permission check and the
     * transaction; the person-list import runs it inside its own).
     */
    static List<DuplicateCandidate> candidates(Connection c, PersonDraft d, int limit, boolean show) throws SQLException {
        String nik = NikValidator.clean(d.nik());
        PersonKey draft = PersonKey.of(null, nik.isEmpty() ? null : nik, PersonNames.canonical(d.nama()),
                d.aliases().isEmpty() ? null : String.join(" ", d.aliases().stream().map(PersonNames::canonical).toList()),
                d.jenisKelamin() == null ? null : d.jenisKelamin().code(),
                d.tanggalLahir() == null ? null : d.tanggalLahir().toString(), d.tahunLahirPerkiraan(),
                blankToNull(d.kodeKelurahan()), d.namaIbu() == null ? null : d.namaIbu().toLowerCase(Locale.ROOT));
        if (draft.nama().isEmpty()) {
            return List.of();
        }
        Map<String, PersonKey> pool = new LinkedHashMap<>();
        if (draft.nik() != null) {
            keys(c, "p.nik = ?", draft.nik(), pool);
        }
        if (draft.tanggalLahir() != null) {
            keys(c, "p.tanggal_lahir = ?", draft.tanggalLahir(), pool);
        }
        String firstWord = draft.nama().split(" ")[0];
        keys(c, "p.id IN (SELECT person_id FROM reg_person_token WHERE token = ? LIMIT 2000)", firstWord, pool);
        List<DuplicateCandidate> out = new ArrayList<>();
        for (PersonKey k : pool.values()) {
            DuplicateScore.Result r = DuplicateScore.explain(draft, k);
            if (r.score() >= 60) {
                out.add(new DuplicateCandidate(null, null, summary(c, k.id(), show), r.score(), r.reasons()));
            }
        }
        out.sort(Comparator.comparingInt(DuplicateCandidate::skor).reversed());
        return out.size() > limit ? new ArrayList<>(out.subList(0, limit)) : out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static void keys(Connection c, String where, String value, Map<String, PersonKey> pool) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + KEY_COLUMNS + " FROM reg_person p WHERE p.status = 'AKTIF' AND "
                + where + " LIMIT 2000")) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    PersonKey k = keyOf(rs);
                    pool.putIfAbsent(k.id(), k);
                }
            }
        }
    }

    private static PersonKey keyOf(ResultSet rs) throws SQLException {
        int est = rs.getInt(7);
        boolean noEst = rs.wasNull();
        String ibu = rs.getString(9);
        return PersonKey.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                noEst ? null : est, rs.getString(8), ibu == null ? null : ibu.toLowerCase(Locale.ROOT));
    }

    static PersonSummary summary(Connection c, String id, boolean show) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + PersonRows.COLUMNS + " FROM reg_person p WHERE p.id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? PersonRows.summary(rs, show) : null;
            }
        }
    }

    @Override
    public ScanResult scan(BooleanSupplier cancelled) {
        return scan(cancelled, (done, total) -> { });
    }

    @Override
    public ScanResult scan(BooleanSupplier cancelled, ScanProgress progress) {
        AccessControl.get().require(RegistryPermissions.DUPLICATES);
        long start = System.nanoTime();
        DuplicateScan scan = new DuplicateScan(cancelled, progress::update);
        List<DuplicateScan.Pair> pairs = tx.jdbc(scan::run);
        String now = InstantText.format(Instant.now());
        String who = AccessControl.get().currentUser().username();
        tx.jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO reg_duplikat (id, version, created_at, created_by, updated_at,"
                    + " updated_by, person_a, person_b, skor, alasan, status) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, 'TERBUKA')"
                    + " ON CONFLICT (person_a, person_b) DO NOTHING")) {
                for (DuplicateScan.Pair p : pairs) {
                    DuplicateScore.Result r = DuplicateScore.explain(p.a(), p.b());
                    ps.setString(1, Uuids.newId());
                    ps.setString(2, now);
                    ps.setString(3, who);
                    ps.setString(4, now);
                    ps.setString(5, who);
                    ps.setString(6, p.a().id());
                    ps.setString(7, p.b().id());
                    ps.setInt(8, p.score());
                    ps.setString(9, String.join("; ", r.reasons()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
        return new ScanResult(pairs.size(), (int) Math.min(Integer.MAX_VALUE, scan.compared()), (System.nanoTime() - start) / 1_000_000);
    }

    @Override
    public List<DuplicateCandidate> openReviews(int limit) {
        AccessControl.get().require(RegistryPermissions.DUPLICATES);
        boolean show = PersonRows.canSeeNik();
        return tx.jdbc(c -> {
            List<String[]> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, person_a, person_b, skor, alasan FROM reg_duplikat"
                    + " WHERE status = 'TERBUKA' ORDER BY skor DESC, id LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)});
                    }
                }
            }
            List<DuplicateCandidate> out = new ArrayList<>();
            for (String[] r : rows) {
                out.add(new DuplicateCandidate(r[0], summary(c, r[1], show), summary(c, r[2], show), Integer.parseInt(r[3]),
                        Arrays.asList(r[4].split("; "))));
            }
            return out;
        });
    }

    @Override
    public long openReviewCount() {
        AccessControl.get().require(RegistryPermissions.READ);
        // Plain JDBC: the start page asks this while Hibernate may still be starting.
        return tx.query(c -> PersonServiceImpl.count(c, "SELECT count(*) FROM reg_duplikat WHERE status = ?", DuplicateReviewEntity.TERBUKA));
    }

    @Override
    public void dismiss(String reviewId) {
        AccessControl.get().require(RegistryPermissions.DUPLICATES);
        tx.run(s -> {
            DuplicateReviewEntity d = s.find(DuplicateReviewEntity.class, reviewId);
            if (d != null) {
                d.setStatus(DuplicateReviewEntity.BUKAN_GANDA);
            }
        });
    }

    @Override
    public String merge(String survivorId, String mergedId, Map<MergeField, Character> choice) {
        AccessControl.get().require(RegistryPermissions.DUPLICATES);
        if (survivorId.equals(mergedId)) {
            throw new RegistryException("ERR_MergeSame", Bundle.ERR_MergeSame());
        }
        return tx.inTransaction(s -> {
            PersonEntity a = PersonServiceImpl.load(s, survivorId);
            PersonEntity b = PersonServiceImpl.load(s, mergedId);
            if (!PersonEntity.AKTIF.equals(a.getStatus()) || !PersonEntity.AKTIF.equals(b.getStatus())) {
                throw new RegistryException("ERR_MergeInactive", Bundle.ERR_MergeInactive());
            }
            Set<String> wordsBefore = PersonServiceImpl.words(a);
            Properties before = snapshot(a);
            StringBuilder picked = new StringBuilder();
            for (MergeField f : MergeField.values()) {
                char side = choice.getOrDefault(f, 'A');
                picked.append(f.name()).append('=').append(side).append('\n');
                if (side == 'B') {
                    copy(f, b, a);
                }
            }
            b.setStatus(PersonEntity.GANDA);
            b.setDigabungKe(a.getId());
            MergeEntity m = new MergeEntity(a.getId(), b.getId(), write(before), picked.toString());
            s.persist(m);
            setReview(s, a.getId(), b.getId(), DuplicateReviewEntity.DIGABUNG);
            s.flush();
            PersonServiceImpl.reindex(s, a, wordsBefore);
            return m.getId();
        });
    }

    @Override
    public void unmerge(String mergeId) {
        AccessControl.get().require(RegistryPermissions.DUPLICATES);
        tx.run(s -> {
            MergeEntity m = s.find(MergeEntity.class, mergeId);
            if (m == null) {
                throw new RegistryException("ERR_MergeNotFound", Bundle.ERR_MergeNotFound());
            }
            if (m.getDibatalkanAt() != null) {
                throw new RegistryException("ERR_MergeUndone", Bundle.ERR_MergeUndone());
            }
            PersonEntity a = PersonServiceImpl.load(s, m.getSurvivorId());
            PersonEntity b = PersonServiceImpl.load(s, m.getMergedId());
            Set<String> wordsBefore = PersonServiceImpl.words(a);
            restore(a, read(m.getSurvivorSebelum()));
            b.setStatus(PersonEntity.AKTIF);
            b.setDigabungKe(null);
            m.setDibatalkanAt(Instant.now());
            setReview(s, a.getId(), b.getId(), DuplicateReviewEntity.TERBUKA);
            s.flush();
            PersonServiceImpl.reindex(s, a, wordsBefore);
        });
    }

    @Override
    public List<MergeRecord> merges(int limit) {
        AccessControl.get().require(RegistryPermissions.DUPLICATES);
        boolean show = PersonRows.canSeeNik();
        List<MergeEntity> list = tx.read(s -> s.createSelectionQuery("from MergeEntity m where m.dibatalkanAt is null order by m.createdAt desc",
                MergeEntity.class).setMaxResults(limit).getResultList());
        return tx.jdbc(c -> {
            List<MergeRecord> out = new ArrayList<>();
            for (MergeEntity m : list) {
                out.add(new MergeRecord(m.getId(), summary(c, m.getSurvivorId(), show), summary(c, m.getMergedId(), show), m.getCreatedAt()));
            }
            return out;
        });
    }

    private static void setReview(Session s, String x, String y, String status) {
        String a = x.compareTo(y) < 0 ? x : y;
        String b = x.compareTo(y) < 0 ? y : x;
        s.createSelectionQuery("from DuplicateReviewEntity d where d.personA = :a and d.personB = :b", DuplicateReviewEntity.class)
                .setParameter("a", a).setParameter("b", b).getResultList().forEach(d -> d.setStatus(status));
    }

    /** Copies one field (or field group) from {@code from} to {@code to}. */
    private static void copy(MergeField f, PersonEntity from, PersonEntity to) {
        switch (f) {
            case NIK -> to.setNik(from.getNik());
            case NAMA -> {
                to.setNama(from.getNama());
                to.setNamaKanonik(from.getNamaKanonik());
            }
            case ALIAS -> {
                to.setAlias(from.getAlias());
                to.setAliasKanonik(from.getAliasKanonik());
            }
            case JENIS_KELAMIN -> to.setJenisKelamin(from.getJenisKelamin());
            case TEMPAT_LAHIR -> to.setTempatLahir(from.getTempatLahir());
            case TANGGAL_LAHIR -> {
                to.setTanggalLahir(from.getTanggalLahir());
                to.setTahunLahirPerkiraan(from.getTahunLahirPerkiraan());
            }
            case NAMA_IBU -> to.setNamaIbu(from.getNamaIbu());
            case ALAMAT -> {
                to.setAlamatJalan(from.getAlamatJalan());
                to.setRt(from.getRt());
                to.setRw(from.getRw());
                to.setKodeKelurahan(from.getKodeKelurahan());
                to.setTanpaAlamat(from.isTanpaAlamat());
                to.setLokasiTerakhir(from.getLokasiTerakhir());
            }
            case TELEPON -> to.setTelepon(from.getTelepon());
            case DISABILITAS -> to.setDisabilitas(from.getDisabilitas());
            case CATATAN -> to.setCatatan(from.getCatatan());
            default -> throw new IllegalArgumentException(f.name());
        }
    }

    /** The survivor's mergeable fields, to put back on unmerge. */
    private static Properties snapshot(PersonEntity p) {
        Properties s = new Properties();
        put(s, "nik", p.getNik());
        put(s, "nama", p.getNama());
        put(s, "nama_kanonik", p.getNamaKanonik());
        put(s, "alias", p.getAlias());
        put(s, "alias_kanonik", p.getAliasKanonik());
        put(s, "jenis_kelamin", p.getJenisKelamin());
        put(s, "tempat_lahir", p.getTempatLahir());
        put(s, "tanggal_lahir", p.getTanggalLahir() == null ? null : p.getTanggalLahir().toString());
        put(s, "tahun_lahir_perkiraan", p.getTahunLahirPerkiraan() == null ? null : p.getTahunLahirPerkiraan().toString());
        put(s, "nama_ibu", p.getNamaIbu());
        put(s, "alamat_jalan", p.getAlamatJalan());
        put(s, "rt", p.getRt());
        put(s, "rw", p.getRw());
        put(s, "kode_kelurahan", p.getKodeKelurahan());
        put(s, "tanpa_alamat", p.isTanpaAlamat() ? "1" : "0");
        put(s, "lokasi_terakhir", p.getLokasiTerakhir());
        put(s, "telepon", p.getTelepon());
        put(s, "disabilitas", p.getDisabilitas());
        put(s, "catatan", p.getCatatan());
        return s;
    }

    private static void restore(PersonEntity p, Properties s) {
        p.setNik(s.getProperty("nik"));
        p.setNama(s.getProperty("nama"));
        p.setNamaKanonik(s.getProperty("nama_kanonik"));
        p.setAlias(s.getProperty("alias"));
        p.setAliasKanonik(s.getProperty("alias_kanonik"));
        p.setJenisKelamin(s.getProperty("jenis_kelamin"));
        p.setTempatLahir(s.getProperty("tempat_lahir"));
        String born = s.getProperty("tanggal_lahir");
        p.setTanggalLahir(born == null ? null : LocalDate.parse(born));
        String est = s.getProperty("tahun_lahir_perkiraan");
        p.setTahunLahirPerkiraan(est == null ? null : Integer.valueOf(est));
        p.setNamaIbu(s.getProperty("nama_ibu"));
        p.setAlamatJalan(s.getProperty("alamat_jalan"));
        p.setRt(s.getProperty("rt"));
        p.setRw(s.getProperty("rw"));
        p.setKodeKelurahan(s.getProperty("kode_kelurahan"));
        p.setTanpaAlamat("1".equals(s.getProperty("tanpa_alamat")));
        p.setLokasiTerakhir(s.getProperty("lokasi_terakhir"));
        p.setTelepon(s.getProperty("telepon"));
        p.setDisabilitas(s.getProperty("disabilitas"));
        p.setCatatan(s.getProperty("catatan"));
    }

    private static void put(Properties s, String k, String v) {
        if (v != null) {
            s.setProperty(k, v);
        }
    }

    private static String write(Properties p) {
        StringWriter w = new StringWriter();
        try {
            p.store(w, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private static Properties read(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
