package id.pilar.intake.impl;

import id.pilar.core.spi.ModuleSchema;
import id.pilar.intake.impl.model.IntakeAlertEntity;
import id.pilar.intake.impl.model.IntakeFoundPersonEntity;
import id.pilar.intake.impl.model.IntakeHotspotEntity;
import id.pilar.intake.impl.model.IntakeOperationEntity;
import id.pilar.intake.impl.model.IntakeReportAttachmentEntity;
import id.pilar.intake.impl.model.IntakeSettingEntity;
import id.pilar.intake.impl.model.ReportSocialEntity;
import java.util.List;
import org.openide.util.lookup.ServiceProvider;

/**
 * The intake tables ({@code id/pilar/intake/db}). Depends on security (the {@code _aud} tables
 * reference its revision table), registry (people found) and cases (cases opened from reports).
 */
@ServiceProvider(service = ModuleSchema.class, position = 600)
@org.openide.util.NbBundle.Messages("SCHEMA_Name=Laporan sosial")
public final class IntakeSchema implements ModuleSchema {

    public static final String MODULE_ID = "intake";

    @Override
    public String moduleId() {
        return MODULE_ID;
    }

    @Override
    public List<String> dependsOn() {
        return List.of("core", "security", "registry", "cases");
    }

    @Override
    public String migrationLocation() {
        return "id/pilar/intake/db";
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(IntakeHotspotEntity.class, ReportSocialEntity.class, IntakeSettingEntity.class, IntakeAlertEntity.class,
                IntakeOperationEntity.class, IntakeFoundPersonEntity.class, IntakeReportAttachmentEntity.class);
    }

    @Override
    public String displayName() {
        return Bundle.SCHEMA_Name();
    }
}
