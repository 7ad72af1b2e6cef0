package id.pilar.rosters.impl;

import id.pilar.core.spi.ModuleSchema;
import id.pilar.rosters.impl.model.RosterAssignmentEntity;
import id.pilar.rosters.impl.model.RosterAttendanceEntity;
import id.pilar.rosters.impl.model.RosterCertificateEntity;
import id.pilar.rosters.impl.model.RosterDutyEntity;
import id.pilar.rosters.impl.model.RosterHoursCorrectionEntity;
import id.pilar.rosters.impl.model.RosterMemberEntity;
import id.pilar.rosters.impl.model.RosterMembershipEntity;
import id.pilar.rosters.impl.model.RosterOrganisationEntity;
import id.pilar.rosters.impl.model.RosterShiftEntity;
import java.util.List;
import org.openide.util.lookup.ServiceProvider;
import org.openide.util.NbBundle.Messages;

/** The rosters' tables (migrations in {@code id/pilar/rosters/db}) and entities. */
@ServiceProvider(service = ModuleSchema.class, position = 400)
@Messages({
    "LBL_ModuleName=Pilar sosial"
})
public final class RostersSchema implements ModuleSchema {

    public static final String MODULE_ID = "rosters";

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
        return "id/pilar/rosters/db";
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(RosterOrganisationEntity.class, RosterMemberEntity.class, RosterMembershipEntity.class, RosterCertificateEntity.class,
                RosterDutyEntity.class, RosterShiftEntity.class, RosterAssignmentEntity.class, RosterAttendanceEntity.class,
                RosterHoursCorrectionEntity.class);
    }

    @Override
    public String displayName() {
        return Bundle.LBL_ModuleName();
    }
}
