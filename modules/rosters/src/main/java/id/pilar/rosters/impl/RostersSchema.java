package id.pilar.rosters.impl;

import id.pilar.core.spi.ModuleSchema;
import id.pilar.rosters.impl.model.AssignmentEntity;
import id.pilar.rosters.impl.model.AttendanceEntity;
import id.pilar.rosters.impl.model.CertificateEntity;
import id.pilar.rosters.impl.model.DutyEntity;
import id.pilar.rosters.impl.model.HoursCorrectionEntity;
import id.pilar.rosters.impl.model.MemberEntity;
import id.pilar.rosters.impl.model.MembershipEntity;
import id.pilar.rosters.impl.model.OrganisationEntity;
import id.pilar.rosters.impl.model.ShiftEntity;
import java.util.List;
import org.openide.util.lookup.ServiceProvider;

/** The rosters' tables (migrations in {@code id/pilar/rosters/db}) and entities. */
@ServiceProvider(service = ModuleSchema.class, position = 400)
public final class RostersSchema implements ModuleSchema {

    public static final String MODULE_ID = "rosters";

    @Override
    public String moduleId() {
        return MODULE_ID;
    }

    @Override
    public String migrationLocation() {
        return "id/pilar/rosters/db";
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(OrganisationEntity.class, MemberEntity.class, MembershipEntity.class, CertificateEntity.class,
                DutyEntity.class, ShiftEntity.class, AssignmentEntity.class, AttendanceEntity.class,
                HoursCorrectionEntity.class);
    }

    @Override
    public String displayName() {
        return "Pilar sosial";
    }
}
