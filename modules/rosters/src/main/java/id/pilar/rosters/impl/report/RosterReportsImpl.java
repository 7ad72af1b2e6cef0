package id.pilar.rosters.impl.report;

import id.pilar.core.api.reference.Kelurahan;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.Transactions;
import id.pilar.rosters.api.DutyKind;
import id.pilar.rosters.api.ReportPeriod;
import id.pilar.rosters.api.ReportTable;
import id.pilar.rosters.api.ReportTable.Column;
import id.pilar.rosters.api.ReportTable.Hours;
import id.pilar.rosters.api.ReportTable.Type;
import id.pilar.rosters.api.RosterReports;
import id.pilar.rosters.api.RosterShift;
import id.pilar.rosters.api.RostersPermissions;
import id.pilar.rosters.api.ServicePeriod;
import id.pilar.rosters.impl.DutyServiceImpl;
import id.pilar.rosters.impl.ServiceContinuity;
import id.pilar.rosters.impl.export.PdfExport;
import id.pilar.rosters.impl.export.XlsxExport;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openide.util.lookup.ServiceProvider;
import org.openide.util.NbBundle.Messages;

/**
 * The reports, each one or two aggregate SQL queries over covering indexes: the hours report for
 * a year over a million attendance rows must finish within a second.
 */
@ServiceProvider(service = RosterReports.class)
@Messages({
    "# {0} - from, {1} - to",
    "LBL_Period=Periode {0} – {1}",
    "# {0} - date",
    "LBL_AsOf=Per {0}",
    "LBL_NoKelurahan=(kelurahan tidak diisi / di luar Jakarta Pusat)",
    "TITLE_HoursByMember=Jam layanan per anggota",
    "TITLE_HoursByOrganisation=Jam layanan per organisasi",
    "TITLE_HoursByKind=Jam layanan per jenis pilar",
    "TITLE_Deployments=Penugasan per anggota",
    "TITLE_PerWilayah=Anggota aktif per kecamatan dan kelurahan",
    "TITLE_Continuity=Masa pengabdian berturut-turut",
    "TITLE_Roster=Jadwal tugas pilar sosial",
    "COL_Name=Nama",
    "COL_Kelurahan=Kelurahan",
    "COL_Attendances=Kehadiran",
    "COL_Hours=Jam layanan",
    "COL_Organisation=Organisasi",
    "COL_PillarKind=Jenis pilar",
    "COL_Assignments=Jumlah penugasan",
    "COL_Present=Hadir",
    "COL_Kecamatan=Kecamatan",
    "COL_Code=Kode",
    "COL_ActiveMembers=Anggota aktif",
    "COL_ServingSince=Mengabdi sejak",
    "COL_Years=Tahun berturut-turut",
    "COL_Date=Tanggal",
    "COL_Time=Jam",
    "COL_Duty=Tugas",
    "COL_Kind=Jenis",
    "COL_Place=Tempat",
    "COL_Staff=Petugas",
    "COL_Filled=Terisi",
    "COL_Notes=Catatan"
})
public final class RosterReportsImpl implements RosterReports {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

    private final Transactions tx;

    public RosterReportsImpl() {
        this(null);
    }

    public RosterReportsImpl(Transactions tx) {
        this.tx = tx;
    }

    private Transactions tx() {
        return tx != null ? tx : Transactions.get();
    }

    private static String period(ReportPeriod p) {
        return Bundle.LBL_Period(DATE.format(p.from()), DATE.format(p.to()));
    }

