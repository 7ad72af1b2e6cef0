package id.pilar.rosters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.core.api.identity.Sex;
import id.pilar.rosters.api.AssignmentResult;
import id.pilar.rosters.api.AttendanceRecord;
import id.pilar.rosters.api.Correction;
import id.pilar.rosters.api.DuplicateNikException;
import id.pilar.rosters.api.DutyDraft;
import id.pilar.rosters.api.DutyKind;
import id.pilar.rosters.api.Member;
import id.pilar.rosters.api.MemberDraft;
import id.pilar.rosters.api.MembershipDraft;
import id.pilar.rosters.api.Organisation;
import id.pilar.rosters.api.OrganisationDraft;
import id.pilar.rosters.api.OrganisationStatus;
import id.pilar.rosters.api.ReportPeriod;
import id.pilar.rosters.api.ReportTable;
import id.pilar.rosters.api.RosterIssue;
import id.pilar.rosters.api.RosterShift;
import id.pilar.rosters.api.RostersException;
import id.pilar.rosters.api.ShiftDraft;
import id.pilar.rosters.api.CertificateDraft;
import id.pilar.rosters.api.TaganaRank;
import id.pilar.rosters.impl.AttendanceServiceImpl;
import id.pilar.rosters.impl.DutyServiceImpl;
import id.pilar.rosters.impl.MemberServiceImpl;
import id.pilar.rosters.impl.OrganisationServiceImpl;
import id.pilar.rosters.impl.PillarRecordsImpl;
import id.pilar.rosters.impl.TrainingServiceImpl;
import id.pilar.rosters.impl.report.RosterReportsImpl;
import id.pilar.testkit.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The services on a real migrated database (so Hibernate validates every mapping). */
class RostersServicesTest {

    static TestDatabase db;
    static OrganisationServiceImpl orgs;
    static MemberServiceImpl members;
    static TrainingServiceImpl trainings;
    static DutyServiceImpl duties;
    static AttendanceServiceImpl attendance;
    static PillarRecordsImpl records;
    static RosterReportsImpl reports;
    static Organisation tagana;
    static Organisation karangTaruna;

