package id.pilar.rosters.impl;

import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.Transactions;
import id.pilar.rosters.api.AttendanceRecord;
import id.pilar.rosters.api.AttendanceRow;
import id.pilar.rosters.api.AttendanceService;
import id.pilar.rosters.api.Correction;
import id.pilar.rosters.api.RostersException;
import id.pilar.rosters.api.RostersPermissions;
import id.pilar.rosters.impl.model.RosterAssignmentEntity;
import id.pilar.rosters.impl.model.RosterAttendanceEntity;
import id.pilar.rosters.impl.model.RosterHoursCorrectionEntity;
import id.pilar.rosters.impl.model.RosterShiftEntity;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.openide.util.lookup.ServiceProvider;
import org.openide.util.NbBundle.Messages;

/**
 * Attendance and hours. Hours are derived (check-out minus check-in, in whole minutes) and
 * corrections are separate rows whose {@code delta_minutes} sum onto the original: the original
 * attendance is never overwritten by a correction.
 */
@ServiceProvider(service = AttendanceService.class)
@Messages({
    "ERR_ArrivalRecorded=Kedatangan untuk penugasan ini sudah tercatat.",
    "ERR_NoArrival=Belum ada catatan kedatangan; catat jam datang lebih dulu.",
    "ERR_DepartureRecorded=Kepulangan sudah tercatat; ubah jam dengan koreksi beserta alasannya.",
    "ERR_AttendanceComplete=Kehadiran sudah lengkap; ubah jam dengan koreksi beserta alasannya.",
    "ERR_TimesRequired=Jam datang dan jam pulang wajib diisi.",
    "ERR_DepartureBeforeArrival=Jam pulang tidak boleh sebelum atau sama dengan jam datang.",
    "ERR_Over24Hours=Lama bertugas lebih dari 24 jam; periksa tanggal jam datang dan jam pulang.",
    "ERR_CorrectionKindRequired=Jenis koreksi wajib dipilih.",
    "ERR_CorrectionReasonRequired=Alasan koreksi wajib diisi (minimal 5 huruf).",
    "ERR_AttendanceNotFound=Catatan kehadiran tidak ditemukan.",
    "ERR_ZeroCorrection=Koreksi 0 menit tidak mengubah apa pun.",
    "# {0} - minutes",
    "ERR_CorrectionOutOfRange=Setelah koreksi jam layanan menjadi {0} menit; harus antara 0 dan 1440 menit.",
    "ERR_AssignmentNotFound=Penugasan tidak ditemukan.",
    "ERR_ArrivalRequired=Jam datang wajib diisi."
})
public final class AttendanceServiceImpl implements AttendanceService {

    /** Longer than any real shift: a longer attendance is a typing error (a wrong date). */
    static final int MAX_MINUTES = 24 * 60;
    static final String LANGSUNG = "LANGSUNG";
    static final String SUSULAN = "SUSULAN";

    private final Transactions tx;

    public AttendanceServiceImpl() {
        this(null);
    }

    public AttendanceServiceImpl(Transactions tx) {
        this.tx = tx;
    }

    private Transactions tx() {
        return tx != null ? tx : Transactions.get();
    }

    @Override
    public AttendanceRecord checkIn(String assignmentId, Instant at) {
        AccessControl.get().require(RostersPermissions.ATTENDANCE_WRITE);
        return tx().inTransaction(s -> {
            RosterAssignmentEntity a = assignment(s, assignmentId);
            if (find(s, assignmentId) != null) {
                throw new RostersException("ERR_ArrivalRecorded", Bundle.ERR_ArrivalRecorded());
            }
            RosterAttendanceEntity t = newAttendance(s, a, at, LANGSUNG);
            s.persist(t);
            s.flush();
            return toRecord(s, t);
        });
    }

    @Override
    public AttendanceRecord checkOut(String assignmentId, Instant at) {
        AccessControl.get().require(RostersPermissions.ATTENDANCE_WRITE);
        return tx().inTransaction(s -> {
            RosterAttendanceEntity t = find(s, assignmentId);
            if (t == null) {
                throw new RostersException("ERR_NoArrival", Bundle.ERR_NoArrival());
            }
            if (t.checkOut != null) {
                throw new RostersException("ERR_DepartureRecorded", Bundle.ERR_DepartureRecorded());
            }
            t.minutes = minutes(t.checkIn, at);
            t.checkOut = at;
            s.flush();
            return toRecord(s, t);
        });
    }

