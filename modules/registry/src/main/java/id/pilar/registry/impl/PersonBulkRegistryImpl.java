package id.pilar.registry.impl;

import id.pilar.core.api.identity.IdentityProblem;
import id.pilar.core.api.identity.NikValidator;
import id.pilar.core.api.identity.PersonNames;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.api.time.JakartaTime;
import id.pilar.core.persistence.InstantText;
import id.pilar.core.persistence.Transactions;
import id.pilar.registry.api.PersonBulkRegistry;
import id.pilar.registry.api.PersonDraft;
import id.pilar.registry.api.RegistryPermissions;
import id.pilar.registry.impl.match.DuplicateScore;
import id.pilar.registry.impl.match.PersonKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.openide.util.lookup.ServiceProvider;

/**
 * The bulk find-or-register. Reads are a few set queries (NIKs, then birth dates, 500 values a
 * statement) instead of a search per person; the duplicate check scores each unmatched draft
 * only against people born the same day (a sure match needs the same birth date, so nothing is
 * lost); new people are written by {@link BulkPersonWriter} with JDBC batches.
 */
@ServiceProvider(service = PersonBulkRegistry.class)
public final class PersonBulkRegistryImpl implements PersonBulkRegistry {

    private static final int IN_LIST = 500;
    private static final String KEY_COLUMNS = "p.id, p.nik, p.nama_kanonik, p.alias_kanonik, p.jenis_kelamin, p.tanggal_lahir,"
            + " p.tahun_lahir_perkiraan, p.kode_kelurahan, p.nama_ibu, p.nomor_registri, p.nama";

    private final Transactions tx;

    public PersonBulkRegistryImpl() {
        this(Transactions.get());
    }

