package id.pilar.registry.impl;

import id.pilar.core.api.identity.PhoneNumbers;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.InstantText;
import id.pilar.core.persistence.Uuids;
import id.pilar.registry.api.CategoryPeriod;
import id.pilar.registry.api.PersonDraft;
import id.pilar.registry.impl.match.PersonKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Registers new people with JDBC batches: the row {@link PersonServiceImpl#create} would write
 * (same columns, derived search keys and words), the first NIK in the NIK history, the PPKS
 * categories, and the Envers rows of all three under the given revision. Numbers are reserved in one step.
 */
final class BulkPersonWriter {

    private static final int BATCH = 1_000;
    private static final String PERSON_COLUMNS = "nomor_registri, nik, nama, alias, jenis_kelamin, tempat_lahir, tanggal_lahir,"
            + " tahun_lahir_perkiraan, nama_ibu, alamat_jalan, rt, rw, kode_kelurahan, tanpa_alamat, lokasi_terakhir, telepon,"
            + " disabilitas, catatan, status";

    private BulkPersonWriter() {
    }

    static String newId() {
        return Uuids.newId();
    }

    /** @return registry number by person id */
    static Map<String, String> write(Connection c, long revision, List<PersonDraft> drafts, List<PersonKey> keys, int year,
            BooleanSupplier cancelled) throws SQLException {
        Map<String, String> numbers = new HashMap<>();
        if (drafts.isEmpty()) {
            return numbers;
        }
        String user = AccessControl.get().currentUser().username();
        String now = InstantText.format(Instant.now());
        long next = RegistryNumbers.reserve(c, year, drafts.size());
        try (PreparedStatement person = c.prepareStatement("INSERT INTO reg_person (id, version, created_at, created_by, updated_at, updated_by,"
                + " nama_kanonik, alias_kanonik, " + PERSON_COLUMNS + ") VALUES (?,0,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'AKTIF')");
                PreparedStatement personAud = c.prepareStatement("INSERT INTO reg_person_aud (id, rev, revtype, " + PERSON_COLUMNS + ") SELECT id, ?, 0, "
                        + PERSON_COLUMNS + " FROM reg_person WHERE id = ?");
                PreparedStatement nik = c.prepareStatement("INSERT INTO reg_nik_riwayat (id, version, created_at, created_by, updated_at, updated_by,"
                        + " person_id, nik_lama, nik_baru, alasan) VALUES (?,0,?,?,?,?,?,NULL,?,?)");
                PreparedStatement nikAud = c.prepareStatement("INSERT INTO reg_nik_riwayat_aud (id, rev, revtype, person_id, nik_lama, nik_baru, alasan)"
                        + " VALUES (?,?,0,?,NULL,?,?)");
                PreparedStatement token = c.prepareStatement(NameIndex.INSERT_TOKEN);
                PreparedStatement pair = c.prepareStatement(NameIndex.INSERT_PAIR);
                PreparedStatement category = c.prepareStatement("INSERT INTO reg_person_kategori (id, version, created_at, created_by, updated_at,"
                        + " updated_by, person_id, kode_kategori, mulai, selesai) VALUES (?,0,?,?,?,?,?,?,?,?)");
                PreparedStatement categoryAud = c.prepareStatement("INSERT INTO reg_person_kategori_aud (id, rev, revtype, person_id, kode_kategori,"
                        + " mulai, selesai) VALUES (?,?,0,?,?,?,?)")) {
            String firstNik = Bundle.MSG_NikPertama();
            for (int j = 0; j < drafts.size(); j++) {
                PersonDraft d = drafts.get(j);
                PersonKey k = keys.get(j);
                String number = RegistryNumbers.format(year, next++);
                numbers.put(k.id(), number);
                boolean homeless = d.tanpaAlamatTetap();
                int i = stamp(person, k.id(), now, user);
                person.setString(i++, k.nama());
                text(person, i++, k.alias());
                person.setString(i++, number);
                text(person, i++, k.nik());
                person.setString(i++, d.nama().trim());
                List<String> aliases = d.aliases().stream().map(String::trim).filter(a -> !a.isEmpty()).toList();
                text(person, i++, aliases.isEmpty() ? null : String.join("\n", aliases));
                text(person, i++, k.jenisKelamin());
                text(person, i++, trim(d.tempatLahir()));
                text(person, i++, k.tanggalLahir());
                if (k.tahunPerkiraan() == null) {
                    person.setNull(i++, Types.INTEGER);
                } else {
                    person.setInt(i++, k.tahunPerkiraan());
                }
                text(person, i++, trim(d.namaIbu()));
                text(person, i++, homeless ? null : trim(d.alamatJalan()));
                text(person, i++, homeless ? null : trim(d.rt()));
                text(person, i++, homeless ? null : trim(d.rw()));
                text(person, i++, homeless ? null : trim(d.kodeKelurahan()));
                person.setInt(i++, homeless ? 1 : 0);
                text(person, i++, homeless ? trim(d.lokasiTerakhir()) : null);
                text(person, i++, PhoneNumbers.normalise(d.telepon()));
                text(person, i++, trim(d.disabilitas()));
                text(person, i, trim(d.catatan()));
                person.addBatch();
                personAud.setLong(1, revision);
                personAud.setString(2, k.id());
                personAud.addBatch();
                if (k.nik() != null) {
                    String nid = Uuids.newId();
                    stamp(nik, nid, now, user);
                    nik.setString(6, k.id());
                    nik.setString(7, k.nik());
                    nik.setString(8, firstNik);
                    nik.addBatch();
                    nikAud.setString(1, nid);
                    nikAud.setLong(2, revision);
                    nikAud.setString(3, k.id());
                    nikAud.setString(4, k.nik());
                    nikAud.setString(5, firstNik);
                    nikAud.addBatch();
                }
                Set<String> words = NameIndex.tokens(k.nama(), k.alias(), homeless ? null : trim(d.alamatJalan()));
                String kata = NameIndex.kata(words);
                NameIndex.add(token, k.id(), words, kata);
                NameIndex.add(pair, k.id(), NameIndex.pairs(words), kata);
                for (CategoryPeriod p : d.kategori()) {
                    String cid = Uuids.newId();
                    stamp(category, cid, now, user);
                    category.setString(6, k.id());
                    category.setString(7, p.kode());
                    text(category, 8, p.mulai() == null ? null : p.mulai().toString());
                    text(category, 9, p.selesai() == null ? null : p.selesai().toString());
                    category.addBatch();
                    categoryAud.setString(1, cid);
                    categoryAud.setLong(2, revision);
                    categoryAud.setString(3, k.id());
                    categoryAud.setString(4, p.kode());
                    text(categoryAud, 5, p.mulai() == null ? null : p.mulai().toString());
                    text(categoryAud, 6, p.selesai() == null ? null : p.selesai().toString());
                    categoryAud.addBatch();
                }
                if ((j + 1) % BATCH == 0 || j == drafts.size() - 1) {
                    if (cancelled != null && cancelled.getAsBoolean()) {
                        throw new CancellationException();
                    }
                    person.executeBatch();
                    personAud.executeBatch();
                    nik.executeBatch();
                    nikAud.executeBatch();
                    token.executeBatch();
                    pair.executeBatch();
                    category.executeBatch();
                    categoryAud.executeBatch();
                }
            }
        }
        return numbers;
    }

    /** Binds id, created_at, created_by, updated_at, updated_by; returns the next parameter index. */
    private static int stamp(PreparedStatement ps, String id, String now, String user) throws SQLException {
        ps.setString(1, id);
        ps.setString(2, now);
        ps.setString(3, user);
        ps.setString(4, now);
        ps.setString(5, user);
        return 6;
    }

    private static String trim(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static void text(PreparedStatement ps, int i, String v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, v);
        }
    }
}