    @Override
    public AttendanceRecord record(String assignmentId, Instant checkIn, Instant checkOut) {
        AccessControl.get().require(RostersPermissions.ATTENDANCE_WRITE);
        return tx().inTransaction(s -> {
            RosterAssignmentEntity a = assignment(s, assignmentId);
            int mins = minutes(checkIn, checkOut);
            RosterAttendanceEntity t = find(s, assignmentId);
            if (t != null && t.checkOut != null) {
                throw new RostersException("ERR_AttendanceComplete", Bundle.ERR_AttendanceComplete());
            }
            if (t == null) {
                t = newAttendance(s, a, checkIn, SUSULAN);
                s.persist(t);
            }
            t.checkIn = checkIn;
            t.checkOut = checkOut;
            t.minutes = mins;
            t.source = SUSULAN;
            s.flush();
            return toRecord(s, t);
        });
    }

    @Override
    public AttendanceRecord recordClock(String assignmentId, LocalTime checkIn, LocalTime checkOut) {
        AccessControl.get().require(RostersPermissions.ATTENDANCE_WRITE);
        if (checkIn == null || checkOut == null) {
            throw new RostersException("ERR_TimesRequired", Bundle.ERR_TimesRequired());
        }
        RosterShiftEntity shift = tx().read(s -> s.find(RosterShiftEntity.class, assignment(s, assignmentId).shiftId));
        Instant[] times = ShiftTimes.attendance(shift.startsAt, shift.endsAt, checkIn, checkOut);
        return record(assignmentId, times[0], times[1]);
    }

    /** Whole minutes between check-in and check-out; refuses a check-out before the check-in. */
    static int minutes(Instant in, Instant out) {
        if (in == null || out == null) {
            throw new RostersException("ERR_TimesRequired", Bundle.ERR_TimesRequired());
        }
        if (!out.isAfter(in)) {
            throw new RostersException("ERR_DepartureBeforeArrival", Bundle.ERR_DepartureBeforeArrival());
        }
        long m = Duration.between(in, out).toMinutes();
        if (m > MAX_MINUTES) {
            throw new RostersException("ERR_Over24Hours", Bundle.ERR_Over24Hours());
        }
        return (int) m;
    }

    @Override
    public Correction correct(String attendanceId, Correction.Kind kind, int minutes, String reason) {
        AccessControl.get().require(RostersPermissions.HOURS_CORRECT);
        if (kind == null) {
            throw new RostersException("ERR_CorrectionKindRequired", Bundle.ERR_CorrectionKindRequired());
        }
        if (reason == null || reason.trim().length() < 5) {
            throw new RostersException("ERR_CorrectionReasonRequired", Bundle.ERR_CorrectionReasonRequired());
        }
        return tx().inTransaction(s -> {
            RosterAttendanceEntity t = s.find(RosterAttendanceEntity.class, attendanceId);
            if (t == null) {
                throw new RostersException("ERR_AttendanceNotFound", Bundle.ERR_AttendanceNotFound());
            }
            int current = t.minutes + deltaSum(s, attendanceId);
            int delta = kind == Correction.Kind.REPLACE ? minutes - current : minutes;
            int result = current + delta;
            if (kind == Correction.Kind.DELTA && minutes == 0) {
                throw new RostersException("ERR_ZeroCorrection", Bundle.ERR_ZeroCorrection());
            }
            if (result < 0 || result > MAX_MINUTES) {
                throw new RostersException("ERR_CorrectionOutOfRange", Bundle.ERR_CorrectionOutOfRange(result), result);
            }
            RosterHoursCorrectionEntity c = new RosterHoursCorrectionEntity();
            c.attendanceId = attendanceId;
            c.memberId = t.memberId;
            c.organisationId = t.organisationId;
            c.workDate = t.workDate;
            c.kind = kind.name();
            c.replacementMinutes = kind == Correction.Kind.REPLACE ? minutes : null;
            c.deltaMinutes = delta;
            c.reason = reason.trim();
            s.persist(c);
            s.flush();
            return toCorrection(c);
        });
    }

    @Override
    public List<Correction> corrections(String attendanceId) {
        AccessControl.get().require(RostersPermissions.READ);
        return tx().read(s -> s.createSelectionQuery("from RosterHoursCorrectionEntity c where c.attendanceId = :a order by c.createdAt",
                RosterHoursCorrectionEntity.class).setParameter("a", attendanceId).getResultList().stream()
                .map(AttendanceServiceImpl::toCorrection).toList());
    }

