package id.pilar.registry;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.registry.api.PersonSummary;
import id.pilar.registry.impl.NameIndex;
import id.pilar.registry.impl.PersonSearchImpl;
import id.pilar.testkit.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database of registry schema 6 (word index only) opens in this one with the pair index of
 * registry V7 filled for the people it holds: two-word queries find them, and the rows the
 * migration wrote in SQL are the ones the application writes for a new person.
 */
class PairIndexUpgradeTest {

    @TempDir
    Path dir;

    @Test
    void version6DatabaseGetsThePairsOfItsPeople() throws Exception {
        Path file = dir.resolve("pilar-test.db"); // the name TestDatabase.at opens
        writeVersion6Database(file);

        try (TestDatabase db = TestDatabase.at(dir)) {
            PersonSearchImpl search = new PersonSearchImpl(db.transactions());
            assertThat(search.search("siti rah", 10)).extracting(PersonSummary::nama).containsExactly("Siti Rahmawati");
            assertThat(search.search("kena rahm", 10)).extracting(PersonSummary::nama).containsExactly("Siti Rahmawati");
            assertThat(search.search("ali muhamad", 10)).extracting(PersonSummary::nama).containsExactly("Mochammad Ali");
            assertThat(PairSearchTest.count(db, "SELECT count(*) FROM reg_person_pair")).isEqualTo(3 + 1);
            assertThat(PairSearchTest.pairsMismatches(db)).isEmpty();
        }
    }

    /** Core's scripts and registry V1–V6 (SQLite), then two people written as schema 6 wrote them. */
    private static void writeVersion6Database(Path file) throws Exception {
        String url = EarlierSchema.build(file, "6");
        try (Connection c = DriverManager.getConnection(url)) {
            person(c, "01900000-0000-7000-8000-000000000001", "REG-2026-000001", "Siti Rahmawati", "siti rahmawati", "Gg. Kenari No. 12");
            person(c, "01900000-0000-7000-8000-000000000002", "REG-2026-000002", "Mochammad Ali", "muhammad ali", null);
        }
    }

    private static void person(Connection c, String id, String number, String nama, String kanonik, String street) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO reg_person (id, version, created_at, created_by, updated_at, updated_by,"
                + " nomor_registri, nama, nama_kanonik, alamat_jalan, tanpa_alamat, status)"
                + " VALUES (?, 0, '2026-11-01T00:00:00Z', 'admin', '2026-11-01T00:00:00Z', 'admin', ?, ?, ?, ?, 0, 'AKTIF')")) {
            ps.setString(1, id);
            ps.setString(2, number);
            ps.setString(3, nama);
            ps.setString(4, kanonik);
            ps.setString(5, street);
            ps.executeUpdate();
        }
        Set<String> words = NameIndex.tokens(kanonik, null, street);
        try (PreparedStatement ps = c.prepareStatement(NameIndex.INSERT_TOKEN)) {
            NameIndex.add(ps, id, words, NameIndex.kata(words));
            ps.executeBatch();
        }
    }
}
