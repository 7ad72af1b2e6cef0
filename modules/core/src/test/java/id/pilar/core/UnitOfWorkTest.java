package id.pilar.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.core.api.db.DatabaseTarget;
import id.pilar.core.api.error.ConcurrentChangeException;
import id.pilar.core.api.error.PilarException;
import id.pilar.core.impl.db.DataKernelImpl;
import id.pilar.core.persistence.Transactions;
import id.pilar.core.testmods.TestAItem;
import id.pilar.core.testmods.TestBNote;
import id.pilar.core.testmods.TestSchemas;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Transactions#unitOfWork}: two "services" that each open their own transaction, called
 * inside one unit, write all or nothing.
 */
class UnitOfWorkTest {

    @TempDir
    Path dir;

    private DataKernelImpl k;
    private Path file;

    @BeforeEach
    void open() {
        file = dir.resolve("p.db");
        k = TestSchemas.kernel(TestSchemas.A, TestSchemas.B);
        k.open(DatabaseTarget.sqlite(file));
    }

    @AfterEach
    void close() {
        k.close();
    }

    /** A service of one module: registers an item in its own transaction. */
    private String registerItem(String name) {
        return k.inTransaction(s -> {
            TestAItem a = new TestAItem(name, null);
            s.persist(a);
            return a.getId();
        });
    }

    /** A service of another module: notes something about an item, reading it first. */
    private void addNote(String itemId, String body) {
        k.run(s -> {
            TestAItem a = s.find(TestAItem.class, itemId);
            if (a == null) {
                throw new PilarException("ERR_Test", "item not found");
            }
            s.persist(new TestBNote(a, body));
        });
    }

    /** A third one writing with plain JDBC. */
    private void renameByJdbc(String itemId, String name) {
        k.jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE test_a_item SET name = ? WHERE id = ?")) {
                ps.setString(1, name);
                ps.setString(2, itemId);
                return ps.executeUpdate();
            }
        });
    }

    @Test
    void nestedCallsJoinOneTransactionThatCommitsOnceAtTheEnd() throws Exception {
        String id = k.unitOfWork(() -> {
            String item = registerItem("Siti Aminah");
            addNote(item, "Dijangkau di Senen");
            assertThat(committedCount("test_a_item")).as("nothing committed before the unit ends").isZero();
            return item;
        });
        assertThat(committedCount("test_a_item")).isEqualTo(1);
        assertThat(committedCount("test_b_note")).isEqualTo(1);
        String name = k.read(s -> s.find(TestAItem.class, id).getName());
        assertThat(name).isEqualTo("Siti Aminah");
    }

    @Test
    void readsInsideTheUnitSeeItsEarlierWrites() {
        k.unitOfWork(() -> {
            String item = registerItem("Dewi");
            long seen = k.read(s -> s.createQuery("select count(a) from TestAItem a", Long.class).getSingleResult());
            assertThat(seen).isEqualTo(1);
            long byJdbc = k.query(c -> count(c, "SELECT count(*) FROM test_a_item"));
            assertThat(byJdbc).as("plain JDBC after an ORM write").isEqualTo(1);
            renameByJdbc(item, "Dewi Lestari");
            String renamed = k.query(c -> name(c, item));
            assertThat(renamed).isEqualTo("Dewi Lestari");
            addNote(item, "catatan");
            long notes = k.jdbc(c -> count(c, "SELECT count(*) FROM test_b_note"));
            assertThat(notes).isEqualTo(1);
            return null;
        });
        assertThat(committedCount("test_b_note")).isEqualTo(1);
    }

    @Test
    void aFailingNestedCallRollsEverythingBack() throws Exception {
        assertThatThrownBy(() -> k.unitOfWork(() -> {
            String item = registerItem("Budi");
            renameByJdbc(item, "Budi Santoso");
            addNote("no-such-item", "tidak ada");
            return item;
        })).isInstanceOf(PilarException.class).hasMessage("item not found");
        assertThat(committedCount("test_a_item")).isZero();
        assertThat(committedCount("test_b_note")).isZero();
    }

    @Test
    void aNestedFailureTheCallerCaughtStillRollsEverythingBack() throws Exception {
        assertThatThrownBy(() -> k.unitOfWork(() -> {
            String item = registerItem("Joko");
            try {
                addNote("no-such-item", "tidak ada");
            } catch (PilarException e) {
                // carrying on would commit half of the work: the unit must refuse
            }
            return item;
        })).isInstanceOf(PilarException.class).hasMessage("item not found");
        assertThat(committedCount("test_a_item")).isZero();
    }

    @Test
    void aNestedUnitJoinsTheOuterOne() throws Exception {
        assertThatThrownBy(() -> k.unitOfWork(() -> {
            k.unitOfWork(() -> registerItem("Ani"));
            assertThat(committedCount("test_a_item")).isZero();
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(committedCount("test_a_item")).isZero();
    }

    @Test
    void aStaleWriteInsideTheUnitArrivesAsConcurrentChangeAndRollsBack() throws Exception {
        String id = registerItem("Rina");
        assertThatThrownBy(() -> k.unitOfWork(() -> {
            registerItem("Tono");
            TestAItem loaded = k.read(s -> s.find(TestAItem.class, id));
            k.jdbc(c -> c.createStatement().executeUpdate("UPDATE test_a_item SET version = version + 1 WHERE id = '" + id + "'"));
            k.run(s -> loaded.setName("Rina Wati"));
            return null;
        })).isInstanceOf(ConcurrentChangeException.class);
        assertThat(committedCount("test_a_item")).isEqualTo(1);
        String kept = k.read(s -> s.find(TestAItem.class, id).getName());
        assertThat(kept).isEqualTo("Rina");
    }

    @Test
    void callsOutsideAUnitStillCommitOnTheirOwn() throws Exception {
        registerItem("Sebelum");
        assertThatThrownBy(() -> k.unitOfWork(() -> {
            registerItem("Di dalam");
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        registerItem("Sesudah");
        assertThat(committedCount("test_a_item")).as("the thread is free of the unit after it ends").isEqualTo(2);
        assertThatThrownBy(() -> k.run(s -> {
            s.persist(new TestAItem("Gagal", null));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(committedCount("test_a_item")).isEqualTo(2);
    }

    /** Counted on a connection of its own: only committed rows. */
    private long committedCount(String table) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            return count(c, "SELECT count(*) FROM " + table);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    private static String name(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM test_a_item WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
