package id.pilar.intake;

import static id.pilar.intake.IntakeFixtures.GAMBIR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.cases.api.CaseService;
import id.pilar.core.api.error.ConcurrentChangeException;
import id.pilar.intake.api.Channel;
import id.pilar.intake.api.IntakeException;
import id.pilar.intake.api.Report;
import id.pilar.intake.api.ReportDraft;
import id.pilar.intake.api.ReportService;
import id.pilar.intake.api.ReportService.ReportFilter;
import id.pilar.intake.api.ReportStatus;
import id.pilar.registry.api.PersonDraft;
import id.pilar.registry.api.PersonService;
import id.pilar.testkit.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Recording reports, bad input, and every triage outcome including two users at once. */
class ReportTriageTest {

    static TestDatabase db;
    static ReportService reports;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        reports = ReportService.get();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void recordsAReportAtAHotspotWithItsKelurahanAndNumber() {
        Report r = reports.record(IntakeFixtures.at(GAMBIR, Instant.now().minusSeconds(600)));
        assertThat(r.nomor()).matches("LS-\\d{4}-\\d{6}");
        assertThat(r.tempat()).isEqualTo("Stasiun Gambir");
        assertThat(r.kodeKelurahan()).isEqualTo("31.71.01.1001");
        assertThat(r.status()).isEqualTo(ReportStatus.BARU);
        assertThat(reports.find(r.id())).isPresent();
        assertThat(reports.list(ReportFilter.all(50))).extracting(Report::id).contains(r.id());
    }

    @Test
    void refusesBadInputWithIndonesianMessages() {
        Instant future = Instant.now().plus(Duration.ofHours(2));
        assertThatThrownBy(() -> reports.record(IntakeFixtures.at(GAMBIR, future)))
                .isInstanceOf(IntakeException.class).hasMessage("Waktu diterima tidak boleh setelah sekarang.");
        ReportDraft nowhere = new ReportDraft(Instant.now(), Channel.PATROLI, null, null, true, null, null, null, null, null, "PPKS-11", 1, null);
        assertThatThrownBy(() -> reports.record(nowhere)).isInstanceOf(IntakeException.class).hasMessageContaining("Isi tempat");
        ReportDraft outside = new ReportDraft(Instant.now(), Channel.PATROLI, null, null, true, null, "31.73.01.1001", "Jl. X", null, null, "PPKS-11", 1, null);
        assertThatThrownBy(() -> reports.record(outside)).isInstanceOf(IntakeException.class).hasMessageContaining("tidak dikenal di Jakarta Pusat");
        ReportDraft noReporter = new ReportDraft(Instant.now(), Channel.HOTLINE, null, null, false, GAMBIR, null, null, null, null, "PPKS-11", 1, null);
        assertThatThrownBy(() -> reports.record(noReporter)).hasMessageContaining("anonim");
    }

    @Test
    void aKelurahanWithAddressIsAPlace() {
        ReportDraft d = new ReportDraft(Instant.now().minusSeconds(60), Channel.MEDSOS, null, null, true, null, "Kwitang", "Jl. Kramat Raya 5",
                null, null, "PPKS-12", 1, "Pengemis di lampu merah");
        Report r = reports.record(d);
        assertThat(r.kodeKelurahan()).isEqualTo("31.71.04.1005");
        assertThat(r.tempat()).isEqualTo("Jl. Kramat Raya 5");
        assertThat(r.anonim()).isTrue();
    }

    @Test
    void twoUsersTriagingTheSameReportOneWinsTheOtherIsTold() {
        Report r = reports.record(IntakeFixtures.at(GAMBIR, Instant.now().minusSeconds(300)));
        Report first = reports.closeNoAction(r.id(), r.version(), "Sudah ditangani Satpol PP");
        assertThat(first.status()).isEqualTo(ReportStatus.DITUTUP);
        Report other = reports.record(IntakeFixtures.at(GAMBIR, Instant.now().minusSeconds(200)));
        assertThatThrownBy(() -> reports.markDuplicate(r.id(), r.version(), other.id()))
                .isInstanceOf(ConcurrentChangeException.class).hasMessageContaining("");
        Report again = reports.find(r.id()).orElseThrow();
        assertThat(again.status()).isEqualTo(ReportStatus.DITUTUP);
        assertThat(again.alasanTutup()).isEqualTo("Sudah ditangani Satpol PP");
        assertThatThrownBy(() -> reports.closeNoAction(again.id(), again.version(), "lagi"))
                .isInstanceOf(IntakeException.class).hasMessageContaining("sudah ditriase");
    }

