package id.pilar.awards.impl;

import id.pilar.awards.impl.model.AwardAttachmentEntity;
import id.pilar.awards.impl.model.AwardCeremonyEntity;
import id.pilar.awards.impl.model.AwardEntity;
import id.pilar.awards.impl.model.AwardMemberRecordEntity;
import id.pilar.awards.impl.model.AwardNominationEntity;
import id.pilar.awards.impl.model.AwardNominationStepEntity;
import id.pilar.awards.impl.model.AwardTypeDocumentEntity;
import id.pilar.awards.impl.model.AwardTypeEntity;
import id.pilar.core.spi.ModuleSchema;
import java.util.List;
import org.openide.util.lookup.ServiceProvider;

/**
 * The awards' tables ({@code awd_*}, migrations in {@code id/pilar/awards/db}). After rosters,
 * whose facts the rules read, and security, whose revision table the {@code _aud} tables reference.
 */
@ServiceProvider(service = ModuleSchema.class, position = 500)
public final class AwardsSchema implements ModuleSchema {

    public static final String MODULE_ID = "awards";

    @Override
    public String moduleId() {
        return MODULE_ID;
    }

    @Override
    public List<String> dependsOn() {
        return List.of("core", "security", "rosters");
    }

    @Override
    public String migrationLocation() {
        return "id/pilar/awards/db";
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(AwardTypeEntity.class, AwardTypeDocumentEntity.class, AwardMemberRecordEntity.class, AwardNominationEntity.class,
                AwardNominationStepEntity.class, AwardAttachmentEntity.class, AwardCeremonyEntity.class, AwardEntity.class);
    }

    @Override
    public String displayName() {
        return "Penghargaan";
    }
}
