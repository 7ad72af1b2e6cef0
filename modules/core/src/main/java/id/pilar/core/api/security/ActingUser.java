package id.pilar.core.api.security;

import java.util.Set;

/**
 * Who is acting: written into created_by/updated_by and checked against permissions.
 *
 * @param username    login name, stored in audit columns
 * @param displayName name shown in the window
 * @param roles       role ids, e.g. {@code ADMIN}
 */
public record ActingUser(String username, String displayName, Set<String> roles) {

    public ActingUser {
        roles = Set.copyOf(roles);
    }
}
