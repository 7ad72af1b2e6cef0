package id.pilar.intake;

import id.pilar.intake.api.Channel;
import id.pilar.intake.api.ReportDraft;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Report drafts for the tests. */
final class IntakeFixtures {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final String GAMBIR = "hs-stasiun-gambir";
    static final String SENEN = "hs-stasiun-pasar-senen";
    static final String GELANDANGAN = "PPKS-11";

    private IntakeFixtures() {
    }

    static ReportDraft at(String hotspotId, Instant received) {
        return new ReportDraft(received, Channel.HOTLINE, "Bu Sari", "0812-1111-2222", false, hotspotId, null, null, null, null,
                GELANDANGAN, 2, "Dua orang tidur di emperan");
    }

    static ReportDraft atNoon(String hotspotId, LocalDate day) {
        return at(hotspotId, day.atTime(12, 0).atZone(JAKARTA).toInstant());
    }
}