    public PersonBulkRegistryImpl(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public List<Match> findOrRegister(List<PersonDraft> drafts, BooleanSupplier cancelled) {
        AccessControl.get().require(RegistryPermissions.WRITE);
        return tx.jdbc(c -> resolve(c, revision(c), drafts, cancelled));
    }

    @Override
    public List<Match> findOrRegister(Connection connection, long revision, List<PersonDraft> drafts, BooleanSupplier cancelled)
            throws SQLException {
        AccessControl.get().require(RegistryPermissions.WRITE);
        return resolve(connection, revision, drafts, cancelled);
    }

    /** An existing person as the duplicate check sees them, with what a match reports. */
    private record Known(PersonKey key, String nomor, String nama) {
    }

    private static List<Match> resolve(Connection c, long revision, List<PersonDraft> drafts, BooleanSupplier cancelled) throws SQLException {
        LocalDate today = JakartaTime.today();
        int n = drafts.size();
        Match[] out = new Match[n];
        PersonKey[] keys = new PersonKey[n];
        Set<String> niks = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            poll(cancelled);
            PersonDraft d = drafts.get(i);
            List<IdentityProblem> errors = PersonValidation.check(d, today).stream()
                    .filter(p -> p.severity() == IdentityProblem.Severity.ERROR).toList();
            if (!errors.isEmpty()) {
                out[i] = new Match(d, How.REFUSED, null, null, null, errors);
                continue;
            }
            keys[i] = key(d);
            if (keys[i].nik() != null) {
                niks.add(keys[i].nik());
            }
        }
        Map<String, Known> byNik = new HashMap<>();
        for (Known k : load(c, "p.nik", niks)) {
            byNik.putIfAbsent(k.key().nik(), k);
        }
        Set<String> dates = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            if (keys[i] != null && !byNik.containsKey(keys[i].nik()) && keys[i].tanggalLahir() != null) {
                dates.add(keys[i].tanggalLahir());
            }
        }
        Map<String, List<Known>> byDate = new HashMap<>();
        for (Known k : load(c, "p.tanggal_lahir", dates)) {
            byDate.computeIfAbsent(k.key().tanggalLahir(), x -> new ArrayList<>()).add(k);
        }
        List<Integer> fresh = new ArrayList<>();
        List<PersonDraft> toWrite = new ArrayList<>();
        List<PersonKey> toWriteKeys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            poll(cancelled);
            if (keys[i] == null) {
                continue;
            }
            PersonDraft d = drafts.get(i);
            Known k = keys[i].nik() == null ? null : byNik.get(keys[i].nik());
            if (k != null) {
                out[i] = new Match(d, k.nomor() == null ? How.REGISTERED : How.NIK, k.key().id(), k.nomor(), k.nama(), null);
                continue;
            }
            Known dup = sureMatch(keys[i], byDate.get(keys[i].tanggalLahir()));
            if (dup != null) {
                out[i] = new Match(d, dup.nomor() == null ? How.REGISTERED : How.DUPLICATE, dup.key().id(), dup.nomor(), dup.nama(), null);
                continue;
            }
            // New: later drafts of this list find it by NIK or as a sure match, like a stored person.
            PersonKey mine = new PersonKey(BulkPersonWriter.newId(), keys[i].nik(), keys[i].nama(), keys[i].alias(), keys[i].jenisKelamin(),
                    keys[i].tanggalLahir(), keys[i].tahunPerkiraan(), keys[i].kodeKelurahan(), keys[i].namaIbu(), keys[i].namaUrut());
            Known self = new Known(mine, null, d.nama().trim());
            if (mine.nik() != null) {
                byNik.put(mine.nik(), self);
            }
            if (mine.tanggalLahir() != null) {
                byDate.computeIfAbsent(mine.tanggalLahir(), x -> new ArrayList<>()).add(self);
            }
            fresh.add(i);
            toWrite.add(d);
            toWriteKeys.add(mine);
        }
        poll(cancelled);
        Map<String, String> numbers = BulkPersonWriter.write(c, revision, toWrite, toWriteKeys, today.getYear(), cancelled);
        for (int i = 0; i < n; i++) {
            if (out[i] != null && out[i].how() != How.REFUSED && out[i].nomorRegistri() == null) {
                out[i] = new Match(out[i].draft(), out[i].how(), out[i].personId(), numbers.get(out[i].personId()), out[i].nama(), null);
            }
        }
        for (int j = 0; j < fresh.size(); j++) {
            String id = toWriteKeys.get(j).id();
            out[fresh.get(j)] = new Match(toWrite.get(j), How.REGISTERED, id, numbers.get(id), toWrite.get(j).nama().trim(), null);
        }
        return List.of(out);
    }

    /** The best candidate at or above {@link #SURE_MATCH}, never one whose NIK differs from the draft's. */
    static Known sureMatch(PersonKey draft, List<Known> sameBirthday) {
        if (sameBirthday == null) {
            return null;
        }
        Known best = null;
        int bestScore = SURE_MATCH - 1;
        for (Known k : sameBirthday) {
            if (draft.nik() != null && k.key().nik() != null && !draft.nik().equals(k.key().nik())) {
                continue;
            }
            int s = DuplicateScore.score(draft, k.key());
            if (s > bestScore) {
                best = k;
                bestScore = s;
            }
        }
        return best;
    }

    static PersonKey key(PersonDraft d) {
        String nik = NikValidator.clean(d.nik());
        List<String> aliases = d.aliases().stream().map(String::trim).filter(a -> !a.isEmpty()).toList();
        String kel = d.tanpaAlamatTetap() || d.kodeKelurahan() == null || d.kodeKelurahan().isBlank() ? null : d.kodeKelurahan().trim();
        return PersonKey.of(null, nik.isEmpty() ? null : nik, PersonNames.canonical(d.nama()),
                aliases.isEmpty() ? null : String.join(" ", aliases.stream().map(PersonNames::canonical).toList()),
                d.jenisKelamin() == null ? null : d.jenisKelamin().code(),
                d.tanggalLahir() == null ? null : d.tanggalLahir().toString(),
                d.tanggalLahir() == null ? d.tahunLahirPerkiraan() : null, kel,
                d.namaIbu() == null || d.namaIbu().isBlank() ? null : d.namaIbu().trim().toLowerCase(Locale.ROOT));
    }

    /** Active people whose {@code column} is one of {@code values}, {@value #IN_LIST} values a statement. */
    private static List<Known> load(Connection c, String column, Set<String> values) throws SQLException {
        List<Known> out = new ArrayList<>();
        List<String> all = new ArrayList<>(values);
        for (int from = 0; from < all.size(); from += IN_LIST) {
            List<String> part = all.subList(from, Math.min(all.size(), from + IN_LIST));
            String sql = "SELECT " + KEY_COLUMNS + " FROM reg_person p WHERE p.status = 'AKTIF' AND " + column + " IN ("
                    + "?,".repeat(part.size() - 1) + "?)";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < part.size(); i++) {
                    ps.setString(i + 1, part.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int est = rs.getInt(7);
                        boolean noEst = rs.wasNull();
                        String ibu = rs.getString(9);
                        out.add(new Known(PersonKey.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), noEst ? null : est, rs.getString(8), ibu == null ? null : ibu.toLowerCase(Locale.ROOT)),
                                rs.getString(10), rs.getString(11)));
                    }
                }
            }
        }
        return out;
    }

    private static void poll(BooleanSupplier cancelled) {
        if (cancelled != null && cancelled.getAsBoolean()) {
            throw new CancellationException();
        }
    }

    /** The revision of a bulk run in its own transaction: who and when, as Envers writes it. */
    private static long revision(Connection c) throws SQLException {
        Instant now = Instant.now();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO security_revision (rev_timestamp, changed_at, username) VALUES (?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, now.toEpochMilli());
            ps.setString(2, InstantText.format(now));
            ps.setString(3, AccessControl.get().currentUser().username());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
