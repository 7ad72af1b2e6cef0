package id.pilar.rosters.impl;

import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.Transactions;
import id.pilar.rosters.api.Certificate;
import id.pilar.rosters.api.Deployment;
import id.pilar.rosters.api.DutyKind;
import id.pilar.rosters.api.MemberFacts;
import id.pilar.rosters.api.MemberRef;
import id.pilar.rosters.api.OrganisationFacts;
import id.pilar.rosters.api.PillarRecords;
import id.pilar.rosters.api.ReportPeriod;
import id.pilar.rosters.api.RostersPermissions;
import id.pilar.rosters.api.ServicePeriod;
import id.pilar.rosters.api.TaganaRank;
import id.pilar.rosters.impl.model.RosterMemberEntity;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openide.util.lookup.ServiceProvider;

@ServiceProvider(service = PillarRecords.class)
public final class PillarRecordsImpl implements PillarRecords {

    private final Transactions tx;

    public PillarRecordsImpl() {
        this(null);
    }

    public PillarRecordsImpl(Transactions tx) {
        this.tx = tx;
    }

    private Transactions tx() {
        return tx != null ? tx : Transactions.get();
    }

    @Override
    public Optional<MemberRef> member(String memberId) {
        AccessControl.get().require(RostersPermissions.READ);
        return tx().read(s -> Optional.ofNullable(s.find(RosterMemberEntity.class, memberId)).map(m -> MemberServiceImpl.toRecord(m).ref()));
    }

    @Override
    public List<ServicePeriod> continuousService(String memberId, LocalDate asOf, int maxGapDays) {
        AccessControl.get().require(RostersPermissions.READ);
        List<ServiceContinuity.Span> spans = tx().read(s -> s.createSelectionQuery(
                "select ms.startDate, ms.endDate from RosterMembershipEntity ms where ms.memberId = :m", Object[].class)
                .setParameter("m", memberId).getResultList().stream()
                .map(r -> new ServiceContinuity.Span((LocalDate) r[0], (LocalDate) r[1])).toList());
        return ServiceContinuity.periods(spans, asOf, maxGapDays);
    }

    @Override
    public long memberMinutes(String memberId, ReportPeriod period) {
        AccessControl.get().require(RostersPermissions.READ);
        return minutes("member_id", memberId, period);
    }

    @Override
    public long organisationMinutes(String organisationId, ReportPeriod period) {
        AccessControl.get().require(RostersPermissions.READ);
        return minutes("organisation_id", organisationId, period);
    }

    /** Attendance minutes plus correction deltas; {@code column} is a fixed name, never user input. */
    private long minutes(String column, String id, ReportPeriod p) {
        return tx().jdbc(c -> {
            long total = 0;
            for (String table : List.of("SELECT COALESCE(SUM(minutes), 0) FROM ros_attendance",
                    "SELECT COALESCE(SUM(delta_minutes), 0) FROM ros_hours_correction")) {
                try (PreparedStatement ps = c.prepareStatement(table + " WHERE " + column + " = ? AND work_date BETWEEN ? AND ?")) {
                    ps.setString(1, id);
                    ps.setString(2, p.from().toString());
                    ps.setString(3, p.to().toString());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        total += rs.getLong(1);
                    }
                }
            }
            return total;
        });
    }

    @Override
    public List<Deployment> deployments(String memberId, ReportPeriod period) {
        AccessControl.get().require(RostersPermissions.READ);
        return tx().jdbc(c -> {
            List<Deployment> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id, s.shift_date, d.kind, d.title, d.place_name, d.kelurahan_kode, "
                    + "a.organisation_id, COALESCE(t.minutes, 0) + COALESCE((SELECT SUM(k.delta_minutes) FROM ros_hours_correction k "
                    + "WHERE k.attendance_id = t.id), 0) FROM ros_assignment a JOIN ros_shift s ON s.id = a.shift_id "
                    + "JOIN ros_duty d ON d.id = s.duty_id LEFT JOIN ros_attendance t ON t.assignment_id = a.id "
                    + "WHERE a.member_id = ? AND s.shift_date BETWEEN ? AND ? ORDER BY s.starts_at")) {
                ps.setString(1, memberId);
                ps.setString(2, period.from().toString());
                ps.setString(3, period.to().toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String place = rs.getString(5) != null ? rs.getString(5) : Wilayah.kelurahanName(rs.getString(6));
                        out.add(new Deployment(rs.getString(1), LocalDate.parse(rs.getString(2)), DutyKind.valueOf(rs.getString(3)),
                                rs.getString(4), place, rs.getString(7), rs.getLong(8)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Optional<TaganaRank> rank(String memberId) {
        AccessControl.get().require(RostersPermissions.READ);
        return tx().read(s -> Optional.ofNullable(s.find(RosterMemberEntity.class, memberId))
                .map(m -> m.taganaRank).map(TaganaRank::valueOf));
    }

    @Override
    public List<Certificate> certificates(String memberId) {
        AccessControl.get().require(RostersPermissions.READ);
        return tx().read(s -> TrainingServiceImpl.query(s, "c.memberId = :v", memberId));
    }

    @Override
    public List<Certificate> organisationCertificates(String organisationId, LocalDate date) {
        AccessControl.get().require(RostersPermissions.READ);
        List<String> ids = membersOf(organisationId, date).stream().map(MemberRef::id).toList();
        return ids.isEmpty() ? List.of() : tx().read(s -> TrainingServiceImpl.query(s, "c.memberId in (:v)", ids));
    }

    @Override
    public List<MemberRef> membersOf(String organisationId, LocalDate date) {
        AccessControl.get().require(RostersPermissions.READ);
        return tx().read(s -> s.createSelectionQuery("select distinct m from RosterMemberEntity m, RosterMembershipEntity ms where ms.memberId = m.id "
                + "and ms.organisationId = :o and ms.startDate <= :d and (ms.endDate is null or ms.endDate >= :d) order by m.fullName",
                RosterMemberEntity.class).setParameter("o", organisationId).setParameter("d", date).getResultList().stream()
                .map(m -> MemberServiceImpl.toRecord(m).ref()).toList());
    }

    @Override
    public List<MemberFacts> memberFacts(LocalDate asOf, ReportPeriod period, int maxGapDays) {
        AccessControl.get().require(RostersPermissions.READ);
        return tx().query(c -> BulkFacts.members(c, asOf, period, maxGapDays));
    }

    @Override
    public List<OrganisationFacts> organisationFacts(LocalDate asOf, ReportPeriod period) {
        AccessControl.get().require(RostersPermissions.READ);
        return tx().query(c -> BulkFacts.organisations(c, asOf, period));
    }
}
