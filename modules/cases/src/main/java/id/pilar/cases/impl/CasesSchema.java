package id.pilar.cases.impl;

import id.pilar.cases.impl.model.CaseApprovalEntity;
import id.pilar.cases.impl.model.CaseAssessmentValueEntity;
import id.pilar.cases.impl.model.CaseClientEntity;
import id.pilar.cases.impl.model.CaseConsentEntity;
import id.pilar.cases.impl.model.CaseDomainEntity;
import id.pilar.cases.impl.model.CaseFieldEntity;
import id.pilar.cases.impl.model.CaseFileEntity;
import id.pilar.cases.impl.model.CaseInstitutionEntity;
import id.pilar.cases.impl.model.CaseNoteEntity;
import id.pilar.cases.impl.model.CasePlanEntity;
import id.pilar.cases.impl.model.CasePlanItemEntity;
import id.pilar.cases.impl.model.CaseReferralEntity;
import id.pilar.cases.impl.model.CaseServiceEntity;
import id.pilar.cases.impl.model.CaseTaskEntity;
import id.pilar.cases.impl.model.CaseTransitionEntity;
import id.pilar.core.spi.ModuleSchema;
import java.util.List;
import org.openide.util.lookup.ServiceProvider;

/**
 * The cases tables ({@code id/pilar/cases/db}). Depends on security (the {@code _aud} tables
 * reference its revision table) and registry (clients are registry persons).
 */
@ServiceProvider(service = ModuleSchema.class, position = 500)
public final class CasesSchema implements ModuleSchema {

    public static final String MODULE_ID = "cases";

    @Override
    public String moduleId() {
        return MODULE_ID;
    }

    @Override
    public List<String> dependsOn() {
        return List.of("core", "security", "registry");
    }

    @Override
    public String migrationLocation() {
        return "id/pilar/cases/db";
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(CaseFileEntity.class, CaseClientEntity.class, CaseTransitionEntity.class, CaseDomainEntity.class, CaseFieldEntity.class,
                CaseAssessmentValueEntity.class, CasePlanEntity.class, CasePlanItemEntity.class, CaseServiceEntity.class, CaseNoteEntity.class,
                CaseTaskEntity.class, CaseApprovalEntity.class, CaseInstitutionEntity.class, CaseReferralEntity.class, CaseConsentEntity.class);
    }

    @Override
    public String displayName() {
        return "Kasus";
    }
}
