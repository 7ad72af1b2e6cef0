package id.pilar.registry.impl.demo;

import id.pilar.core.api.identity.PersonNames;
import id.pilar.core.api.reference.Kelurahan;
import id.pilar.core.persistence.InstantText;
import id.pilar.core.persistence.Transactions;
import id.pilar.registry.impl.NameIndex;
import id.pilar.registry.impl.RegistryNumbers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * Writes generated people, households and categories with plain JDBC batches (no ORM: it has to
 * reach a million people), one transaction per chunk of households so a cancel keeps what was
 * committed consistent (whole households only).
 */
public final class RegistryGenerator {

    /** What was written, with the planted duplicate pairs for recall and precision. */
    public record Result(int people, int households, List<String[]> plantedPairs) {
    }

    private static final int CHUNK = 5_000;

    private final Transactions tx;
    private final String user;

    public RegistryGenerator(Transactions tx, String user) {
        this.tx = tx;
        this.user = user;
    }

    /** Writes {@code people} people (a few more, to finish the last household). */
    public Result generate(long seed, int people, double duplicateRate, List<Kelurahan> kelurahan, IntConsumer progress,
            BooleanSupplier cancelled) {
        PersonFactory factory = new PersonFactory(seed, kelurahan, duplicateRate);
        try {
            return writePeople(factory, people, progress, cancelled);
        } finally {
            // The pair index in one pass in key order once the people are written (also when
            // cancelled): row by row with each chunk, its thousands of keys made the generator
            // three times slower at 300k (nearly every row a page read and written again).
            tx.jdbc(c -> {
                NameIndex.fillPairs(c);
                return null;
            });
        }
    }