    @Test
    void twoThreadsAtOnceExactlyOneTriageIsWritten() throws Exception {
        Report r = reports.record(IntakeFixtures.at(GAMBIR, Instant.now().minusSeconds(300)));
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
        for (String reason : java.util.List.of("alasan A", "alasan B")) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    reports.closeNoAction(r.id(), r.version(), reason);
                    return "ok";
                } catch (ConcurrentChangeException e) {
                    return "told";
                }
            }));
        }
        java.util.List<String> outcomes = new java.util.ArrayList<>();
        for (var f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        assertThat(outcomes).containsExactlyInAnyOrder("ok", "told");
        assertThat(reports.find(r.id()).orElseThrow().version()).isEqualTo(r.version() + 1);
    }

    @Test
    void triageOpensACasePrefilledFromTheReport() {
        String person = PersonService.get().create(PersonDraft.named("Pak Udin Laporan"), true).id();
        Report r = reports.record(IntakeFixtures.at(GAMBIR, Instant.now().minusSeconds(7200)));
        Report t = reports.openCase(r.id(), r.version(), person);
        assertThat(t.status()).isEqualTo(ReportStatus.KASUS);
        assertThat(t.caseId()).isNotNull();
        assertThat(t.menitTriase()).isBetween(119L, 121L);
        CaseService.CaseDetail c = CaseService.get().find(t.caseId()).orElseThrow();
        assertThat(c.summary().kategoriKode()).isEqualTo("PPKS-11");
        assertThat(c.summary().kodeKelurahan()).isEqualTo("31.71.01.1001");
        assertThat(c.ringkasan()).contains(r.nomor()).contains("emperan");
        assertThat(c.klien()).extracting(p -> p.id()).containsExactly(person);
    }

    /** The cases module fails while opening the case (here the database refuses it): the report stays new, no case. */
    @Test
    void aCaseThatCannotBeOpenedLeavesTheReportUntriaged() {
        String person = PersonService.get().create(PersonDraft.named("Bu Wati Laporan"), true).id();
        Report r = reports.record(IntakeFixtures.at(GAMBIR, Instant.now().minusSeconds(600)));
        long cases = caseFiles();
        db.transactions().jdbc(c -> c.createStatement().executeUpdate(
                "CREATE TRIGGER refuse_case BEFORE INSERT ON case_file BEGIN SELECT RAISE(ABORT, 'simulated failure'); END"));
        try {
            assertThatThrownBy(() -> reports.openCase(r.id(), r.version(), person)).isInstanceOf(RuntimeException.class);
        } finally {
            db.transactions().jdbc(c -> c.createStatement().executeUpdate("DROP TRIGGER refuse_case"));
        }
        Report after = reports.list(ReportService.ReportFilter.all(100_000)).stream().filter(x -> x.id().equals(r.id())).findFirst().orElseThrow();
        assertThat(after.status()).isEqualTo(ReportStatus.BARU);
        assertThat(after.version()).as("not even a claim was written").isEqualTo(r.version());
        assertThat(after.caseId()).isNull();
        long casesAfter = caseFiles();
        assertThat(casesAfter).isEqualTo(cases);
        assertThat(reports.openCase(r.id(), r.version(), person).status()).as("and it can be triaged again").isEqualTo(ReportStatus.KASUS);
    }

    private static long caseFiles() {
        return db.transactions().query(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM case_file")) {
                return rs.next() ? rs.getLong(1) : -1L;
            }
        });
    }

    @Test
    void linkDuplicateAndCloseNeedTheirTargets() {
        Report a = reports.record(IntakeFixtures.at(GAMBIR, Instant.now().minusSeconds(900)));
        Report b = reports.record(IntakeFixtures.at(GAMBIR, Instant.now().minusSeconds(800)));
        assertThatThrownBy(() -> reports.linkExisting(a.id(), a.version(), null, null)).hasMessageContaining("Pilih orang");
        assertThatThrownBy(() -> reports.closeNoAction(a.id(), a.version(), " ")).hasMessageContaining("alasan");
        assertThatThrownBy(() -> reports.markDuplicate(a.id(), a.version(), a.id())).hasMessageContaining("dirinya sendiri");
        Report dup = reports.markDuplicate(b.id(), b.version(), a.id());
        assertThat(dup.status()).isEqualTo(ReportStatus.DUPLIKAT);
        assertThat(dup.duplikatDari()).isEqualTo(a.id());
        String person = PersonService.get().create(PersonDraft.named("Mbah Tarjo"), true).id();
        Report linked = reports.linkExisting(a.id(), a.version(), person, null);
        assertThat(linked.status()).isEqualTo(ReportStatus.DITAUTKAN);
        assertThat(linked.personId()).isEqualTo(person);
    }

    @Test
    void anUntriagedReportPastTheTargetIsOverdue() {
        Report old = reports.record(IntakeFixtures.at(GAMBIR, Instant.now().minus(Duration.ofHours(6))));
        assertThat(old.terlambat()).isTrue();
        assertThat(reports.list(new ReportFilter(null, null, null, null, null, true, null, 500))).extracting(Report::id).contains(old.id());
        Report fresh = reports.record(IntakeFixtures.at(GAMBIR, Instant.now().minusSeconds(60)));
        assertThat(fresh.terlambat()).isFalse();
        assertThat(reports.overview().terlambat()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aNewHotspotNeedsANewNameAndAJakartaPusatKelurahan() {
        assertThat(reports.addHotspot("Halte Harmoni Lama", "31.71.01.1002", -6.166, 106.82).kodeKelurahan()).isEqualTo("31.71.01.1002");
        assertThatThrownBy(() -> reports.addHotspot("monas", "31.71.01.1001", null, null)).hasMessageContaining("sudah ada");
        assertThatThrownBy(() -> reports.addHotspot("Pasar Jatinegara", "31.75.01.1001", null, null)).hasMessageContaining("tidak dikenal");
    }
}