    @Override
    public List<AttendanceRow> sheet(LocalDate day) {
        AccessControl.get().require(RostersPermissions.READ);
        return tx().read(s -> {
            List<Object[]> rows = s.createSelectionQuery("select a.id, a.memberId, m.fullName, d.title, sh.startsAt, sh.endsAt "
                    + "from RosterAssignmentEntity a, RosterShiftEntity sh, RosterDutyEntity d, RosterMemberEntity m where sh.id = a.shiftId and d.id = sh.dutyId "
                    + "and m.id = a.memberId and sh.shiftDate = :d order by sh.startsAt, d.title, m.fullName", Object[].class)
                    .setParameter("d", day).getResultList();
            Map<String, RosterAttendanceEntity> byAssignment = new HashMap<>();
            s.createSelectionQuery("select t from RosterAttendanceEntity t, RosterAssignmentEntity a, RosterShiftEntity sh where a.id = t.assignmentId "
                    + "and sh.id = a.shiftId and sh.shiftDate = :d", RosterAttendanceEntity.class).setParameter("d", day).getResultList()
                    .forEach(t -> byAssignment.put(t.assignmentId, t));
            return rows.stream().map(r -> {
                RosterAttendanceEntity t = byAssignment.get((String) r[0]);
                return new AttendanceRow((String) r[0], (String) r[1], (String) r[2], (String) r[3], (Instant) r[4], (Instant) r[5],
                        t == null ? null : toRecord(s, t));
            }).toList();
        });
    }

    private static RosterAssignmentEntity assignment(Session s, String id) {
        RosterAssignmentEntity a = id == null ? null : s.find(RosterAssignmentEntity.class, id);
        if (a == null) {
            throw new RostersException("ERR_AssignmentNotFound", Bundle.ERR_AssignmentNotFound());
        }
        return a;
    }

    private static RosterAttendanceEntity find(Session s, String assignmentId) {
        return s.createSelectionQuery("from RosterAttendanceEntity t where t.assignmentId = :a", RosterAttendanceEntity.class)
                .setParameter("a", assignmentId).getResultStream().findFirst().orElse(null);
    }

    private static RosterAttendanceEntity newAttendance(Session s, RosterAssignmentEntity a, Instant checkIn, String source) {
        if (checkIn == null) {
            throw new RostersException("ERR_ArrivalRequired", Bundle.ERR_ArrivalRequired());
        }
        RosterShiftEntity shift = s.find(RosterShiftEntity.class, a.shiftId);
        RosterAttendanceEntity t = new RosterAttendanceEntity();
        t.assignmentId = a.getId();
        t.memberId = a.memberId;
        t.organisationId = a.organisationId;
        t.workDate = shift.shiftDate;
        t.checkIn = checkIn;
        t.minutes = 0;
        t.source = source;
        return t;
    }

    private static int deltaSum(Session s, String attendanceId) {
        Long sum = s.createSelectionQuery("select coalesce(sum(c.deltaMinutes), 0) from RosterHoursCorrectionEntity c where c.attendanceId = :a",
                Long.class).setParameter("a", attendanceId).getSingleResult();
        return sum.intValue();
    }

    private static AttendanceRecord toRecord(Session s, RosterAttendanceEntity t) {
        Long n = s.createSelectionQuery("select count(c) from RosterHoursCorrectionEntity c where c.attendanceId = :a", Long.class)
                .setParameter("a", t.getId()).getSingleResult();
        String name = s.createSelectionQuery("select m.fullName from RosterMemberEntity m where m.id = :m", String.class)
                .setParameter("m", t.memberId).getSingleResult();
        return new AttendanceRecord(t.getId(), t.assignmentId, t.memberId, name, t.workDate, t.checkIn, t.checkOut, t.minutes,
                t.minutes + deltaSum(s, t.getId()), SUSULAN.equals(t.source), n.intValue());
    }

    private static Correction toCorrection(RosterHoursCorrectionEntity c) {
        return new Correction(c.getId(), c.attendanceId, Correction.Kind.valueOf(c.kind), c.replacementMinutes, c.deltaMinutes,
                c.reason, c.getCreatedBy(), c.getCreatedAt());
    }
}