    static final LocalDate DAY = LocalDate.of(2026, 6, 20);

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        orgs = new OrganisationServiceImpl(db.transactions());
        members = new MemberServiceImpl(db.transactions());
        trainings = new TrainingServiceImpl(db.transactions());
        duties = new DutyServiceImpl(db.transactions());
        attendance = new AttendanceServiceImpl(db.transactions());
        records = new PillarRecordsImpl(db.transactions());
        reports = new RosterReportsImpl(db.transactions());
        tagana = orgs.create(new OrganisationDraft("Tagana Jakarta Pusat", "PSKS-03", "TGN-JP-001", "SK 12/2024",
                LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31), "Jl. Kramat Raya 1", "31.71.04.1001", "H. Ahmad",
                OrganisationStatus.AKTIF));
        karangTaruna = orgs.create(new OrganisationDraft("Karang Taruna Senen", "PSKS-05", "KT-SNN-01", null, null, null, null,
                "31.71.04.1001", null, OrganisationStatus.AKTIF));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static int serial = 100;

    /** A member with a valid NIK born 15/05/1990, in Tagana since 2015. */
    static Member member(String name, Sex sex) {
        String day = sex == Sex.PEREMPUAN ? "55" : "15";
        String nik = "317105" + day + "0590" + String.format("%04d", serial++);
        Member m = members.create(MemberDraft.basic(nik, name, sex, LocalDate.of(1990, 5, 15), "0812-3456-7890", "31.71.04.1001"));
        members.addMembership(new MembershipDraft(m.id(), tagana.id(), "Anggota", LocalDate.of(2015, 1, 1), null));
        return m;
    }

    static RosterShift shift(String title, LocalDate date, LocalTime start, LocalTime end, int headcount, List<String> skills) {
        return duties.plan(new DutyDraft(DutyKind.SIAGA_BENCANA, title, date, null, "Posko Kali Ciliwung", tagana.id(), skills, null,
                List.of(new ShiftDraft(start, end, headcount)))).get(0);
    }

    @Test
    void organisationsValidateAndCountActiveMembers() {
        assertThatThrownBy(() -> orgs.create(new OrganisationDraft("", "PPKS-11", "TGN-JP-001", null, LocalDate.of(2025, 1, 1),
                LocalDate.of(2024, 1, 1), null, "nowhere", null, null)))
                .isInstanceOf(RostersException.class)
                .satisfies(e -> assertThat(((RostersException) e).problems()).contains("Nama organisasi wajib diisi.",
                        "Jenis pilar (kategori PSKS) wajib dipilih.", "Nomor registrasi TGN-JP-001 sudah dipakai organisasi lain.",
                        "Masa berlaku SK berakhir sebelum mulai berlaku."));
        member("Rina Wulandari", Sex.PEREMPUAN);
        Organisation o = orgs.get(tagana.id()).orElseThrow();
        assertThat(o.activeMembers()).isPositive();
        assertThat(o.psksLabel()).isEqualTo("Tagana");
        assertThat(orgs.list("senen", null)).extracting(Organisation::name).containsExactly("Karang Taruna Senen");
    }

    @Test
    void duplicateNikIsRefusedWithTheExistingMemberOffered() {
        Member first = member("Budi Santoso", Sex.LAKI_LAKI);
        MemberDraft again = MemberDraft.basic(first.nik(), "Budi S.", Sex.LAKI_LAKI, null, null, null);
        assertThat(members.check(again, null).sameNik()).isEqualTo(first.ref());
        assertThatThrownBy(() -> members.create(again)).isInstanceOfSatisfying(DuplicateNikException.class,
                e -> assertThat(e.existing().id()).isEqualTo(first.id()));
    }

    @Test
    void nikErrorsBlockAndMismatchesWarn() {
        assertThatThrownBy(() -> members.create(MemberDraft.basic("12345", "Ani", Sex.PEREMPUAN, null, "abc", null)))
                .isInstanceOf(RostersException.class).hasMessageContaining("NIK harus 16 angka").hasMessageContaining("telepon");
        var check = members.check(MemberDraft.basic("3171051505900999", "Ani", Sex.PEREMPUAN, LocalDate.of(1991, 5, 15), null, null), null);
        assertThat(check.errors()).isEmpty();
        assertThat(check.warnings()).hasSize(2);
    }

    @Test
    void secondActiveTkskInAKecamatanIsAWarning() {
        MemberDraft tksk1 = new MemberDraft("3171051505800001", "Darto", Sex.LAKI_LAKI, null, null, null, null, null,
                "31.71.05", "SK TKSK 1", LocalDate.of(2024, 1, 1), LocalDate.of(2099, 12, 31), null);
        members.create(tksk1);
        MemberDraft tksk2 = new MemberDraft("3171051505800002", "Yanto", Sex.LAKI_LAKI, null, null, null, "TGN-9", TaganaRank.MADYA,
                "31.71.05", "SK TKSK 2", LocalDate.of(2024, 1, 1), LocalDate.of(2099, 12, 31), null);
        assertThat(members.check(tksk2, null).warnings()).anyMatch(w -> w.contains("sudah punya TKSK aktif: Darto"));
        Member saved = members.create(tksk2);
        assertThat(records.rank(saved.id())).contains(TaganaRank.MADYA);
    }

    @Test
    void overlappingMembershipsInOneOrganisationContradictEachOther() {
        Member m = member("Sri Mulyani", Sex.PEREMPUAN);
        assertThatThrownBy(() -> members.addMembership(new MembershipDraft(m.id(), tagana.id(), "Koordinator",
                LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1)))).isInstanceOf(RostersException.class)
                .hasMessageContaining("tumpang tindih");
        assertThatThrownBy(() -> members.addMembership(new MembershipDraft(m.id(), karangTaruna.id(), "Anggota",
                LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1)))).hasMessageContaining("sebelum tanggal mulai");
        members.addMembership(new MembershipDraft(m.id(), karangTaruna.id(), "Bendahara", LocalDate.of(2018, 1, 1), null));
        assertThat(members.memberships(m.id())).hasSize(2);
    }

    @Test
    void doubleBookingIsRefusedAndInvalidPapersAreWarnings() {
        Member a = member("Agus Salim", Sex.LAKI_LAKI);
        Member noPapers = members.create(MemberDraft.basic("3171051505900777", "Tono Tanpa SK", Sex.LAKI_LAKI, null, null, null));
        LocalDate day = DAY.plusDays(30);
        RosterShift night = shift("Siaga banjir malam", day, LocalTime.of(22, 0), LocalTime.of(6, 0), 3, List.of("SAR"));
        RosterShift morning = shift("Apel pagi", day.plusDays(1), LocalTime.of(5, 30), LocalTime.of(8, 0), 1, List.of());
        assertThat(night.endsAt()).isAfter(night.startsAt());

        trainings.add(new CertificateDraft(a.id(), "Pelatihan SAR dasar", "sar", "Basarnas", "SAR-1", LocalDate.of(2024, 1, 1),
                LocalDate.of(2027, 1, 1)));
        AssignmentResult ok = duties.assign(night.shiftId(), a.id(), null);
        assertThat(ok.warnings()).isEmpty();
        assertThatThrownBy(() -> duties.assign(morning.shiftId(), a.id(), null)).isInstanceOf(RostersException.class)
                .hasMessageContaining("jadwal ganda").hasMessageContaining("Siaga banjir malam");

        AssignmentResult warned = duties.assign(night.shiftId(), noPapers.id(), null);
        assertThat(warned.warnings()).extracting(RosterIssue::kind)
                .containsExactlyInAnyOrder(RosterIssue.Kind.NO_VALID_MEMBERSHIP, RosterIssue.Kind.CERTIFICATE_MISSING);

        List<RosterShift> roster = duties.roster(day, day.plusDays(6));
        RosterShift n = roster.stream().filter(r -> r.shiftId().equals(night.shiftId())).findFirst().orElseThrow();
        assertThat(n.members()).hasSize(2);
        assertThat(n.issues()).extracting(RosterIssue::kind).contains(RosterIssue.Kind.UNDER_STAFFED);
        assertThat(roster.stream().filter(r -> r.shiftId().equals(morning.shiftId())).findFirst().orElseThrow().underStaffed()).isTrue();
    }

    @Test
    void hoursOfAMidnightShiftWithCorrectionsKeepTheOriginal() {
        Member m = member("Wahyu Hidayat", Sex.LAKI_LAKI);
        LocalDate day = DAY.plusDays(60);
        RosterShift night = shift("Patroli malam", day, LocalTime.of(22, 0), LocalTime.of(6, 0), 1, List.of());
        String assignment = duties.assign(night.shiftId(), m.id(), null).assignmentId();

        AttendanceRecord in = attendance.checkIn(assignment, night.startsAt());
        assertThat(in.minutes()).isZero();
        assertThatThrownBy(() -> attendance.checkOut(assignment, night.startsAt().minusSeconds(60)))
                .isInstanceOf(RostersException.class).hasMessageContaining("Jam pulang tidak boleh sebelum");
        AttendanceRecord out = attendance.checkOut(assignment, night.endsAt());
        assertThat(out.minutes()).isEqualTo(480);

        Correction plus = attendance.correct(out.attendanceId(), Correction.Kind.DELTA, 30, "Serah terima pos terlambat 30 menit");
        assertThat(plus.deltaMinutes()).isEqualTo(30);
        Correction set = attendance.correct(out.attendanceId(), Correction.Kind.REPLACE, 420, "Menurut buku jaga pulang pukul 05.00");
        assertThat(set.deltaMinutes()).isEqualTo(-90);
        assertThat(set.by()).isNotBlank();
        assertThatThrownBy(() -> attendance.correct(out.attendanceId(), Correction.Kind.DELTA, 10, "")).hasMessageContaining("Alasan");
        assertThatThrownBy(() -> attendance.correct(out.attendanceId(), Correction.Kind.DELTA, -500, "Salah catat jam"))
                .hasMessageContaining("antara 0 dan 1440");

        AttendanceRecord after = attendance.sheet(day).stream().filter(r -> r.assignmentId().equals(assignment)).findFirst()
                .orElseThrow().attendance();
        assertThat(after.minutes()).as("original kept").isEqualTo(480);
        assertThat(after.effectiveMinutes()).isEqualTo(420);
        assertThat(after.corrections()).isEqualTo(2);
        assertThat(attendance.corrections(out.attendanceId())).extracting(Correction::reason).hasSize(2);

        ReportPeriod period = new ReportPeriod(day, day);
        assertThat(records.memberMinutes(m.id(), period)).isEqualTo(420);
        assertThat(records.organisationMinutes(tagana.id(), period)).isEqualTo(420);
        assertThat(records.deployments(m.id(), period)).singleElement().satisfies(d -> assertThat(d.minutes()).isEqualTo(420));
        ReportTable byMember = reports.hoursByMember(period);
        assertThat(byMember.rows()).anySatisfy(r -> {
            assertThat(r.get(0)).isEqualTo("Wahyu Hidayat");
            assertThat(r).contains(new ReportTable.Hours(420));
        });
        ReportTable byType = reports.hoursByPillarType(period);
        assertThat(byType.rows()).anySatisfy(r -> assertThat(r).contains("Tagana", new ReportTable.Hours(420)));
    }

    @Test
    void clerkEntersClockTimesAfterwardsAcrossMidnight() {
        Member m = member("Dewi Lestari", Sex.PEREMPUAN);
        LocalDate day = DAY.plusDays(90);
        RosterShift night = shift("Siaga kebakaran", day, LocalTime.of(23, 0), LocalTime.of(7, 0), 1, List.of());
        String assignment = duties.assign(night.shiftId(), m.id(), null).assignmentId();
        AttendanceRecord r = attendance.recordClock(assignment, LocalTime.of(23, 10), LocalTime.of(6, 40));
        assertThat(r.minutes()).isEqualTo(450);
        assertThat(r.enteredLater()).isTrue();
        assertThatThrownBy(() -> attendance.record(assignment, Instant.parse("2026-01-01T10:00:00Z"), Instant.parse("2026-01-01T09:00:00Z")))
                .isInstanceOf(RostersException.class);
        assertThatThrownBy(() -> duties.unassign(assignment)).hasMessageContaining("kehadiran");
    }

    @Test
    void theWeekRosterPrintsAsPdfAndExportsAsXlsx(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Member m = member("Lukman Hakim", Sex.LAKI_LAKI);
        LocalDate monday = LocalDate.of(2026, 9, 7);
        RosterShift apel = shift("Apel siaga", monday, LocalTime.of(7, 0), LocalTime.of(8, 0), 2, List.of());
        duties.assign(apel.shiftId(), m.id(), null);
        ReportTable roster = reports.roster(monday, monday.plusDays(6));
        assertThat(roster.rows()).singleElement().satisfies(r -> {
            assertThat(r.get(1)).isEqualTo("07.00–08.00");
            assertThat(r.get(5)).isEqualTo("Lukman Hakim");
            assertThat(r.get(6)).isEqualTo("1/2");
            assertThat((String) r.get(7)).contains("Kurang petugas");
        });
        reports.exportPdf(roster, dir.resolve("jadwal.pdf"));
        reports.exportXlsx(roster, dir.resolve("jadwal.xlsx"));
        assertThat(java.nio.file.Files.size(dir.resolve("jadwal.pdf"))).isPositive();
        assertThat(java.nio.file.Files.size(dir.resolve("jadwal.xlsx"))).isPositive();
    }

    @Test
    void continuousServiceAndCertificatesThroughTheAwardsApi() {
        Member m = member("Hendra Gunawan", Sex.LAKI_LAKI);
        members.addMembership(new MembershipDraft(m.id(), karangTaruna.id(), "Ketua", LocalDate.of(2008, 1, 1), LocalDate.of(2015, 3, 1)));
        trainings.add(new CertificateDraft(m.id(), "P3K", "P3K", "PMI", null, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 7, 1)));
        assertThat(records.continuousYears(m.id(), LocalDate.of(2026, 1, 1))).isEqualTo(18);
        assertThat(records.certificates(m.id())).singleElement().satisfies(c -> assertThat(c.skillCode()).isEqualTo("P3K"));
        assertThat(records.organisationCertificates(tagana.id(), LocalDate.of(2026, 1, 1))).anySatisfy(
                c -> assertThat(c.memberId()).isEqualTo(m.id()));
        assertThat(records.membersOf(karangTaruna.id(), LocalDate.of(2010, 1, 1))).extracting(r -> r.id()).contains(m.id());
        assertThat(trainings.expiring(LocalDate.of(2026, 6, 15), 30)).anySatisfy(c -> assertThat(c.memberId()).isEqualTo(m.id()));
        ReportTable cont = reports.continuousService(LocalDate.of(2026, 1, 1));
        assertThat(cont.rows()).anySatisfy(r -> assertThat(r).contains("Hendra Gunawan", 18L));
    }
}
