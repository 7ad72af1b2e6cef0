package id.pilar.registry.impl;

import id.pilar.core.spi.ModuleSchema;
import id.pilar.registry.impl.model.DtsenImportEntity;
import id.pilar.registry.impl.model.DtsenLinkEntity;
import id.pilar.registry.impl.model.DuplicateReviewEntity;
import id.pilar.registry.impl.model.HouseholdEntity;
import id.pilar.registry.impl.model.ImportMappingEntity;
import id.pilar.registry.impl.model.HouseholdEventEntity;
import id.pilar.registry.impl.model.MembershipEntity;
import id.pilar.registry.impl.model.MergeEntity;
import id.pilar.registry.impl.model.NikHistoryEntity;
import id.pilar.registry.impl.model.PersonCategoryEntity;
import id.pilar.registry.impl.model.PersonEntity;
import java.util.List;
import org.openide.util.lookup.ServiceProvider;

/**
 * The registry's tables. DTSEN person rows ({@code dtsen_person}, {@code dtsen_riwayat}) are
 * not entities: only the bulk import writes them and only plain queries read them.
 */
@ServiceProvider(service = ModuleSchema.class, position = 100)
public final class RegistrySchema implements ModuleSchema {

    public static final String MODULE_ID = "registry";

    @Override
    public String moduleId() {
        return MODULE_ID;
    }

    /** Security first: the {@code _aud} history tables reference its {@code security_revision}. */
    @Override
    public List<String> dependsOn() {
        return List.of("core", "security");
    }

    @Override
    public String migrationLocation() {
        return "id/pilar/registry/db";
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(PersonEntity.class, PersonCategoryEntity.class, NikHistoryEntity.class, HouseholdEntity.class,
                MembershipEntity.class, HouseholdEventEntity.class, DuplicateReviewEntity.class, MergeEntity.class,
                DtsenImportEntity.class, DtsenLinkEntity.class, ImportMappingEntity.class);
    }

    @Override
    public String displayName() {
        return "Registri";
    }
}
