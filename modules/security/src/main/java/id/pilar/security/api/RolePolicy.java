package id.pilar.security.api;

import id.pilar.core.api.security.AccessControl.Sensitive;
import id.pilar.core.api.security.Permission;
import id.pilar.core.api.security.Permission.Kind;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which role holds which permission. The policy reads only the permission's {@link Kind}, which
 * the declaring module chose in its {@code PermissionCatalog}; so permissions that modules add
 * later reach the right roles without a change here:
 *
 * <table>
 * <caption>kinds</caption>
 * <tr><th>kind</th><th>Operator</th><th>Pekerja Sosial</th><th>Supervisor</th><th>Admin</th></tr>
 * <tr><td>READ, DATA_ENTRY, OWN_ACCOUNT</td><td>yes</td><td>yes</td><td>yes</td><td>yes</td></tr>
 * <tr><td>CASE_WORK</td><td>no</td><td>yes</td><td>yes</td><td>yes</td></tr>
 * <tr><td>APPROVE, EXPORT_PERSONAL</td><td>no</td><td>no</td><td>yes</td><td>yes</td></tr>
 * <tr><td>ADMINISTER</td><td>no</td><td>no</td><td>no</td><td>yes</td></tr>
 * </table>
 *
 * <p>Sensitive data ({@link Kind#SENSITIVE}): Operator sees NIK/KK (needed to enter and match
 * records); Pekerja Sosial also health and case notes of the people they serve; Supervisor and
 * Admin everything, reporter identity included.
 */
public final class RolePolicy {

    private RolePolicy() {
    }

    public static boolean permits(Role role, Permission permission) {
        return rolesFor(permission).contains(role);
    }

    /** Every role holding {@code permission}. */
    public static Set<Role> rolesFor(Permission permission) {
        return switch (permission.kind()) {
            case READ, DATA_ENTRY, OWN_ACCOUNT -> EnumSet.allOf(Role.class);
            case CASE_WORK -> EnumSet.of(Role.PEKERJA_SOSIAL, Role.SUPERVISOR, Role.ADMIN);
            case APPROVE, EXPORT_PERSONAL -> EnumSet.of(Role.SUPERVISOR, Role.ADMIN);
            case ADMINISTER -> EnumSet.of(Role.ADMIN);
            case SENSITIVE -> sensitive(permission.sensitiveKind().orElseThrow());
        };
    }

    private static Set<Role> sensitive(Sensitive kind) {
        return switch (kind) {
            case NIK_KK -> EnumSet.allOf(Role.class);
            case HEALTH, CASE_NOTES -> EnumSet.of(Role.PEKERJA_SOSIAL, Role.SUPERVISOR, Role.ADMIN);
            case REPORTER -> EnumSet.of(Role.SUPERVISOR, Role.ADMIN);
        };
    }
}
