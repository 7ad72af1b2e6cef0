package id.pilar.awards.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.awards.api.AwardsException;
import id.pilar.awards.api.ConferredAward;
import id.pilar.awards.api.NominationState;
import id.pilar.awards.impl.demo.AwardsDemoData;
import id.pilar.core.spi.DemoDataContext;
import id.pilar.rosters.impl.demo.RostersDemoData;
import id.pilar.testkit.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netbeans.api.sendopts.CommandException;
import org.netbeans.spi.sendopts.Option;

/** Demo data (every nomination state, a past ceremony) and the two batch jobs on it. */
class BatchAndDemoTest {

    static TestDatabase db;

    @BeforeAll
    static void open() throws Exception {
        db = TestDatabase.create();
        DemoDataContext ctx = new DemoDataContext(7L, 20_000, DemoDataContext.Progress.NONE);
        new RostersDemoData(db.transactions()).generate(ctx);
        new AwardsDemoData(db.transactions()).generate(ctx);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void demoDataHasNominationsInEveryStateAndAPastCeremony() {
        Set<NominationState> states = new NominationsImpl(db.transactions(), null).list(null).stream().map(n -> n.state())
                .collect(Collectors.toSet());
        assertThat(states).containsAll(EnumSet.allOf(NominationState.class));
        assertThat(new NominationsImpl(db.transactions(), null).list(null)).anyMatch(n -> n.flagged() && n.justification() != null);
        List<id.pilar.awards.api.Ceremony> ceremonies = new AwardRecordsImpl(db.transactions()).ceremonies();
        assertThat(ceremonies).anyMatch(c -> c.heldOn().isBefore(java.time.LocalDate.now()) && c.awards() > 0);
    }

    /** The start page's figures (plain JDBC) agree with the nominations the service lists (Hibernate). */
    @Test
    void theStartPageOverviewCountsWhatTheListShows() {
        List<id.pilar.awards.api.Nomination> all = new NominationsImpl(db.transactions(), null).list(null);
        var o = new NominationsImpl(db.transactions(), null).overview();
        assertThat(o.approved()).isPositive().isEqualTo(all.stream().filter(n -> n.state() == NominationState.DISETUJUI).count());
        assertThat(o.waiting()).isPositive()
                .isEqualTo(all.stream().filter(n -> n.state().pending() && n.state() != NominationState.DISETUJUI).count());
        assertThat(o.oldestPendingSince()).isEqualTo(all.stream().filter(n -> n.state().pending())
                .map(id.pilar.awards.api.Nomination::stateSince).min(java.util.Comparator.naturalOrder()).orElseThrow());
        assertThat(o.slksCeremony()).isEqualTo(new CatalogueImpl(db.transactions()).byCode("SLKS").orElseThrow().ceremonyDay());
    }

    private static String run(Map<Option, String[]> values) throws CommandException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AwardsBatchCommand().run(values, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void eligibilityCsvAndXlsx() throws Exception {
        Path csv = db.folder().resolve("slks.csv");
        String msg = run(Map.of(AwardsBatchCommand.ELIGIBILITY, new String[] {"slks"}, AwardsBatchCommand.AS_OF, new String[] {"20/12/2026"},
                AwardsBatchCommand.OUT, new String[] {csv.toString()}));
        assertThat(msg).contains("layak");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("nik;nama;layak;alasan");
        long members = new id.pilar.rosters.impl.PillarRecordsImpl(db.transactions()).memberFacts(java.time.LocalDate.of(2026, 12, 20),
                new id.pilar.rosters.api.ReportPeriod(java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 12, 20)), 0).size();
        assertThat(lines).hasSize((int) members + 1);
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l.split(";")[2]).isIn("ya", "tidak"))
                .anyMatch(l -> l.split(";")[2].equals("ya")).anyMatch(l -> l.contains("masa bakti"));

        Path xlsx = db.folder().resolve("slks.xlsx");
        run(Map.of(AwardsBatchCommand.ELIGIBILITY, new String[] {"SLKS"}, AwardsBatchCommand.AS_OF, new String[] {"20/12/2026"},
                AwardsBatchCommand.OUT, new String[] {xlsx.toString()}));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(3).getStringCellValue()).isEqualTo("alasan");
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo((int) members);
        }
    }

    /** The job's failure line (CommandException keeps it as the localized message) and exit code 3. */
    private static String failure(Map<Option, String[]> values) {
        try {
            run(values);
        } catch (CommandException e) {
            assertThat(e.getExitCode()).isEqualTo(3);
            return e.getLocalizedMessage();
        }
        throw new AssertionError("the job should have failed");
    }

    @Test
    void badInputIsRefusedWithAClearMessage() {
        assertThat(failure(Map.of(AwardsBatchCommand.ELIGIBILITY, new String[] {"SLKS"}, AwardsBatchCommand.AS_OF,
                new String[] {"31/02/2026"}, AwardsBatchCommand.OUT, new String[] {db.folder().resolve("a.csv").toString()})))
                .contains("GAGAL: Tanggal tidak ada atau tidak terbaca: 31/02/2026");
        assertThat(failure(Map.of(AwardsBatchCommand.ELIGIBILITY, new String[] {"XYZ"}, AwardsBatchCommand.OUT,
                new String[] {db.folder().resolve("a.csv").toString()}))).contains("tidak ada di katalog");
        assertThat(failure(Map.of(AwardsBatchCommand.ELIGIBILITY, new String[] {"SLKS"}, AwardsBatchCommand.OUT,
                new String[] {db.folder().resolve("a.txt").toString()}))).contains(".csv atau .xlsx");
        assertThat(failure(Map.of(AwardsBatchCommand.CERTIFICATE, new String[] {"PLR/X/2026/0001"}, AwardsBatchCommand.OUT,
                new String[] {db.folder().resolve("a.pdf").toString()}))).contains("Tidak ada penghargaan dengan nomor piagam");
        assertThat(db.folder().resolve("a.csv")).doesNotExist();
        assertThat(db.folder().resolve("a.pdf")).doesNotExist();
        assertThatThrownBy(() -> AwardsBatchCommand.date("29/02/2026")).isInstanceOf(AwardsException.class);
        assertThat(AwardsBatchCommand.date("29/02/2028")).hasDayOfMonth(29);
    }

    @Test
    void certificateFromTheCommandLineThenACopy() throws Exception {
        ConferredAward a = new AwardRecordsImpl(db.transactions()).all().get(0);
        Path pdf = db.folder().resolve("piagam.pdf");
        String first = run(Map.of(AwardsBatchCommand.CERTIFICATE, new String[] {a.serialNumber()}, AwardsBatchCommand.OUT,
                new String[] {pdf.toString()}));
        String text = WorkflowTest.text(pdf);
        assertThat(text).contains(a.serialNumber()).contains(a.name());
        assertThat(first.contains("SALINAN")).isEqualTo(a.printCount() > 0);
        String second = run(Map.of(AwardsBatchCommand.CERTIFICATE, new String[] {a.serialNumber()}, AwardsBatchCommand.OUT,
                new String[] {pdf.toString()}));
        assertThat(second).contains("SALINAN");
        assertThat(WorkflowTest.text(pdf)).contains(a.serialNumber()).contains("Salinan ke-");
    }
}
