package id.pilar.awards.ui;

import id.pilar.awards.api.AwardCatalogue;
import id.pilar.awards.api.AwardType;
import id.pilar.awards.api.Nomination;
import id.pilar.awards.api.NominationState;
import id.pilar.awards.api.Nominations;
import id.pilar.ui.api.Formats;
import id.pilar.ui.spi.HomeTile;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/** Start-page tile: nominations waiting for a step, the longest wait, and the days left to the HKSN deadline. */
@ServiceProvider(service = HomeTile.class, position = 350)
@Messages({
    "TILE_AwardsTitle=Penghargaan",
    "# {0} - count", "TILE_Waiting={0} usulan menunggu langkah",
    "# {0} - count", "TILE_Approved={0} disetujui, menunggu upacara",
    "# {0} - days", "TILE_Longest=terlama menunggu {0} hari",
    "# {0} - days", "# {1} - date", "TILE_Hksn=HKSN {1}: {0} hari lagi",
    "TILE_HksnToday=HKSN hari ini"
})
public final class AwardsTile implements HomeTile {

    @Override
    public String title() {
        return Bundle.TILE_AwardsTitle();
    }

    @Override
    public Content load() {
        LocalDate today = LocalDate.now(Formats.JAKARTA);
        List<Nomination> all = Nominations.get().list(null);
        long waiting = all.stream().filter(n -> n.state().pending() && n.state() != NominationState.DISETUJUI).count();
        long approved = all.stream().filter(n -> n.state() == NominationState.DISETUJUI).count();
        long longest = all.stream().filter(n -> n.state().pending())
                .mapToLong(n -> ChronoUnit.DAYS.between(n.stateSince().atZone(Formats.JAKARTA).toLocalDate(), today)).max().orElse(0);
        LocalDate hksn = AwardCatalogue.get().byCode("SLKS").map(AwardType::ceremonyDay).map(d -> d.atYear(today.getYear()))
                .orElse(LocalDate.of(today.getYear(), 12, 20));
        if (hksn.isBefore(today)) {
            hksn = hksn.plusYears(1);
        }
        long days = ChronoUnit.DAYS.between(today, hksn);
        List<String> lines = new ArrayList<>();
        lines.add(Bundle.TILE_Approved(Formats.number(approved)));
        if (waiting > 0) {
            lines.add(Bundle.TILE_Longest(Formats.number(longest)));
        }
        lines.add(days == 0 ? Bundle.TILE_HksnToday() : Bundle.TILE_Hksn(days, Formats.date(hksn)));
        return new Content(Bundle.TILE_Waiting(Formats.number(waiting)), lines, waiting > 0 && days <= 30);
    }

    @Override
    public boolean canOpen() {
        return true;
    }

    @Override
    public void open() {
        AwardsTopComponent.openWindow();
    }
}
