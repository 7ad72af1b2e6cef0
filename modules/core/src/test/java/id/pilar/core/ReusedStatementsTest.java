package id.pilar.core;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.core.api.db.DatabaseTarget;
import id.pilar.core.impl.db.DataKernelImpl;
import id.pilar.core.persistence.ReusedStatements;
import id.pilar.core.testmods.TestSchemas;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReusedStatementsTest {

    @TempDir
    Path dir;

    private DataKernelImpl kernel;

    @AfterEach
    void close() {
        if (kernel != null) {
            kernel.close();
        }
    }

    @Test
    void aStatementOutlivesThePoolCheckInAndIsReusedWithNewParameters() {
        kernel = TestSchemas.kernel(TestSchemas.A);
        kernel.open(DatabaseTarget.sqlite(dir.resolve("p.db")));
        String sql = "SELECT count(*) FROM ref_kelurahan WHERE kode >= ?";

        PreparedStatement first = kernel.query(c -> ReusedStatements.prepare(c, sql));
        PreparedStatement second = kernel.query(c -> ReusedStatements.prepare(c, sql));
        assertThat(second).isSameAs(first);
        boolean closed = kernel.query(c -> first.isClosed());
        assertThat(closed).isFalse();

        int all = kernel.query(c -> count(ReusedStatements.prepare(c, sql), ""));
        int none = kernel.query(c -> count(ReusedStatements.prepare(c, sql), "~"));
        assertThat(all).isEqualTo(44);
        assertThat(none).isZero();
    }

    @Test
    void aClosedStatementIsPreparedAgain() {
        kernel = TestSchemas.kernel(TestSchemas.A);
        kernel.open(DatabaseTarget.sqlite(dir.resolve("p.db")));
        String sql = "SELECT count(*) FROM ref_kecamatan WHERE kode >= ?";

        PreparedStatement first = kernel.query(c -> ReusedStatements.prepare(c, sql));
        kernel.query(c -> {
            first.close();
            return null;
        });
        PreparedStatement again = kernel.query(c -> ReusedStatements.prepare(c, sql));
        assertThat(again).isNotSameAs(first);
        int kecamatan = kernel.query(c -> count(again, ""));
        assertThat(kecamatan).isEqualTo(8);
    }

    private static int count(PreparedStatement ps, String from) throws java.sql.SQLException {
        ps.setString(1, from);
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
