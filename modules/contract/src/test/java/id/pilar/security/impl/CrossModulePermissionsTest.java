package id.pilar.security.impl;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.core.api.security.AccessControl;
import id.pilar.core.api.security.Permission;
import id.pilar.core.spi.PermissionCatalog;
import id.pilar.security.api.Role;
import id.pilar.testkit.TestDatabase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openide.util.Lookup;

/** The feature modules' permissions (moved from the security module, which no longer sees them). */
class CrossModulePermissionsTest {

    private static TestDatabase db;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        SecurityAccessControl.accountsChanged();
    }

    @AfterAll
    static void close() {
        Acting.signOut();
        db.close();
    }

    private static List<Permission> all() {
        List<Permission> out = new ArrayList<>();
        for (PermissionCatalog c : Lookup.getDefault().lookupAll(PermissionCatalog.class)) {
            out.addAll(c.permissions());
        }
        return out;
    }

    @Test
    void declaredKindsOfTheFeatureModules() {
        Map<String, Permission.Kind> declared = new LinkedHashMap<>();
        all().forEach(p -> declared.put(p.id(), p.kind()));
        assertThat(declared).containsEntry("registry.person.write", Permission.Kind.DATA_ENTRY)
                .containsEntry("rosters.member.import", Permission.Kind.DATA_ENTRY)
                .containsEntry("rosters.report.export", Permission.Kind.EXPORT_PERSONAL);
        assertThat(declared.keySet()).anyMatch(id -> id.startsWith("registry.")).anyMatch(id -> id.startsWith("rosters."));
    }

    @Test
    void anOperatorEntersRegistryAndRostersDataButReadsNoHistory() {
        Acting.as(Role.OPERATOR);
        Map<String, Boolean> got = new LinkedHashMap<>();
        for (Permission p : all()) {
            got.put(p.id(), AccessControl.get().isPermitted(p));
        }
        assertThat(got).containsEntry("registry.person.write", true).containsEntry("rosters.member.import", true)
                .containsEntry("security.audit.read", false).containsEntry("rosters.report.export", false);
        Acting.as(Role.SUPERVISOR);
        assertThat(AccessControl.get().isPermitted(id.pilar.security.api.SecurityPermissions.AUDIT_READ)).isTrue();
    }
}
