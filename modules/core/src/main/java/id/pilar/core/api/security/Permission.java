package id.pilar.core.api.security;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A named right to perform one kind of service operation, e.g. {@code registry.person.write}.
 *
 * <p>Modules declare their permissions as constants and list them through a
 * {@link id.pilar.core.spi.PermissionCatalog}. The {@link Kind} is the module's own declaration of
 * what the permission is for; the role policy (security module) grants by kind alone, so a new
 * module's permissions reach the right roles without a change anywhere else. The description is
 * user text from the module's bundle (the roles screen and refusal messages show it).
 */
public record Permission(String id, Kind kind, String description) {

    /** What a permission is for; each role holds whole kinds. */
    public enum Kind {
        /** See records (every role). */
        READ,
        /** Enter and correct records: registry, rosters, consents (Operator and up). */
        DATA_ENTRY,
        /** Social work on cases, plans, services, nominations (Pekerja Sosial and up). */
        CASE_WORK,
        /** Approve, decide, delete, change rules and settings, read the audit history (Supervisor and up). */
        APPROVE,
        /** Take personal data out of Pilar: exports, subject access (Supervisor and up). */
        EXPORT_PERSONAL,
        /** Accounts, backups, restore (Admin). */
        ADMINISTER,
        /** One's own account, e.g. one's password (every role). */
        OWN_ACCOUNT,
        /** See one {@link AccessControl.Sensitive} kind of data unmasked; which roles depends on the kind. */
        SENSITIVE
    }

    public Permission {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        if (!id.matches("[a-z][a-z0-9]*(\\.[a-z][a-z0-9-]*)+")) {
            throw new IllegalArgumentException("Permission id must be dotted lower case: " + id);
        }
        if ((kind == Kind.SENSITIVE) != id.startsWith(SENSITIVE_PREFIX)) {
            throw new IllegalArgumentException("Only sensitive.<kind>.view permissions are of kind SENSITIVE: " + id);
        }
    }

    private static final String SENSITIVE_PREFIX = "sensitive.";

    public static Permission of(String id, Kind kind, String description) {
        return new Permission(id, kind, description);
    }

    /** The permission to see {@code kind} unmasked, e.g. {@code sensitive.nik-kk.view}. */
    public static Permission sensitive(AccessControl.Sensitive kind) {
        return new Permission(SENSITIVE_PREFIX + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".view",
                Kind.SENSITIVE, SensitiveTexts.description(kind));
    }

    /** The sensitive kind a {@link Kind#SENSITIVE} permission unmasks. */
    public Optional<AccessControl.Sensitive> sensitiveKind() {
        if (kind != Kind.SENSITIVE) {
            return Optional.empty();
        }
        String name = id.substring(SENSITIVE_PREFIX.length(), id.length() - ".view".length());
        return Optional.of(AccessControl.Sensitive.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_')));
    }

    /** Two permissions are the same right when their ids are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Permission p && p.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
