package id.pilar.security.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.core.api.security.AccessDeniedException;
import id.pilar.core.impl.demo.DemoDataRunner;
import id.pilar.core.spi.DemoDataContext;
import id.pilar.core.spi.ModuleSchema;
import id.pilar.rosters.impl.demo.RostersDemoData;
import id.pilar.security.api.Role;
import id.pilar.testkit.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openide.util.Lookup;

/** "Hapus data contoh" (lives here because it needs the rosters module beside security): every module's rows go, accounts and area data stay, a copy is kept first. */
class DemoDataClearTest {

    private static long count(TestDatabase db, String table) {
        return db.transactions().jdbc(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                return rs.getLong(1);
            }
        });
    }

    @Test
    void clearingEmptiesTheDemoDataAndKeepsAccountsAndReferenceData() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            SecurityAccessControl.accountsChanged();
            try {
                new UserAccountsImpl(db.transactions()).createFirstAdmin("admin", "Admin Kantor", "rahasia-admin-1".toCharArray());
                Acting.as(Role.ADMIN);
                DemoDataRunner demo = new DemoDataRunner(() -> List.of(new RostersDemoData(db.transactions())), db.transactions(),
                        () -> Lookup.getDefault().lookupAll(ModuleSchema.class));
                demo.run(500, 7L, DemoDataContext.Progress.NONE, false);
                assertThat(demo.loadedOn()).isNotNull();
                assertThat(count(db, "ros_member")).isPositive();
                long kelurahan = count(db, "ref_kelurahan");
                long accounts = count(db, "security_user");

                Path copy = demo.clear();

                assertThat(count(db, "ros_member")).isZero();
                assertThat(count(db, "ros_organisation")).isZero();
                assertThat(count(db, "ref_kelurahan")).isEqualTo(kelurahan).isPositive();
                assertThat(count(db, "security_user")).isEqualTo(accounts).isPositive();
                assertThat(demo.loadedOn()).as("the start page stops warning").isNull();
                assertThat(copy.getParent().getFileName().toString()).isEqualTo("cadangan");
                assertThat(Files.size(copy)).isPositive();
                assertThat(SqliteFiles.check(copy, "integrity_check")).containsExactly("ok");

                Acting.as(Role.OPERATOR);
                assertThatThrownBy(demo::clear).isInstanceOf(AccessDeniedException.class);
            } finally {
                Acting.signOut();
            }
        }
    }
}
