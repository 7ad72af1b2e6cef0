package id.pilar.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.core.api.identity.Sex;
import id.pilar.intake.api.Hotspot;
import id.pilar.intake.api.OutreachService.FoundDraft;
import id.pilar.intake.api.OutreachService.OperationDraft;
import id.pilar.intake.api.OutreachService.TeamMember;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the outreach window's fields become, and the coordinates of the report form. */
class OutreachFormModelTest {

    static final Hotspot SENEN = new Hotspot("hs-stasiun-pasar-senen", "Stasiun Pasar Senen", "31.71.04.1001", -6.1746, 106.8449);

    @Test
    void anOperationTakesTheTickedHotspotsAndTheTeamFromRostersAndTyped() throws Exception {
        OperationDraft d = OutreachFormModel.operation("01/12/2026", " 21:00", "23:30 ", List.of(SENEN),
                List.of(new TeamMember("m1", "Budi", List.of("Tagana")), new TeamMember("m2", "Rina", List.of())),
                "Satpol PP Andi,  , Budi (Tagana)", "B 1234 XYZ", null);
        assertThat(d.tanggal()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(d.jamMulai()).isEqualTo("21:00");
        assertThat(d.hotspotIds()).containsExactly("hs-stasiun-pasar-senen");
        assertThat(d.tim()).as("a name ticked and typed counts once").containsExactly("Budi (Tagana)", "Rina", "Satpol PP Andi");
        assertThatThrownBy(() -> OutreachFormModel.operation("31/02/2026", "21:00", "22:00", List.of(SENEN), List.of(), null, null, null))
                .hasMessageContaining("dd/MM/yyyy");
        assertThatThrownBy(() -> OutreachFormModel.operation("01/12/2026", "21:00", "22:00", List.of(), List.of(), null, null, null))
                .hasMessageContaining("titik rawan");
    }

    @Test
    void aPersonFoundWithAPhotoAndTheCheckKeyFollowsWhatWasTyped(@TempDir Path dir) throws Exception {
        Path photo = dir.resolve("wajah.JPG");
        Files.write(photo, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1});
        FoundDraft f = OutreachFormModel.found(" Mak Ijah ", Sex.PEREMPUAN, "70", "PPKS-08", " ", "Lemah", photo, null, "panti-1");
        assertThat(f.nama()).isEqualTo("Mak Ijah");
        assertThat(f.usiaPerkiraan()).isEqualTo(70);
        assertThat(f.nik()).isNull();
        assertThat(f.fotoMime()).isEqualTo("image/jpeg");
        assertThat(f.foto()).hasSize(4);
        FoundDraft older = OutreachFormModel.found("Mak Ijah", Sex.PEREMPUAN, "71", "PPKS-08", null, null, null, null, null);
        assertThat(OutreachFormModel.checkKey(older)).as("another age needs another registry check").isNotEqualTo(OutreachFormModel.checkKey(f));
        assertThatThrownBy(() -> OutreachFormModel.found("X", null, "tujuh", "PPKS-08", null, null, null, null, null)).hasMessageContaining("usia");
        Path doc = dir.resolve("surat.pdf");
        Files.writeString(doc, "%PDF-1.4");
        assertThatThrownBy(() -> OutreachFormModel.found("X", null, null, "PPKS-08", null, null, doc, null, null)).hasMessageContaining("JPEG atau PNG");
    }

    @Test
    void theReportFormReadsCoordinatesWithPointOrComma() throws Exception {
        assertThat(ReportFormModel.coordinates("-6,1754", "106.8272")).containsExactly(-6.1754, 106.8272);
        assertThat(ReportFormModel.coordinates(" ", "")).containsExactly(null, null);
        assertThatThrownBy(() -> ReportFormModel.coordinates("-6.1754", "")).hasMessageContaining("lintang dan bujur bersama");
        assertThatThrownBy(() -> ReportFormModel.coordinates("6.1754", "106.8272")).hasMessageContaining("wilayah Jakarta");
    }
}
