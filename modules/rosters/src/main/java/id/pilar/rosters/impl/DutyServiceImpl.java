package id.pilar.rosters.impl;

import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.Transactions;
import id.pilar.rosters.api.AssignmentResult;
import id.pilar.rosters.api.DutyDraft;
import id.pilar.rosters.api.DutyService;
import id.pilar.rosters.api.RosterIssue;
import id.pilar.rosters.api.RosterShift;
import id.pilar.rosters.api.RostersException;
import id.pilar.rosters.api.RostersPermissions;
import id.pilar.rosters.api.ShiftDraft;
import id.pilar.rosters.impl.model.RosterAssignmentEntity;
import id.pilar.rosters.impl.model.RosterAttendanceEntity;
import id.pilar.rosters.impl.model.RosterDutyEntity;
import id.pilar.rosters.impl.model.RosterMemberEntity;
import id.pilar.rosters.impl.model.RosterMembershipEntity;
import id.pilar.rosters.impl.model.RosterOrganisationEntity;
import id.pilar.rosters.impl.model.RosterShiftEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.openide.util.lookup.ServiceProvider;
import org.openide.util.NbBundle.Messages;

@ServiceProvider(service = DutyService.class)
@Messages({
    "ERR_DutyKindRequired=Jenis tugas wajib dipilih.",
    "ERR_DutyTitleRequired=Nama tugas wajib diisi.",
    "ERR_DutyDateRequired=Tanggal tugas wajib diisi.",
    "ERR_DutyPlaceRequired=Tempat tugas wajib diisi: kelurahan atau nama lokasi.",
    "ERR_DutyKelurahanUnknown=Kelurahan tugas tidak dikenal.",
    "ERR_DutyOrganiserNotFound=Organisasi penyelenggara tidak ditemukan.",
    "ERR_DutyNeedsShift=Tugas perlu sedikitnya satu shift.",
    "# {0} - shift number",
    "ERR_ShiftTimesRequired=Shift {0}: jam mulai dan jam selesai wajib diisi.",
    "# {0} - shift number",
    "ERR_ShiftStartIsEnd=Shift {0}: jam mulai sama dengan jam selesai.",
    "# {0} - shift number",
    "ERR_ShiftNeedsPeople=Shift {0}: jumlah petugas minimal 1.",
    "ERR_ShiftNotFound=Shift tidak ditemukan.",
    "# {0} - member",
    "ERR_AlreadyAssigned={0} sudah ditugaskan pada shift ini.",
    "# {0} - member, {1} - other duty",
    "ERR_DoubleBooked={0} sudah bertugas pada {1} di jam yang sama (jadwal ganda).",
    "ERR_AssignmentHasAttendance=Penugasan sudah punya catatan kehadiran dan tidak dapat dihapus.",
    "ERR_DutyPeriodReversed=Akhir periode sebelum awal periode."
})
public final class DutyServiceImpl implements DutyService {

    private final Transactions tx;

    public DutyServiceImpl() {
        this(null);
    }

    public DutyServiceImpl(Transactions tx) {
        this.tx = tx;
    }

    private Transactions tx() {
        return tx != null ? tx : Transactions.get();
    }

    @Override
    public List<RosterShift> plan(DutyDraft d) {
        AccessControl.get().require(RostersPermissions.DUTY_WRITE);
        List<String> ids = tx().inTransaction(s -> {
            validate(s, d);
            RosterDutyEntity duty = new RosterDutyEntity();
            duty.kind = d.kind().name();
            duty.title = d.title().trim();
            duty.dutyDate = d.date();
            duty.kelurahanKode = d.kelurahanKode();
            duty.placeName = Wilayah.trim(d.placeName());
            duty.organisationId = d.organisationId();
            duty.requiredSkills = d.requiredSkills().isEmpty() ? null
                    : d.requiredSkills().stream().map(x -> x.trim().toUpperCase(Locale.ROOT)).collect(Collectors.joining(","));
            duty.notes = Wilayah.trim(d.notes());
            s.persist(duty);
            List<String> shiftIds = new ArrayList<>();
            for (ShiftDraft sd : d.shifts()) {
                RosterShiftEntity sh = new RosterShiftEntity();
                Instant[] w = ShiftTimes.window(d.date(), sd.start(), sd.end());
                sh.dutyId = duty.getId();
                sh.shiftDate = d.date();
                sh.startsAt = w[0];
                sh.endsAt = w[1];
                sh.headcount = sd.headcount();
                s.persist(sh);
                shiftIds.add(sh.getId());
            }
            return shiftIds;
        });
        return tx().jdbc(c -> RosterLoader.load(c, d.date(), d.date())).stream().filter(r -> ids.contains(r.shiftId())).toList();
    }

