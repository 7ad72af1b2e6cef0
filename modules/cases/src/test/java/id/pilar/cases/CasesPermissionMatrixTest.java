package id.pilar.cases;

import static id.pilar.cases.CaseFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.cases.api.ApprovalService;
import id.pilar.cases.api.AssessmentService;
import id.pilar.cases.api.CaseService;
import id.pilar.cases.api.CaseService.CaseDetail;
import id.pilar.cases.api.CaseService.CaseFilter;
import id.pilar.cases.api.CaseStatus;
import id.pilar.cases.api.CasesPermissions;
import id.pilar.cases.api.PlanService;
import id.pilar.cases.api.ReferralService;
import id.pilar.cases.api.ReferralService.Institution;
import id.pilar.cases.api.ReferralService.InstitutionKind;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.api.security.AccessDeniedException;
import id.pilar.core.api.security.Permission;
import id.pilar.security.api.Role;
import id.pilar.security.api.UserAccounts;
import id.pilar.testkit.TestDatabase;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Roles × permissions and roles × operations for the cases module, through the security module's
 * installed AccessControl (real accounts, real logins): every permission of the catalog against
 * every role, and each service operation as each role, refused exactly when the role lacks it.
 */
class CasesPermissionMatrixTest {

    private static final char[] PASSWORD = "Kata-Sandi-Uji-2026".toCharArray();
    static TestDatabase db;
    static String caseId;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        caseId = CaseFixtures.openCase("Nina Matriks").id(); // before any account exists, the OS user administers
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
            case "cases.read" -> EnumSet.allOf(Role.class);
            case "cases.case.write", "cases.import.write" -> EnumSet.of(Role.PEKERJA_SOSIAL, Role.SUPERVISOR, Role.ADMIN);
            case "cases.approval.approve", "cases.settings.approve", "cases.summary.export" -> EnumSet.of(Role.SUPERVISOR, Role.ADMIN);
            default -> throw new AssertionError("permission not in the documented table: " + p.id());
        };
    }

    @Test
    void everyPermissionOfTheCatalogAgainstEveryRole() {
        assertThat(CasesPermissions.ALL).extracting(Permission::id).allMatch(id -> id.startsWith("cases."));
        for (Role role : Role.values()) {
            actAs(role);
            for (Permission p : CasesPermissions.ALL) {
                boolean want = expected(p).contains(role);
                assertThat(AccessControl.get().isPermitted(p)).as(role + " × " + p.id()).isEqualTo(want);
            }
        }
    }

    @Test
    void everyOperationAsEveryRole() {
        Map<String, Runnable> ops = new LinkedHashMap<>();
        Map<String, Permission> needs = new LinkedHashMap<>();
        op(ops, needs, "list", CasesPermissions.READ, () -> CaseService.get().list(CaseFilter.all(10)));
        op(ops, needs, "find", CasesPermissions.READ, () -> CaseService.get().find(caseId));
        op(ops, needs, "timeline", CasesPermissions.READ, () -> CaseService.get().timeline(caseId));
        op(ops, needs, "myTasks", CasesPermissions.READ, () -> CaseService.get().myTasks());
        op(ops, needs, "caseLoad", CasesPermissions.READ, () -> CaseService.get().caseLoad());
        op(ops, needs, "pending", CasesPermissions.READ, () -> ApprovalService.get().pending());
        op(ops, needs, "form", CasesPermissions.READ, () -> AssessmentService.get().form(caseId));
        op(ops, needs, "revisions", CasesPermissions.READ, () -> PlanService.get().revisions(caseId));
        op(ops, needs, "addNote", CasesPermissions.WORK, () -> CaseService.get().addNote(caseId, "catatan", false));
        op(ops, needs, "addTask", CasesPermissions.WORK, () -> CaseService.get().addTask(caseId, "tugas", TODAY, null));
        op(ops, needs, "transition", CasesPermissions.WORK, () -> {
            CaseDetail c = CaseService.get().find(caseId).orElseThrow();
            CaseService.get().transition(caseId, c.version(), c.status() == CaseStatus.BARU ? CaseStatus.ASESMEN
                    : c.status() == CaseStatus.ASESMEN ? CaseStatus.RENCANA : CaseStatus.ASESMEN, null);
        });
        op(ops, needs, "approve", CasesPermissions.APPROVE, () -> {
            // a refused role meets the check before the lookup; a permitted one meets "not found"
            try {
                ApprovalService.get().approve("tidak-ada", null);
            } catch (id.pilar.cases.api.CasesException expected) {
                assertThat(expected.code()).isEqualTo("ERR_ApprovalNotFound");
            }
        });
        op(ops, needs, "setOfficePrefix", CasesPermissions.SETTINGS, () -> CaseService.get().setOfficePrefix("JP"));
        op(ops, needs, "saveInstitution", CasesPermissions.SETTINGS, () -> ReferralService.get().saveInstitution(
                new Institution(null, "RSUD Tarakan", InstitutionKind.RUMAH_SAKIT, null, null, 10, 0)));
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
    void caseNotesAreMaskedForRolesWithoutThePermission() {
        actAs(Role.PEKERJA_SOSIAL);
        CaseService.get().addNote(caseId, "Klien mengaku sering dipukul", false);
        CaseService.get().addNote(caseId, "Positif TBC, rujuk puskesmas", true);
        assertThat(CaseService.get().notes(caseId)).extracting(CaseService.Note::teks).contains("Klien mengaku sering dipukul", "Positif TBC, rujuk puskesmas");
        actAs(Role.OPERATOR);
        List<CaseService.Note> masked = CaseService.get().notes(caseId);
        assertThat(masked).allSatisfy(n -> {
            assertThat(n.tersamar()).isTrue();
            assertThat(n.teks()).doesNotContain("dipukul", "TBC");
        });
        assertThat(CaseService.get().timeline(caseId)).extracting(CaseService.TimelineEntry::isi).noneMatch(t -> t != null && t.contains("TBC"));
    }

    private static void op(Map<String, Runnable> ops, Map<String, Permission> needs, String name, Permission p, Runnable r) {
        ops.put(name, r);
        needs.put(name, p);
    }
}
