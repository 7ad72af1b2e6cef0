package id.pilar.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.atlas.api.AtlasPermissions;
import id.pilar.atlas.api.AtlasService;
import id.pilar.atlas.api.MonthlyReport;
import id.pilar.atlas.api.PopulationImport;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.api.security.AccessDeniedException;
import id.pilar.core.api.security.Permission;
import id.pilar.security.api.Role;
import id.pilar.security.api.UserAccounts;
import id.pilar.testkit.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Roles × permissions and roles × operations of the atlas, through the security module's real accounts. */
class AtlasPermissionMatrixTest {

    static TestDatabase db;
    @TempDir
    static Path dir;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        AtlasFixtures.signInAsAdmin();
        for (Role r : EnumSet.of(Role.OPERATOR, Role.PEKERJA_SOSIAL, Role.SUPERVISOR)) {
            UserAccounts.get().create(name(r), "Uji " + r.name(), r, AtlasFixtures.PASSWORD);
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

    static void actAs(Role r) {
        assertThat(UserAccounts.get().login(name(r), AtlasFixtures.PASSWORD).ok()).isTrue();
    }

    /** The table of the module README, written out independently of RolePolicy. */
    static Set<Role> expected(Permission p) {
        return switch (p.id()) {
            case "atlas.read" -> EnumSet.allOf(Role.class);
            case "atlas.weights.approve", "atlas.report.approve" -> EnumSet.of(Role.SUPERVISOR, Role.ADMIN);
            case "atlas.import.administer" -> EnumSet.of(Role.ADMIN);
            default -> throw new AssertionError("permission not in the documented table: " + p.id());
        };
    }

    @Test
    void everyPermissionOfTheCatalogAgainstEveryRole() {
        assertThat(AtlasPermissions.ALL).extracting(Permission::id).allMatch(id -> id.startsWith("atlas."));
        for (Role role : Role.values()) {
            actAs(role);
            for (Permission p : AtlasPermissions.ALL) {
                assertThat(AccessControl.get().isPermitted(p)).as(role + " × " + p.id()).isEqualTo(expected(p).contains(role));
            }
        }
    }

    @Test
    void everyOperationAsEveryRole() throws IOException {
        Path csv = dir.resolve("penduduk.csv");
        Files.writeString(csv, "kode_kemendagri,tahun,jumlah_penduduk\n31.71.01.1001,2025,2800\n");
        Path reports = Files.createDirectories(dir.resolve("rekap"));
        Map<String, Runnable> ops = new LinkedHashMap<>();
        Map<String, Permission> needs = new LinkedHashMap<>();
        op(ops, needs, "indicators", AtlasPermissions.READ, () -> AtlasService.get().indicators());
        op(ops, needs, "index", AtlasPermissions.READ, () -> AtlasService.get().index(LocalDate.of(2026, 11, 30)));
        op(ops, needs, "weights", AtlasPermissions.READ, () -> AtlasService.get().weights());
        op(ops, needs, "saveWeights", AtlasPermissions.WEIGHTS, () -> AtlasService.get().saveWeights(AtlasService.get().weights()));
        op(ops, needs, "monthlyReport", AtlasPermissions.REPORT, () -> MonthlyReport.get().write(YearMonth.of(2026, 11), reports, () -> false));
        op(ops, needs, "importPopulation", AtlasPermissions.IMPORT, () -> PopulationImport.get().importCsv(csv));
        for (Role role : Role.values()) {
            actAs(role);
            for (var e : ops.entrySet()) {
                Permission p = needs.get(e.getKey());
                if (expected(p).contains(role)) {
                    e.getValue().run();
                } else {
                    assertThatThrownBy(e.getValue()::run).as(role + " × " + e.getKey()).isInstanceOf(AccessDeniedException.class);
                }
            }
        }
    }

    private static void op(Map<String, Runnable> ops, Map<String, Permission> needs, String name, Permission p, Runnable r) {
        ops.put(name, r);
        needs.put(name, p);
    }
}
