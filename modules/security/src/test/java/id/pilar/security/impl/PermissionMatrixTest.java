package id.pilar.security.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.core.api.security.AccessControl;
import id.pilar.core.api.security.AccessDeniedException;
import id.pilar.core.api.security.Permission;
import id.pilar.core.spi.PermissionCatalog;
import id.pilar.security.api.BackupSettingsInfo;
import id.pilar.security.api.Backups.ProgressListener;
import id.pilar.security.api.DataRequests.Kind;
import id.pilar.security.api.Role;
import id.pilar.security.api.RolePolicy;
import id.pilar.security.api.SecurityPermissions;
import id.pilar.testkit.TestDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openide.util.Lookup;

/**
 * Roles × permissions and roles × operations. Every permission of every catalog on the classpath
 * is checked through the installed AccessControl against every role; every operation of this
 * module's services is called as every role and must be refused exactly when the role lacks its
 * permission.
 */
class PermissionMatrixTest {

    private static TestDatabase db;
    private static Preferences prefs;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        SecurityAccessControl.accountsChanged();
        prefs = Fixtures.scratchPrefs();
    }

    @AfterAll
    static void close() {
        Fixtures.signOut();
        Fixtures.remove(prefs);
        db.close();
    }

    private static List<Permission> allPermissions() {
        List<Permission> all = new ArrayList<>();
        for (PermissionCatalog c : Lookup.getDefault().lookupAll(PermissionCatalog.class)) {
            all.addAll(c.permissions());
        }
        return all;
    }

    /** The documented table (README, RolePolicy), written out independently of RolePolicy's code. */
    private static Set<Role> expected(Permission p) {
        Set<Role> all = EnumSet.allOf(Role.class);
        Set<Role> socialWork = EnumSet.of(Role.PEKERJA_SOSIAL, Role.SUPERVISOR, Role.ADMIN);
        Set<Role> supervision = EnumSet.of(Role.SUPERVISOR, Role.ADMIN);
        Map<String, Set<Role>> sensitive = Map.of(
                "sensitive.nik-kk.view", all,
                "sensitive.health.view", socialWork,
                "sensitive.case-notes.view", socialWork,
                "sensitive.reporter.view", supervision);
        return switch (p.kind()) {
            case READ, DATA_ENTRY, OWN_ACCOUNT -> all;
            case CASE_WORK -> socialWork;
            case APPROVE, EXPORT_PERSONAL -> supervision;
            case ADMINISTER -> EnumSet.of(Role.ADMIN);
            case SENSITIVE -> sensitive.get(p.id());
        };
    }

    /** The kinds the first-wave modules declare: what each role may do there is a product decision. */
    @Test
    void declaredKindsOfTheFirstWave() {
        Map<String, Permission.Kind> declared = new LinkedHashMap<>();
        allPermissions().forEach(p -> declared.put(p.id(), p.kind()));
        // The feature modules' kinds are checked in modules/contract (CrossModulePermissionsTest).
        assertThat(declared).containsEntry("pdp.consent.write", Permission.Kind.DATA_ENTRY)
                .containsEntry("pdp.request.write", Permission.Kind.CASE_WORK)
                .containsEntry("pdp.request.approve", Permission.Kind.APPROVE)
                .containsEntry("security.audit.read", Permission.Kind.APPROVE)
                .containsEntry("security.backup.admin", Permission.Kind.ADMINISTER)
                .containsEntry("security.self.write", Permission.Kind.OWN_ACCOUNT);
        assertThat(allPermissions()).allSatisfy(p -> assertThat(p.description()).as(p.id()).isNotBlank());
    }

    @Test
    void everyPermissionOfEveryCatalogAgainstEveryRole() {
        List<Permission> all = allPermissions();
        assertThat(all).extracting(Permission::id).containsAll(SecurityPermissions.all().stream().map(Permission::id).toList());
        for (Permission p : all) {
            for (Role role : Role.values()) {
                Fixtures.actAs(role);
                boolean want = expected(p).contains(role);
                assertThat(AccessControl.get().isPermitted(p)).as(role + " × " + p.id()).isEqualTo(want);
                if (want) {
                    AccessControl.get().require(p);
                } else {
                    assertThatThrownBy(() -> AccessControl.get().require(p)).as(role + " × " + p.id())
                            .isInstanceOf(AccessDeniedException.class)
                            .hasMessageNotContaining(p.id()).hasMessageContaining(p.description().substring(1));
                }
            }
        }
        for (Role role : Role.values()) {
            Fixtures.actAs(role);
            for (AccessControl.Sensitive kind : AccessControl.Sensitive.values()) {
                assertThat(AccessControl.get().canSee(kind)).as(role + " sees " + kind)
                        .isEqualTo(expected(SecurityPermissions.sensitive(kind)).contains(role));
            }
        }
        System.out.println("Permissions checked: " + all.size() + " × " + Role.values().length + " roles");
    }

    @Test
    void nobodySignedInMayDoNothingOnceAccountsExist() {
        Fixtures.actAs(Role.ADMIN);
        new UserAccountsImpl(db.transactions()).create("admin1", "Admin Satu", Role.ADMIN, "kata-sandi-admin".toCharArray());
        Fixtures.signOut();
        for (Permission p : allPermissions()) {
            assertThat(AccessControl.get().isPermitted(p)).as(p.id()).isFalse();
        }
        assertThat(AccessControl.get().currentUser().username()).isEqualTo("belum-masuk");
    }

    @Test
    void everyServiceOperationAsEveryRole() {
        Fixtures.actAs(Role.ADMIN);
        UserAccountsImpl users = new UserAccountsImpl(db.transactions());
        ConsentsImpl consents = new ConsentsImpl(db.transactions());
        DataRequestsImpl requests = new DataRequestsImpl(db.transactions(), List::of);
        SubjectAccessImpl subject = new SubjectAccessImpl(db.transactions(), () -> List.of(new SecurityPersonalData()));
        AuditHistoryImpl audit = new AuditHistoryImpl(db.transactions());
        BackupsImpl backups = new BackupsImpl(new BackupSettings(prefs));
        String someone = users.create("petugas", "Petugas", Role.OPERATOR, "kata-sandi-petugas".toCharArray()).id();
        String consent = consents.record("orang-m", "Pendataan", LocalDate.of(2026, 1, 5), "F-9").id();

        Map<String, Op> ops = new LinkedHashMap<>();
        ops.put("users.list", new Op(SecurityPermissions.USER_ADMIN, users::list));
        ops.put("users.changeRole", new Op(SecurityPermissions.USER_ADMIN, () -> users.changeRole(someone, Role.OPERATOR)));
        ops.put("users.setActive", new Op(SecurityPermissions.USER_ADMIN, () -> users.setActive(someone, true)));
        ops.put("users.resetPassword", new Op(SecurityPermissions.USER_ADMIN, () -> users.resetPassword(someone, "kata-sandi-baru-1".toCharArray())));
        ops.put("consents.forPerson", new Op(SecurityPermissions.CONSENT_READ, () -> consents.forPerson("orang-m")));
        ops.put("consents.record", new Op(SecurityPermissions.CONSENT_WRITE, () -> consents.record("orang-m", "Bansos", LocalDate.of(2026, 1, 6), "F-10")));
        ops.put("consents.withdraw", new Op(SecurityPermissions.CONSENT_WRITE, () -> consents.withdraw("tidak-ada", LocalDate.of(2026, 2, 1))));
        ops.put("requests.file", new Op(SecurityPermissions.REQUEST_WRITE, () -> requests.file("orang-m", Kind.PEMBATASAN, "")));
        ops.put("requests.open", new Op(SecurityPermissions.REQUEST_WRITE, requests::open));
        ops.put("requests.approve", new Op(SecurityPermissions.REQUEST_APPROVE, () -> requests.approve("tidak-ada", "")));
        ops.put("requests.reject", new Op(SecurityPermissions.REQUEST_APPROVE, () -> requests.reject("tidak-ada", "x")));
        ops.put("requests.isRestricted", new Op(SecurityPermissions.CONSENT_READ, () -> requests.isRestricted("orang-m")));
        ops.put("subject.collect", new Op(SecurityPermissions.SUBJECT_EXPORT, () -> subject.collect("orang-m")));
        ops.put("audit.history", new Op(SecurityPermissions.AUDIT_READ, () -> audit.history(ConsentRecord.class.getName(), consent)));
        ops.put("audit.recentReads", new Op(SecurityPermissions.AUDIT_READ, () -> audit.recentReads(5)));
        ops.put("backups.list", new Op(SecurityPermissions.BACKUP_ADMIN, backups::list));
        ops.put("backups.saveSettings", new Op(SecurityPermissions.BACKUP_ADMIN,
                () -> backups.saveSettings(new BackupSettingsInfo(null, 7, false, false, 10), null)));
        ops.put("backups.backup", new Op(SecurityPermissions.BACKUP_ADMIN, () -> backups.backup(db.folder().resolve("m.pilarbak"), new char[0], ProgressListener.NONE)));
        ops.put("backups.restore", new Op(SecurityPermissions.RESTORE_ADMIN, () -> backups.restore(db.folder().resolve("tidak-ada.pilarbak"), new char[0], ProgressListener.NONE)));

        for (Role role : Role.values()) {
            for (Map.Entry<String, Op> e : ops.entrySet()) {
                Fixtures.actAs(role);
                boolean allowed = RolePolicy.permits(role, e.getValue().permission());
                Throwable thrown = null;
                try {
                    e.getValue().call().run();
                } catch (RuntimeException ex) {
                    thrown = ex;
                }
                if (allowed) {
                    if (thrown != null) { // refused for other reasons (bad input) is fine: the permission check passed
                        assertThat(thrown).as(role + " × " + e.getKey()).isNotInstanceOf(AccessDeniedException.class);
                    }
                } else {
                    assertThat(thrown).as(role + " × " + e.getKey()).isInstanceOf(AccessDeniedException.class);
                }
            }
        }
    }

    private record Op(Permission permission, Runnable call) {
    }
}