    private Result writePeople(PersonFactory factory, int people, IntConsumer progress, BooleanSupplier cancelled) {
        List<String[]> planted = new ArrayList<>();
        int written = 0;
        int households = 0;
        while (written < people) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            List<GeneratedHousehold> chunk = new ArrayList<>();
            int inChunk = 0;
            while (inChunk < CHUNK && written + inChunk < people) {
                GeneratedHousehold h = factory.next();
                chunk.add(h);
                inChunk += h.members().size();
            }
            tx.jdbc(c -> {
                write(c, chunk);
                return null;
            });
            for (GeneratedHousehold h : chunk) {
                for (GeneratedPerson p : h.members()) {
                    if (p.duplicateOf() != null) {
                        planted.add(new String[] {p.duplicateOf(), p.id()});
                    }
                }
            }
            written += inChunk;
            households += chunk.size();
            if (progress != null) {
                progress.accept(written);
            }
        }
        return new Result(written, households, planted);
    }

    private void write(Connection c, List<GeneratedHousehold> chunk) throws SQLException {
        String now = InstantText.format(Instant.now());
        int count = chunk.stream().mapToInt(h -> h.members().size()).sum();
        int year = id.pilar.core.api.time.JakartaTime.today().getYear();
        long number = RegistryNumbers.reserve(c, year, count);
        try (PreparedStatement person = c.prepareStatement("INSERT INTO reg_person (id, version, created_at, created_by, updated_at,"
                + " updated_by, nomor_registri, nik, nama, nama_kanonik, alias, alias_kanonik, jenis_kelamin, tempat_lahir, tanggal_lahir,"
                + " tahun_lahir_perkiraan, nama_ibu, alamat_jalan, rt, rw, kode_kelurahan, tanpa_alamat, lokasi_terakhir, telepon,"
                + " disabilitas, catatan, status) VALUES (?,0,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,NULL,'AKTIF')");
                PreparedStatement token = c.prepareStatement(NameIndex.INSERT_TOKEN);
                PreparedStatement category = c.prepareStatement("INSERT INTO reg_person_kategori (id, version, created_at, created_by,"
                        + " updated_at, updated_by, person_id, kode_kategori, mulai, selesai) VALUES (?,0,?,?,?,?,?,?,?,NULL)");
                PreparedStatement household = c.prepareStatement("INSERT INTO reg_household (id, version, created_at, created_by,"
                        + " updated_at, updated_by, nomor_kk, alamat_jalan, rt, rw, kode_kelurahan, status, asal_id)"
                        + " VALUES (?,0,?,?,?,?,?,?,?,?,?,'AKTIF',NULL)");
                PreparedStatement member = c.prepareStatement("INSERT INTO reg_household_anggota (id, version, created_at, created_by,"
                        + " updated_at, updated_by, household_id, person_id, shdk, mulai, selesai) VALUES (?,0,?,?,?,?,?,?,?,?,NULL)");
                PreparedStatement event = c.prepareStatement("INSERT INTO reg_household_peristiwa (id, version, created_at, created_by,"
                        + " updated_at, updated_by, household_id, jenis, tanggal, keterangan) VALUES (?,0,?,?,?,?,?,'DIBENTUK',?,?)")) {
            for (GeneratedHousehold h : chunk) {
                for (GeneratedPerson p : h.members()) {
                    String canon = PersonNames.canonical(p.nama());
                    String aliasCanon = p.alias() == null ? null : PersonNames.canonical(p.alias());
                    int i = 1;
                    person.setString(i++, p.id());
                    i = audit(person, i, now);
                    person.setString(i++, RegistryNumbers.format(year, number++));
                    text(person, i++, p.nik());
                    person.setString(i++, p.nama());
                    person.setString(i++, canon);
                    text(person, i++, p.alias());
                    text(person, i++, aliasCanon);
                    person.setString(i++, p.jenisKelamin());
                    text(person, i++, p.tempatLahir());
                    text(person, i++, p.tanggalLahir() == null ? null : p.tanggalLahir().toString());
                    if (p.tahunPerkiraan() == null) {
                        person.setNull(i++, Types.INTEGER);
                    } else {
                        person.setInt(i++, p.tahunPerkiraan());
                    }
                    text(person, i++, p.namaIbu());
                    text(person, i++, p.alamatJalan());
                    text(person, i++, p.rt());
                    text(person, i++, p.rw());
                    text(person, i++, p.kodeKelurahan());
                    person.setInt(i++, p.tanpaAlamat() ? 1 : 0);
                    text(person, i++, p.lokasiTerakhir());
                    text(person, i++, p.telepon());
                    text(person, i++, p.disabilitas());
                    person.addBatch();
                    java.util.Set<String> words = NameIndex.tokens(canon, aliasCanon, PersonNames.fold(p.alamatJalan()));
                    String kata = NameIndex.kata(words);
                    NameIndex.add(token, p.id(), words, kata);
                    int k = 0;
                    for (String kode : p.kategori()) {
                        category.setString(1, p.id().substring(0, 33) + String.format("%03d", k++));
                        audit(category, 2, now);
                        category.setString(6, p.id());
                        category.setString(7, kode);
                        category.setString(8, (h.dibentuk() == null ? LocalDate.of(2024, 1, 1) : h.dibentuk()).toString());
                        category.addBatch();
                    }
                }
                if (h.nomorKk() != null) {
                    GeneratedPerson head = h.members().get(0);
                    household.setString(1, h.id());
                    audit(household, 2, now);
                    household.setString(6, h.nomorKk());
                    household.setString(7, head.alamatJalan());
                    household.setString(8, head.rt());
                    household.setString(9, head.rw());
                    household.setString(10, head.kodeKelurahan());
                    household.addBatch();
                    event.setString(1, h.id().substring(0, 33) + "evt");
                    audit(event, 2, now);
                    event.setString(6, h.id());
                    event.setString(7, h.dibentuk().toString());
                    event.setString(8, "KK " + h.nomorKk() + " dibentuk");
                    event.addBatch();
                    for (GeneratedPerson p : h.members()) {
                        if (p.nomorKk() != null) {
                            member.setString(1, p.id().substring(0, 33) + "mem");
                            audit(member, 2, now);
                            member.setString(6, h.id());
                            member.setString(7, p.id());
                            member.setInt(8, p.shdk());
                            member.setString(9, h.dibentuk().isBefore(p.tanggalLahir()) ? p.tanggalLahir().toString() : h.dibentuk().toString());
                            member.addBatch();
                        }
                    }
                }
            }
            person.executeBatch();
            token.executeBatch();
            category.executeBatch();
            household.executeBatch();
            event.executeBatch();
            member.executeBatch();
        }
    }

    private int audit(PreparedStatement ps, int i, String now) throws SQLException {
        ps.setString(i++, now);
        ps.setString(i++, user);
        ps.setString(i++, now);
        ps.setString(i++, user);
        return i;
    }

    private static void text(PreparedStatement ps, int i, String v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, v);
        }
    }
}
