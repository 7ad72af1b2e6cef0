package id.pilar.atlas.impl.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.core.api.security.AccessDeniedException;
import id.pilar.core.spi.area.AreaPeriod;
import id.pilar.security.api.Role;
import id.pilar.security.api.UserAccounts;
import id.pilar.testkit.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every role reads the map (atlas.read); only the Admin imports boundaries (atlas.import.administer). */
class BoundaryPermissionsTest {

    private static final char[] PASSWORD = "Kata-Sandi-Uji-2026".toCharArray();
    static TestDatabase db;
    static BoundaryServiceImpl service;
    @TempDir
    static Path dir;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        service = new BoundaryServiceImpl(db.transactions());
        UserAccounts users = UserAccounts.get();
        users.createFirstAdmin("admin", "Admin Uji", PASSWORD);
        users.login("admin", PASSWORD);
        for (Role r : EnumSet.of(Role.OPERATOR, Role.PEKERJA_SOSIAL, Role.SUPERVISOR)) {
            users.create(name(r), "Uji " + r.name(), r, PASSWORD);
        }
    }

    @AfterAll
    static void close() {
        UserAccounts.get().logout();
        db.close();
    }

    static String name(Role r) {
        return r == Role.ADMIN ? "admin" : "uji-" + r.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Test
    void readingIsForEveryRoleImportingForTheAdminOnly() {
        Path fixture = BoundaryFiles.write(dir, "jakarta_pusat_boundaries.geojson", BoundaryFiles.fixture());
        for (Role role : Role.values()) {
            assertThat(UserAccounts.get().login(name(role), PASSWORD).ok()).isTrue();
            assertThat(service.shapes().kelurahan()).as(role.name()).hasSize(44);
            assertThat(service.locate(-6.1754, 106.8272)).as(role.name()).contains(BoundaryImportTest.GAMBIR);
            assertThat(service.points(AreaPeriod.monthOf(LocalDate.of(2026, 11, 1)))).as(role.name()).isNotNull();
            if (role == Role.ADMIN) {
                assertThat(service.importGeoJson(fixture).matched()).hasSize(44);
            } else {
                assertThatThrownBy(() -> service.importGeoJson(fixture)).as(role.name()).isInstanceOf(AccessDeniedException.class);
            }
        }
    }
}
