package id.pilar.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.intake.api.Channel;
import id.pilar.intake.api.Hotspot;
import id.pilar.intake.api.Report;
import id.pilar.intake.api.ReportDraft;
import id.pilar.intake.api.ReportStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The report form's model, without a toolkit. */
class ReportFormModelTest {

    private final Hotspot gambir = new Hotspot("hs-stasiun-gambir", "Stasiun Gambir", "31.71.01.1001", -6.1766, 106.8306);

    @Test
    void typedTextBecomesADraftInJakartaTime() throws Exception {
        ReportDraft d = ReportFormModel.draft("01/12/2026 08:30", Channel.HOTLINE, "Bu Sari", "0812", false, gambir, "31.71.06.1001",
                "ignored", "PPKS-11", "3", "Tidur di emperan");
        assertThat(d.diterima()).isEqualTo(Instant.parse("2026-12-01T01:30:00Z"));
        assertThat(d.hotspotId()).isEqualTo("hs-stasiun-gambir");
        assertThat(d.kodeKelurahan()).as("the hotspot decides the kelurahan").isNull();
        assertThat(d.jumlahOrang()).isEqualTo(3);
    }

    @Test
    void withoutHotspotTheKelurahanAndAddressCount() throws Exception {
        ReportDraft d = ReportFormModel.draft("01/12/2026 08:30", Channel.PATROLI, null, null, true, null, "31.71.04.1005",
                "Jl. Kramat Raya 5", "PPKS-12", "", null);
        assertThat(d.kodeKelurahan()).isEqualTo("31.71.04.1005");
        assertThat(d.alamat()).isEqualTo("Jl. Kramat Raya 5");
        assertThat(d.jumlahOrang()).as("blank means one person").isEqualTo(1);
    }

    @Test
    void badTimeOrCountIsToldInIndonesian() {
        assertThatThrownBy(() -> ReportFormModel.draft("31/02/2026 08:30", Channel.HOTLINE, "x", null, false, gambir, null, null, "PPKS-11", "1", null))
                .hasMessageContaining("dd/MM/yyyy HH:mm");
        assertThatThrownBy(() -> ReportFormModel.draft("01/12/2026 08:30", Channel.HOTLINE, "x", null, false, gambir, null, null, "PPKS-11", "dua", null))
                .hasMessageContaining("bilangan bulat");
    }

    private static Report triagedAs(ReportStatus status, String caseId) {
        return new Report("r1", 2, "LS-2026-000042", Instant.parse("2026-12-01T01:30:00Z"), null, Channel.HOTLINE, null, null, true, false,
                null, "Stasiun Gambir", null, null, null, null, "PPKS-11", 1, null, status, Instant.parse("2026-12-01T02:00:00Z"), "admin",
                null, "p1", caseId, null, null, false, 30L);
    }

    @Test
    void aReportTriagedIntoANewCaseNamesTheCaseNumber() {
        assertThat(ReportFormModel.triaged(triagedAs(ReportStatus.KASUS, "c1"), "KSS-2026-00012"))
                .isEqualTo("Laporan LS-2026-000042 diteruskan menjadi kasus KSS-2026-00012.");
    }

    @Test
    void otherOutcomesOrAnUnknownNumberNameTheStatus() {
        assertThat(ReportFormModel.triaged(triagedAs(ReportStatus.KASUS, "c1"), null))
                .as("the number could not be read: the status still says what happened")
                .isEqualTo("Laporan LS-2026-000042: " + ReportStatus.KASUS.label() + ".");
        assertThat(ReportFormModel.triaged(triagedAs(ReportStatus.DITAUTKAN, "c1"), "KSS-2026-00012"))
                .as("linked to a case that existed already: not 'became a case'")
                .isEqualTo("Laporan LS-2026-000042: " + ReportStatus.DITAUTKAN.label() + ".");
    }
}