    private static void validate(Session s, DutyDraft d) {
        List<String> p = new ArrayList<>();
        if (d.kind() == null) {
            p.add(Bundle.ERR_DutyKindRequired());
        }
        if (Wilayah.blank(d.title())) {
            p.add(Bundle.ERR_DutyTitleRequired());
        }
        if (d.date() == null) {
            p.add(Bundle.ERR_DutyDateRequired());
        }
        if (d.kelurahanKode() == null && Wilayah.blank(d.placeName())) {
            p.add(Bundle.ERR_DutyPlaceRequired());
        }
        if (d.kelurahanKode() != null && Wilayah.kelurahan(d.kelurahanKode()).isEmpty()) {
            p.add(Bundle.ERR_DutyKelurahanUnknown());
        }
        if (d.organisationId() != null && s.find(RosterOrganisationEntity.class, d.organisationId()) == null) {
            p.add(Bundle.ERR_DutyOrganiserNotFound());
        }
        if (d.shifts().isEmpty()) {
            p.add(Bundle.ERR_DutyNeedsShift());
        }
        for (int i = 0; i < d.shifts().size(); i++) {
            ShiftDraft sd = d.shifts().get(i);
            if (sd.start() == null || sd.end() == null) {
                p.add(Bundle.ERR_ShiftTimesRequired(i + 1));
            } else if (sd.start().equals(sd.end())) {
                p.add(Bundle.ERR_ShiftStartIsEnd(i + 1));
            }
            if (sd.headcount() < 1) {
                p.add(Bundle.ERR_ShiftNeedsPeople(i + 1));
            }
        }
        if (!p.isEmpty()) {
            throw new RostersException(p);
        }
    }

    @Override
    public AssignmentResult assign(String shiftId, String memberId, String organisationId) {
        AccessControl.get().require(RostersPermissions.DUTY_WRITE);
        String assignmentId = tx().inTransaction(s -> {
            RosterShiftEntity shift = s.find(RosterShiftEntity.class, shiftId);
            RosterMemberEntity member = memberId == null ? null : s.find(RosterMemberEntity.class, memberId);
            if (shift == null || member == null) {
                throw shift == null ? new RostersException("ERR_ShiftNotFound", Bundle.ERR_ShiftNotFound()) : new RostersException("ERR_MemberNotFound", Bundle.ERR_MemberNotFound());
            }
            boolean already = !s.createSelectionQuery("from RosterAssignmentEntity a where a.shiftId = :s and a.memberId = :m", RosterAssignmentEntity.class)
                    .setParameter("s", shiftId).setParameter("m", memberId).getResultList().isEmpty();
            if (already) {
                throw new RostersException("ERR_AlreadyAssigned", Bundle.ERR_AlreadyAssigned(member.fullName), member.fullName);
            }
            // A double booking is refused outright: one person cannot be at two places at once.
            List<Object[]> clash = s.createSelectionQuery("select d.title, sh.startsAt from RosterAssignmentEntity a, RosterShiftEntity sh, RosterDutyEntity d "
                    + "where sh.id = a.shiftId and d.id = sh.dutyId and a.memberId = :m and sh.startsAt < :end and sh.endsAt > :start",
                    Object[].class).setParameter("m", memberId).setParameter("end", shift.endsAt).setParameter("start", shift.startsAt)
                    .setMaxResults(1).getResultList();
            if (!clash.isEmpty()) {
                throw new RostersException("ERR_DoubleBooked", Bundle.ERR_DoubleBooked(member.fullName, clash.get(0)[0]), member.fullName, clash.get(0)[0]);
            }
            RosterAssignmentEntity a = new RosterAssignmentEntity();
            a.shiftId = shiftId;
            a.memberId = memberId;
            a.organisationId = organisationId != null ? organisationId : servingOrganisation(s, memberId, shift.shiftDate);
            s.persist(a);
            return a.getId();
        });
        LocalDate date = tx().read(s -> s.find(RosterShiftEntity.class, shiftId).shiftDate);
        List<RosterIssue> warnings = tx().jdbc(c -> RosterLoader.load(c, date, date)).stream()
                .filter(r -> r.shiftId().equals(shiftId)).flatMap(r -> r.issues().stream())
                .filter(i -> memberId.equals(i.memberId())).toList();
        return new AssignmentResult(assignmentId, warnings);
    }

    /** The organisation of a membership valid on the date (the oldest one), or null. */
    private static String servingOrganisation(Session s, String memberId, LocalDate date) {
        return s.createSelectionQuery("from RosterMembershipEntity ms where ms.memberId = :m and ms.startDate <= :d "
                + "and (ms.endDate is null or ms.endDate >= :d) order by ms.startDate", RosterMembershipEntity.class)
                .setParameter("m", memberId).setParameter("d", date).setMaxResults(1).getResultStream()
                .map(ms -> ms.organisationId).findFirst().orElse(null);
    }

    @Override
    public void unassign(String assignmentId) {
        AccessControl.get().require(RostersPermissions.DUTY_WRITE);
        tx().run(s -> {
            RosterAssignmentEntity a = s.find(RosterAssignmentEntity.class, assignmentId);
            if (a == null) {
                throw new RostersException("ERR_AssignmentNotFound", Bundle.ERR_AssignmentNotFound());
            }
            boolean attended = !s.createSelectionQuery("from RosterAttendanceEntity t where t.assignmentId = :a", RosterAttendanceEntity.class)
                    .setParameter("a", assignmentId).getResultList().isEmpty();
            if (attended) {
                throw new RostersException("ERR_AssignmentHasAttendance", Bundle.ERR_AssignmentHasAttendance());
            }
            s.remove(a);
        });
    }

    @Override
    public List<RosterShift> roster(LocalDate from, LocalDate to) {
        AccessControl.get().require(RostersPermissions.READ);
        if (to.isBefore(from)) {
            throw new RostersException("ERR_DutyPeriodReversed", Bundle.ERR_DutyPeriodReversed());
        }
        return tx().query(c -> RosterLoader.load(c, from, to)); // reads only; the start page asks it early
    }
}
