package id.pilar.cases;

import static id.pilar.cases.CaseFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.cases.api.AttachmentService;
import id.pilar.cases.api.CaseConsents;
import id.pilar.cases.api.CaseService;
import id.pilar.cases.api.CaseService.CaseDetail;
import id.pilar.cases.api.CaseStatus;
import id.pilar.cases.api.CasesException;
import id.pilar.core.spi.DemoDataContext;
import id.pilar.core.spi.DemoDataContributor;
import id.pilar.core.spi.PersonalDataSection;
import id.pilar.core.spi.PersonalDataSource;
import id.pilar.security.api.Consents;
import id.pilar.testkit.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openide.util.Lookup;

/** Attachments checked by content, consents in the UU PDP register, subject access and erasure, demo data. */
class EvidenceTest {

    static TestDatabase db;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static String code(Throwable t) {
        return ((CasesException) t).code();
    }

    @Test
    void attachmentsAreCheckedByTheirContent() {
        CaseDetail c = CaseFixtures.openCase("Oki Lampiran");
        AttachmentService a = AttachmentService.get();
        byte[] pdf = "%PDF-1.4\n% surat pengantar RT\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        var added = a.add(c.id(), "surat-rt.pdf", pdf);
        assertThat(added.mime()).isEqualTo("application/pdf");
        assertThat(added.sha256()).hasSize(64);
        assertThat(a.content(added.id())).isEqualTo(pdf);
        byte[] exe = ("MZ\u0090\u0000 this program cannot be run in DOS mode").getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> a.add(c.id(), "ktp.pdf", exe)).satisfies(e -> assertThat(code(e)).isEqualTo("ERR_AttachmentType"));
        assertThatThrownBy(() -> a.add(c.id(), "foto.png", pdf)).satisfies(e -> assertThat(code(e)).isEqualTo("ERR_AttachmentName"));
        byte[] big = new byte[AttachmentService.MAX_BYTES + 1];
        big[0] = '%';
        assertThatThrownBy(() -> a.add(c.id(), "besar.pdf", big)).satisfies(e -> assertThat(code(e)).isEqualTo("ERR_AttachmentTooBig"));
        assertThat(a.list(c.id())).singleElement().satisfies(x -> assertThat(x.namaFile()).isEqualTo("surat-rt.pdf"));
        assertThat(CaseService.get().timeline(c.id())).extracting(CaseService.TimelineEntry::jenis).contains("LAMPIRAN");
    }

    @Test
    void consentsGoToTheUuPdpRegister() {
        CaseDetail c = CaseFixtures.openCase("Putri Setuju");
        String person = c.klien().get(0).id();
        var consent = CaseConsents.get().record(c.id(), person, "Berbagi data dengan panti rujukan", TODAY, "Formulir bertanda tangan no. 12");
        assertThat(Consents.get().forPerson(person)).anySatisfy(i -> {
            assertThat(i.id()).isEqualTo(consent.registerId());
            assertThat(i.purpose()).contains(c.nomor()).contains("panti rujukan");
        });
        Consents.get().withdraw(consent.registerId(), TODAY);
        assertThat(CaseConsents.get().forCase(c.id())).singleElement().satisfies(x -> assertThat(x.ditarik()).isEqualTo(TODAY));
        String stranger = CaseFixtures.person("Orang Lain");
        assertThatThrownBy(() -> CaseConsents.get().record(c.id(), stranger, "x", TODAY, "y"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("ERR_ConsentNotClient"));
    }

    @Test
    void subjectAccessListsCasesAndErasureKeepsTheEvidenceWithAReason() throws Exception {
        CaseDetail c = CaseFixtures.openCase("Rudi Pdp");
        String person = c.klien().get(0).id();
        CaseService.get().addNote(c.id(), "Klien dirujuk ke RSUD", false);
        PersonalDataSource source = Lookup.getDefault().lookupAll(PersonalDataSource.class).stream()
                .filter(s -> s.moduleId().equals("cases")).findFirst().orElseThrow();
        List<PersonalDataSection> sections = db.transactions().query(conn -> source.collect(person, conn));
        assertThat(sections).singleElement().satisfies(s -> {
            assertThat(s.records().get(0)).containsEntry("Nomor kasus", c.nomor());
            assertThat(s.records().get(0).get("Catatan kasus")).contains("dirujuk ke RSUD");
            assertThat(s.records().get(1).get("Penghapusan")).contains("kewajiban hukum");
        });
        db.transactions().jdbc(conn -> {
            source.anonymise(person, conn);
            return null;
        });
        assertThat(CaseService.get().find(c.id()).orElseThrow().summary().klien()).isEqualTo("Rudi Pdp");
        assertThat(CaseService.get().notes(c.id())).extracting(CaseService.Note::teks).anyMatch(t -> t.contains("tidak dihapus"));
    }

    @Test
    void demoCasesInEveryStateWithTimelines() throws Exception {
        for (int i = 0; i < 40; i++) {
            CaseFixtures.person("Demo Orang " + i);
        }
        DemoDataContributor demo = Lookup.getDefault().lookupAll(DemoDataContributor.class).stream()
                .filter(d -> d.moduleId().equals("cases")).findFirst().orElseThrow();
        demo.generate(new DemoDataContext(7, 1000, DemoDataContext.Progress.NONE));
        var all = CaseService.get().list(CaseService.CaseFilter.all(5000));
        Map<CaseStatus, Long> byStatus = all.stream().collect(Collectors.groupingBy(CaseService.CaseSummary::status, Collectors.counting()));
        assertThat(byStatus.keySet()).containsAll(Arrays.asList(CaseStatus.values()));
        assertThat(all.size()).isGreaterThanOrEqualTo(300);
        var closed = all.stream().filter(x -> x.status() == CaseStatus.DITUTUP).findFirst().orElseThrow();
        assertThat(CaseService.get().timeline(closed.id())).filteredOn(t -> t.jenis().equals("STATUS")).hasSize(6);
        assertThat(CaseService.get().find(closed.id()).orElseThrow().alasanTutup()).isNotNull();
        assertThat(CaseService.get().overdueTasks()).isNotEmpty();
        assertThat(id.pilar.cases.api.ApprovalService.get().pending()).isNotEmpty();
        assertThat(CaseService.get().caseLoad()).hasSizeGreaterThanOrEqualTo(5);
        // the numbers continue after the demo: a new case gets the next one
        CaseDetail next = CaseFixtures.openCase("Setelah Demo");
        assertThat(all).extracting(CaseService.CaseSummary::nomor).doesNotContain(next.nomor());
    }
}