    /** Attendance minutes and counts plus correction deltas per key ({@code member_id} or {@code organisation_id}). */
    private static Map<String, long[]> hoursBy(Connection c, String column, ReportPeriod p) throws SQLException {
        Map<String, long[]> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + column + ", SUM(minutes), COUNT(*) FROM ros_attendance "
                + "WHERE work_date BETWEEN ? AND ? GROUP BY " + column)) {
            ps.setString(1, p.from().toString());
            ps.setString(2, p.to().toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + column + ", SUM(delta_minutes) FROM ros_hours_correction "
                + "WHERE work_date BETWEEN ? AND ? GROUP BY " + column)) {
            ps.setString(1, p.from().toString());
            ps.setString(2, p.to().toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new long[2])[0] += rs.getLong(2);
                }
            }
        }
        return out;
    }

    private static Map<String, String[]> names(Connection c, String sql) throws SQLException {
        Map<String, String[]> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                String[] v = new String[n - 1];
                for (int i = 0; i < v.length; i++) {
                    v[i] = rs.getString(i + 2);
                }
                out.put(rs.getString(1), v);
            }
        }
        return out;
    }

    @Override
    public ReportTable hoursByMember(ReportPeriod p) {
        AccessControl.get().require(RostersPermissions.REPORT);
        return tx().jdbc(c -> {
            Map<String, long[]> h = hoursBy(c, "member_id", p);
            Map<String, String[]> m = names(c, "SELECT id, full_name, kelurahan_kode FROM ros_member");
            List<List<Object>> rows = new ArrayList<>();
            h.forEach((id, v) -> {
                String[] n = m.getOrDefault(id, new String[] {id, null});
                rows.add(List.of(n[0], kelurahan(n[1]), v[1], new Hours(v[0])));
            });
            rows.sort(byHoursThenName(3));
            return new ReportTable(Bundle.TITLE_HoursByMember(), period(p), List.of(new Column(Bundle.COL_Name(), Type.TEXT),
                    new Column(Bundle.COL_Kelurahan(), Type.TEXT), new Column(Bundle.COL_Attendances(), Type.NUMBER), new Column(Bundle.COL_Hours(), Type.HOURS)), rows);
        });
    }

    @Override
    public ReportTable hoursByOrganisation(ReportPeriod p) {
        AccessControl.get().require(RostersPermissions.REPORT);
        return tx().jdbc(c -> {
            Map<String, long[]> h = hoursBy(c, "organisation_id", p);
            Map<String, String[]> o = names(c, "SELECT id, name, psks_kode FROM ros_organisation");
            List<List<Object>> rows = new ArrayList<>();
            h.forEach((id, v) -> {
                String[] n = id == null ? new String[] {"(tanpa organisasi)", null} : o.getOrDefault(id, new String[] {id, null});
                rows.add(List.of(n[0], psks(n[1]), v[1], new Hours(v[0])));
            });
            rows.sort(byHoursThenName(3));
            return new ReportTable(Bundle.TITLE_HoursByOrganisation(), period(p), List.of(new Column(Bundle.COL_Organisation(), Type.TEXT),
                    new Column(Bundle.COL_PillarKind(), Type.TEXT), new Column(Bundle.COL_Attendances(), Type.NUMBER), new Column(Bundle.COL_Hours(), Type.HOURS)), rows);
        });
    }

    @Override
    public ReportTable hoursByPillarType(ReportPeriod p) {
        AccessControl.get().require(RostersPermissions.REPORT);
        return tx().jdbc(c -> {
            Map<String, long[]> h = hoursBy(c, "organisation_id", p);
            Map<String, String[]> o = names(c, "SELECT id, psks_kode FROM ros_organisation");
            Map<String, long[]> byType = new LinkedHashMap<>();
            h.forEach((id, v) -> {
                String type = id == null ? null : o.getOrDefault(id, new String[] {null})[0];
                long[] t = byType.computeIfAbsent(type, k -> new long[2]);
                t[0] += v[0];
                t[1] += v[1];
            });
            List<List<Object>> rows = new ArrayList<>();
            byType.forEach((type, v) -> rows.add(List.of(type == null ? "(tanpa organisasi)" : psks(type), v[1], new Hours(v[0]))));
            rows.sort(byHoursThenName(2));
            return new ReportTable(Bundle.TITLE_HoursByKind(), period(p), List.of(new Column(Bundle.COL_PillarKind(), Type.TEXT),
                    new Column(Bundle.COL_Attendances(), Type.NUMBER), new Column(Bundle.COL_Hours(), Type.HOURS)), rows);
        });
    }

    @Override
    public ReportTable deploymentsPerMember(ReportPeriod p) {
        AccessControl.get().require(RostersPermissions.REPORT);
        return tx().jdbc(c -> {
            Map<String, long[]> counts = new HashMap<>();
            DutyKind[] kinds = DutyKind.values();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.member_id, d.kind, COUNT(*), COUNT(t.id) FROM ros_shift s "
                    + "JOIN ros_assignment a ON a.shift_id = s.id JOIN ros_duty d ON d.id = s.duty_id "
                    + "LEFT JOIN ros_attendance t ON t.assignment_id = a.id WHERE s.shift_date BETWEEN ? AND ? GROUP BY a.member_id, d.kind")) {
                ps.setString(1, p.from().toString());
                ps.setString(2, p.to().toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long[] v = counts.computeIfAbsent(rs.getString(1), k -> new long[kinds.length + 2]);
                        v[DutyKind.valueOf(rs.getString(2)).ordinal()] += rs.getLong(3);
                        v[kinds.length] += rs.getLong(3);
                        v[kinds.length + 1] += rs.getLong(4);
                    }
                }
            }
            Map<String, String[]> m = names(c, "SELECT id, full_name FROM ros_member");
            List<Column> cols = new ArrayList<>();
            cols.add(new Column(Bundle.COL_Name(), Type.TEXT));
            for (DutyKind k : kinds) {
                cols.add(new Column(k.label(), Type.NUMBER));
            }
            cols.add(new Column(Bundle.COL_Assignments(), Type.NUMBER));
            cols.add(new Column(Bundle.COL_Present(), Type.NUMBER));
            List<List<Object>> rows = new ArrayList<>();
            counts.forEach((id, v) -> {
                List<Object> r = new ArrayList<>();
                r.add(m.getOrDefault(id, new String[] {id})[0]);
                for (long x : v) {
                    r.add(x);
                }
                rows.add(r);
            });
            rows.sort((a, b) -> Long.compare((Long) b.get(kinds.length + 1), (Long) a.get(kinds.length + 1)) != 0
                    ? Long.compare((Long) b.get(kinds.length + 1), (Long) a.get(kinds.length + 1))
                    : ((String) a.get(0)).compareTo((String) b.get(0)));
            return new ReportTable(Bundle.TITLE_Deployments(), period(p), cols, rows);
        });
    }

    @Override
    public id.pilar.rosters.api.RostersOverview overview(LocalDate today) {
        AccessControl.get().require(RostersPermissions.READ);
        // Plain JDBC on a read connection: the start page asks while Hibernate may still be starting.
        long[] counts = tx().query(c -> {
            long members;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(DISTINCT ms.member_id) FROM ros_membership ms"
                    + " JOIN ros_member m ON m.id = ms.member_id WHERE ms.start_date <= ? AND (ms.end_date IS NULL OR ms.end_date >= ?)")) {
                ps.setString(1, today.toString());
                ps.setString(2, today.toString());
                members = single(ps);
            }
            long organisations;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM ros_organisation")) {
                organisations = single(ps);
            }
            long expiring;
            long expired;
            try (PreparedStatement ps = c.prepareStatement("SELECT sum(CASE WHEN c.expires_on >= ? THEN 1 ELSE 0 END),"
                    + " sum(CASE WHEN c.expires_on < ? AND c.expires_on > ? THEN 1 ELSE 0 END) FROM ros_certificate c"
                    + " JOIN ros_member m ON m.id = c.member_id WHERE c.expires_on <= ?")) {
                ps.setString(1, today.toString());
                ps.setString(2, today.toString());
                ps.setString(3, today.minusYears(1).toString());
                ps.setString(4, today.plusDays(30).toString());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    expiring = rs.getLong(1);
                    expired = rs.getLong(2);
                }
            }
            return new long[] {members, organisations, expiring, expired};
        });
        LocalDate monday = today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        long under = new DutyServiceImpl(tx()).roster(monday, monday.plusDays(6)).stream()
                .filter(id.pilar.rosters.api.RosterShift::underStaffed).count();
        return new id.pilar.rosters.api.RostersOverview(counts[0], counts[1], counts[2], counts[3], under);
    }

    private static long single(PreparedStatement ps) throws java.sql.SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public ReportTable membersPerWilayah(LocalDate date) {
        AccessControl.get().require(RostersPermissions.REPORT);
        return tx().jdbc(c -> {
            Map<String, Long> byKelurahan = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT m.kelurahan_kode, COUNT(DISTINCT m.id) FROM ros_member m "
                    + "JOIN ros_membership ms ON ms.member_id = m.id WHERE ms.start_date <= ? AND (ms.end_date IS NULL OR ms.end_date >= ?) "
                    + "GROUP BY m.kelurahan_kode")) {
                ps.setString(1, date.toString());
                ps.setString(2, date.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        byKelurahan.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            List<List<Object>> rows = new ArrayList<>();
            for (Kelurahan k : ReferenceData.get().kelurahan()) {
                rows.add(List.of(k.namaKecamatan(), k.nama(), k.kode(), byKelurahan.getOrDefault(k.kode(), 0L)));
            }
            Long unknown = byKelurahan.get(null);
            if (unknown != null) {
                rows.add(List.of("-", Bundle.LBL_NoKelurahan(), "", unknown));
            }
            return new ReportTable(Bundle.TITLE_PerWilayah(), Bundle.LBL_AsOf(DATE.format(date)),
                    List.of(new Column(Bundle.COL_Kecamatan(), Type.TEXT), new Column(Bundle.COL_Kelurahan(), Type.TEXT), new Column(Bundle.COL_Code(), Type.TEXT),
                            new Column(Bundle.COL_ActiveMembers(), Type.NUMBER)), rows);
        });
    }

    @Override
    public ReportTable continuousService(LocalDate date) {
        AccessControl.get().require(RostersPermissions.REPORT);
        return tx().jdbc(c -> {
            Map<String, List<ServiceContinuity.Span>> spans = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT member_id, start_date, end_date FROM ros_membership");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    spans.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new ServiceContinuity.Span(
                            LocalDate.parse(rs.getString(2)), rs.getString(3) == null ? null : LocalDate.parse(rs.getString(3))));
                }
            }
            Map<String, String[]> m = names(c, "SELECT id, full_name FROM ros_member");
            List<List<Object>> rows = new ArrayList<>();
            spans.forEach((id, list) -> ServiceContinuity.periods(list, date, 0).stream().filter(ServicePeriod::running)
                    .findFirst().ifPresent(sp -> rows.add(List.of(m.getOrDefault(id, new String[] {id})[0], DATE.format(sp.from()),
                            (long) sp.years()))));
            rows.sort((a, b) -> Long.compare((Long) b.get(2), (Long) a.get(2)) != 0 ? Long.compare((Long) b.get(2), (Long) a.get(2))
                    : ((String) a.get(0)).compareTo((String) b.get(0)));
            return new ReportTable(Bundle.TITLE_Continuity(), Bundle.LBL_AsOf(DATE.format(date)), List.of(new Column(Bundle.COL_Name(), Type.TEXT),
                    new Column(Bundle.COL_ServingSince(), Type.TEXT), new Column(Bundle.COL_Years(), Type.NUMBER)), rows);
        });
    }

    @Override
    public ReportTable roster(LocalDate from, LocalDate to) {
        AccessControl.get().require(RostersPermissions.REPORT);
        List<RosterShift> shifts = new DutyServiceImpl(tx()).roster(from, to);
        List<List<Object>> rows = new ArrayList<>();
        for (RosterShift s : shifts) {
            LocalTime st = LocalTime.ofInstant(s.startsAt(), id.pilar.rosters.impl.ShiftTimes.JAKARTA);
            LocalTime en = LocalTime.ofInstant(s.endsAt(), id.pilar.rosters.impl.ShiftTimes.JAKARTA);
            rows.add(List.of(DATE.format(s.date()), TIME.format(st) + "–" + TIME.format(en), s.title(), s.kind().label(),
                    s.place() == null ? "" : s.place(),
                    s.members().stream().map(mm -> mm.memberName()).collect(Collectors.joining(", ")),
                    s.members().size() + "/" + s.headcount(),
                    s.issues().stream().map(i -> i.message()).collect(Collectors.joining(" "))));
        }
        return new ReportTable(Bundle.TITLE_Roster(), Bundle.LBL_Period(DATE.format(from), DATE.format(to)),
                List.of(new Column(Bundle.COL_Date(), Type.TEXT), new Column(Bundle.COL_Time(), Type.TEXT), new Column(Bundle.COL_Duty(), Type.TEXT),
                        new Column(Bundle.COL_Kind(), Type.TEXT), new Column(Bundle.COL_Place(), Type.TEXT), new Column(Bundle.COL_Staff(), Type.TEXT),
                        new Column(Bundle.COL_Filled(), Type.TEXT), new Column(Bundle.COL_Notes(), Type.TEXT)), rows);
    }

    @Override
    public void exportPdf(ReportTable table, Path file) throws IOException {
        AccessControl.get().require(RostersPermissions.REPORT);
        PdfExport.write(table, file);
    }

    @Override
    public void exportXlsx(ReportTable table, Path file) throws IOException {
        AccessControl.get().require(RostersPermissions.REPORT_EXPORT);
        XlsxExport.write(table, file);
    }

    private static String kelurahan(String kode) {
        return kode == null ? "" : ReferenceData.get().kelurahan(kode).map(Kelurahan::nama).orElse(kode);
    }

    private static String psks(String kode) {
        return kode == null ? "" : ReferenceData.get().kategori(kode).map(k -> k.singkatan() == null ? k.nama() : k.singkatan()).orElse(kode);
    }

    private static java.util.Comparator<List<Object>> byHoursThenName(int hoursColumn) {
        return (a, b) -> {
            int h = Long.compare(((Hours) b.get(hoursColumn)).minutes(), ((Hours) a.get(hoursColumn)).minutes());
            return h != 0 ? h : String.valueOf(a.get(0)).compareTo(String.valueOf(b.get(0)));
        };
    }
}
