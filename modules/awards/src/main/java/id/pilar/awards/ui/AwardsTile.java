package id.pilar.awards.ui;

import id.pilar.awards.api.Nominations;
import id.pilar.awards.api.NominationsOverview;
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
        NominationsOverview o = Nominations.get().overview();
        long waiting = o.waiting();
        long approved = o.approved();
        long longest = o.oldestPendingSince() == null ? 0
                : Math.max(0, ChronoUnit.DAYS.between(o.oldestPendingSince().atZone(Formats.JAKARTA).toLocalDate(), today));
        LocalDate hksn = o.slksCeremony() == null ? LocalDate.of(today.getYear(), 12, 20) : o.slksCeremony().atYear(today.getYear());
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
