package id.pilar.core.api.security;

import java.util.Objects;

/**
 * A named right to perform one kind of service operation, e.g. {@code registry.person.write}.
 *
 * <p>Modules declare their permissions as constants and list them through a
 * {@link id.pilar.core.spi.PermissionCatalog}, so the roles screen and the roles × operations
 * test see every one of them.
 */
public record Permission(String id, String description) {

    public Permission {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z][a-z0-9]*(\\.[a-z][a-z0-9-]*)+")) {
            throw new IllegalArgumentException("Permission id must be dotted lower case: " + id);
        }
    }

    public static Permission of(String id, String description) {
        return new Permission(id, description);
    }
}
