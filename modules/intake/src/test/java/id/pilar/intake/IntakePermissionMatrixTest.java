package id.pilar.intake;

import static id.pilar.intake.IntakeFixtures.GAMBIR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.core.api.security.AccessControl;
import id.pilar.core.api.security.AccessDeniedException;
import id.pilar.core.api.security.Permission;
import id.pilar.intake.api.AlertService;
import id.pilar.intake.api.IntakeException;
import id.pilar.intake.api.IntakePermissions;
import id.pilar.intake.api.Report;
import id.pilar.intake.api.ReportService;
import id.pilar.intake.api.ReportService.ReportFilter;
import id.pilar.security.api.Role;
import id.pilar.security.api.UserAccounts;
import id.pilar.testkit.TestDatabase;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Roles × permissions and roles × operations for intake through the security module's real
 * accounts, and the reporter's identity masked for roles without {@code sensitive.reporter}.
 */
class IntakePermissionMatrixTest {

    private static final char[] PASSWORD = "Kata-Sandi-Uji-2026".toCharArray();
    static TestDatabase db;
    static String reportId;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        reportId = ReportService.get().record(IntakeFixtures.at(GAMBIR, Instant.now().minusSeconds(120))).id();
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

    static void actAs(Role r) {
        assertThat(UserAccounts.get().login(name(r), PASSWORD).ok()).isTrue();
    }

    /** The documented table (README), written out independently of RolePolicy. */
    static Set<Role> expected(Permission p) {
        return switch (p.id()) {
            case "intake.read", "intake.report.enter" -> EnumSet.allOf(Role.class);
            case "intake.triage.work" -> EnumSet.of(Role.PEKERJA_SOSIAL, Role.SUPERVISOR, Role.ADMIN);
            case "intake.settings.approve" -> EnumSet.of(Role.SUPERVISOR, Role.ADMIN);
            default -> throw new AssertionError("permission not in the documented table: " + p.id());
        };
    }

    @Test
    void everyPermissionOfTheCatalogAgainstEveryRole() {
        assertThat(IntakePermissions.ALL).extracting(Permission::id).allMatch(id -> id.startsWith("intake."));
        for (Role role : Role.values()) {
            actAs(role);
            for (Permission p : IntakePermissions.ALL) {
                assertThat(AccessControl.get().isPermitted(p)).as(role + " × " + p.id()).isEqualTo(expected(p).contains(role));
            }
        }
    }

    @Test
    void everyOperationAsEveryRole() {
        Map<String, Runnable> ops = new LinkedHashMap<>();
        Map<String, Permission> needs = new LinkedHashMap<>();
        op(ops, needs, "list", IntakePermissions.READ, () -> ReportService.get().list(ReportFilter.all(10)));
        op(ops, needs, "hotspots", IntakePermissions.READ, () -> ReportService.get().hotspots());
        op(ops, needs, "alerts", IntakePermissions.READ, () -> AlertService.get().current());
        op(ops, needs, "record", IntakePermissions.ENTER, () -> ReportService.get().record(IntakeFixtures.at(GAMBIR, Instant.now().minusSeconds(30))));
        op(ops, needs, "closeNoAction", IntakePermissions.TRIAGE, () -> {
            Report r = ReportService.get().find(reportId).orElseThrow();
            try {
                ReportService.get().closeNoAction(r.id(), r.version(), "uji");
            } catch (IntakeException alreadyDone) {
                assertThat(alreadyDone.code()).isEqualTo("ERR_AlreadyTriaged");
            }
        });
        op(ops, needs, "setTargets", IntakePermissions.SETTINGS, () -> ReportService.get().setTargets(new ReportService.Targets(4, 24)));
        op(ops, needs, "setThresholds", IntakePermissions.SETTINGS, () -> AlertService.get().setThresholds(new AlertService.Thresholds(5, 0.001, 10)));
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

    @Test
    void theReporterIsMaskedForRolesWithoutThePermission() {
        actAs(Role.SUPERVISOR);
        assertThat(ReportService.get().find(reportId).orElseThrow().pelapor()).isEqualTo("Bu Sari");
        for (Role r : EnumSet.of(Role.OPERATOR, Role.PEKERJA_SOSIAL)) {
            actAs(r);
            Report masked = ReportService.get().find(reportId).orElseThrow();
            assertThat(masked.tersamar()).isTrue();
            assertThat(masked.pelapor()).doesNotContain("Sari");
            assertThat(masked.pelaporTelepon()).doesNotContain("0812");
        }
    }

    private static void op(Map<String, Runnable> ops, Map<String, Permission> needs, String name, Permission p, Runnable r) {
        ops.put(name, r);
        needs.put(name, p);
    }
}
