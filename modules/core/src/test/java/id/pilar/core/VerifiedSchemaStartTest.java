package id.pilar.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.core.api.db.DatabaseRefusedException;
import id.pilar.core.api.db.DatabaseTarget;
import id.pilar.core.api.db.KernelStatus;
import id.pilar.core.api.db.KernelStatus.State;
import id.pilar.core.impl.db.DataKernelImpl;
import id.pilar.core.testmods.TestAItem;
import id.pilar.core.testmods.TestSchemas;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up work the kernel skips or overlaps: the schema becomes usable for plain JDBC before the
 * SessionFactory exists, and a schema this build verified before is not migrated nor validated
 * again, while any change to its history brings the full checks back.
 */
class VerifiedSchemaStartTest {

    @TempDir
    Path dir;

    private final List<DataKernelImpl> opened = new ArrayList<>();

    @AfterEach
    void closeAll() {
        opened.forEach(DataKernelImpl::close);
    }

    private DataKernelImpl kernel(List<KernelStatus> seen) {
        DataKernelImpl k = TestSchemas.kernel(TestSchemas.A, TestSchemas.B);
        opened.add(k);
        k.addStatusListener(seen::add);
        return k;
    }

    @Test
    void plainQueriesRunOnceMigratedBeforeTheSessionFactoryIsReady() {
        Path db = dir.resolve("p.db");
        List<KernelStatus> seen = new CopyOnWriteArrayList<>();
        DataKernelImpl k = kernel(seen);
        List<Long> counted = new CopyOnWriteArrayList<>();
        k.addStatusListener(s -> {
            if (s.state() == State.SCHEMA_READY) {
                // The login's first look at the accounts, while Hibernate is still being built.
                counted.add(k.query(c -> {
                    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM test_a_item")) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }));
            }
        });
        k.open(DatabaseTarget.sqlite(db));

        assertThat(counted).containsExactly(0L);
        List<State> states = seen.stream().map(KernelStatus::state).toList();
        assertThat(states.indexOf(State.SCHEMA_READY)).isLessThan(states.indexOf(State.READY));
        assertThat(states.get(states.size() - 1)).isEqualTo(State.READY);
        k.run(s -> s.persist(new TestAItem("Siti", null)));
        long items = k.read(s -> s.createQuery("select count(a) from TestAItem a", Long.class).getSingleResult());
        assertThat(items).isEqualTo(1);
    }

    @Test
    void aSchemaVerifiedBeforeIsNeitherMigratedNorValidatedAgain() throws Exception {
        Path db = dir.resolve("p.db");
        List<KernelStatus> first = new CopyOnWriteArrayList<>();
        kernel(first).open(DatabaseTarget.sqlite(db));
        opened.get(0).close();
        assertThat(first).anyMatch(s -> s.state() == State.MIGRATING);
        String stored = storedFingerprint(db);
        assertThat(stored).hasSize(64);

        List<KernelStatus> second = new CopyOnWriteArrayList<>();
        DataKernelImpl again = kernel(second);
        again.open(DatabaseTarget.sqlite(db));
        assertThat(second).noneMatch(s -> s.state() == State.MIGRATING);
        assertThat(storedFingerprint(db)).isEqualTo(stored);
        again.run(s -> s.persist(new TestAItem("Budi", null)));
        long items = again.read(s -> s.createQuery("select count(a) from TestAItem a", Long.class).getSingleResult());
        assertThat(items).isEqualTo(1);
    }

    @Test
    void aChangedHistoryBringsTheFullChecksBack() throws Exception {
        Path db = dir.resolve("p.db");
        kernel(new ArrayList<>()).open(DatabaseTarget.sqlite(db));
        opened.get(0).close();
        // As if a shipped script had been edited after it ran: Flyway's validation must refuse it.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE pilar_history_testb SET checksum = checksum + 1 WHERE version = '2'");
        }

        List<KernelStatus> seen = new CopyOnWriteArrayList<>();
        DataKernelImpl again = kernel(seen);
        assertThatThrownBy(() -> again.open(DatabaseTarget.sqlite(db))).isInstanceOf(DatabaseRefusedException.class);
        assertThat(seen).anyMatch(s -> s.state() == State.MIGRATING);
        assertThat(again.status().state()).isEqualTo(State.FAILED);
    }

    private static String storedFingerprint(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT meta_value FROM pilar_meta WHERE meta_key = 'schema.verified'")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
