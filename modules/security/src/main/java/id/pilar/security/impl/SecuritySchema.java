package id.pilar.security.impl;

import id.pilar.core.spi.ModuleSchema;
import java.util.List;
import java.util.Map;
import org.openide.util.lookup.ServiceProvider;

/**
 * The security module's tables. Other modules that audit their entities with {@code @Audited}
 * list {@code "security"} in their {@code dependsOn()}, because their {@code _aud} tables
 * reference {@code security_revision}.
 */
@ServiceProvider(service = ModuleSchema.class, position = 50)
public final class SecuritySchema implements ModuleSchema {

    public static final String MODULE_ID = "security";

    @Override
    public String moduleId() {
        return MODULE_ID;
    }

    @Override
    public String migrationLocation() {
        return "id/pilar/security/db";
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(UserAccount.class, ConsentRecord.class, DataRequestRecord.class, AuditRevision.class);
    }

    /**
     * V3 as first shipped dropped and re-added {@code rev_timestamp}, losing every earlier value.
     * The corrected V3 copies them; databases that already ran the first script carry its
     * checksum, accepted here (and V4 recomputes their lost times from {@code changed_at}).
     */
    @Override
    public Map<String, List<Integer>> correctedMigrations() {
        return Map.of("3", List.of(-1879170589));
    }

    /** Accounts stay when demo data is cleared; the revisions stay because kept history points at them. */
    @Override
    public java.util.Set<String> keptWhenDemoDataCleared() {
        return java.util.Set.of("security_user", "security_user_aud", "security_revision");
    }

    @Override
    public String displayName() {
        return "Keamanan";
    }
}
