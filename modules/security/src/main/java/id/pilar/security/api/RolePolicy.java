package id.pilar.security.api;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which role holds which permission. Permissions are named {@code <module>.<object>.<verb>}; the
 * verb (last part) decides, so permissions that modules add later are covered without a change
 * here:
 *
 * <table>
 * <caption>verbs</caption>
 * <tr><th>verb</th><th>Operator</th><th>Pekerja Sosial</th><th>Supervisor</th><th>Admin</th></tr>
 * <tr><td>read</td><td>yes</td><td>yes</td><td>yes</td><td>yes</td></tr>
 * <tr><td>write, import</td><td>only data entry: {@code registry.*}, {@code rosters.*}, {@code pdp.consent.*}</td><td>yes</td><td>yes</td><td>yes</td></tr>
 * <tr><td>delete, approve, export, settings</td><td>no</td><td>no</td><td>yes</td><td>yes</td></tr>
 * <tr><td>admin and any other verb</td><td>no</td><td>no</td><td>no</td><td>yes</td></tr>
 * </table>
 *
 * <p>Sensitive data ({@code sensitive.<kind>.view}): Operator sees NIK/KK (needed to enter and
 * match records); Pekerja Sosial also health and case notes of the people they serve; Supervisor
 * and Admin everything, reporter identity included. Exceptions by name: every role changes its
 * own password ({@code security.self.*}); the audit history and read log
 * ({@code security.audit.read}) are for Supervisor and Admin.
 */
public final class RolePolicy {

    /** Modules whose records operators enter. */
    private static final Set<String> DATA_ENTRY_PREFIXES = Set.of("registry.", "rosters.", "pdp.consent.");

    private RolePolicy() {
    }

    public static boolean permits(Role role, String permissionId) {
        return rolesFor(permissionId).contains(role);
    }

    /** Every role holding {@code permissionId}. */
    public static Set<Role> rolesFor(String permissionId) {
        if (permissionId.startsWith("security.self.")) {
            return EnumSet.allOf(Role.class);
        }
        if (permissionId.equals(SecurityPermissions.AUDIT_READ.id())) {
            return EnumSet.of(Role.SUPERVISOR, Role.ADMIN);
        }
        if (permissionId.startsWith("sensitive.")) {
            return sensitive(permissionId);
        }
        String verb = permissionId.substring(permissionId.lastIndexOf('.') + 1);
        return switch (verb) {
            case "read" -> EnumSet.allOf(Role.class);
            case "write", "import" -> dataEntry(permissionId)
                    ? EnumSet.allOf(Role.class)
                    : EnumSet.of(Role.PEKERJA_SOSIAL, Role.SUPERVISOR, Role.ADMIN);
            case "delete", "approve", "export", "settings" -> EnumSet.of(Role.SUPERVISOR, Role.ADMIN);
            default -> EnumSet.of(Role.ADMIN);
        };
    }

    /** True when the verb is one the table above names; anything else is Admin-only. */
    public static boolean knownVerb(String permissionId) {
        if (permissionId.startsWith("security.self.") || permissionId.startsWith("sensitive.")) {
            return true;
        }
        String verb = permissionId.substring(permissionId.lastIndexOf('.') + 1);
        return Set.of("read", "write", "import", "delete", "approve", "export", "settings", "admin").contains(verb);
    }

    private static boolean dataEntry(String id) {
        return DATA_ENTRY_PREFIXES.stream().anyMatch(id::startsWith);
    }

    private static Set<Role> sensitive(String id) {
        return switch (id) {
            case "sensitive.nik-kk.view" -> EnumSet.allOf(Role.class);
            case "sensitive.health.view", "sensitive.case-notes.view" ->
                EnumSet.of(Role.PEKERJA_SOSIAL, Role.SUPERVISOR, Role.ADMIN);
            default -> EnumSet.of(Role.SUPERVISOR, Role.ADMIN);
        };
    }
}
