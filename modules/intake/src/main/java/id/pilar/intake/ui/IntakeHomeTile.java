package id.pilar.intake.ui;

import id.pilar.intake.api.AlertService;
import id.pilar.intake.api.ReportService;
import id.pilar.intake.api.ReportService.Overview;
import id.pilar.ui.api.Formats;
import id.pilar.ui.spi.HomeTile;
import java.util.ArrayList;
import java.util.List;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/** The start page's social-report tile: new and overdue reports, and the early warnings not yet acknowledged. */
@ServiceProvider(service = HomeTile.class, position = 350)
@Messages({
    "TILE_Intake=Laporan Sosial",
    "# {0} - count", "TILE_New={0} laporan baru",
    "# {0} - count", "TILE_Late=Terlambat ditriase: {0}",
    "# {0} - count", "TILE_Week=Minggu ini: {0} laporan",
    "# {0} - count", "TILE_Alerts=Peringatan dini belum diakui: {0}"
})
public final class IntakeHomeTile implements HomeTile {

    @Override
    public String title() {
        return Bundle.TILE_Intake();
    }

    @Override
    public Content load() {
        Overview o = ReportService.get().overview();
        List<AlertService.Alert> alerts = AlertService.get().current().stream().filter(a -> !a.diakui()).toList();
        List<String> lines = new ArrayList<>(List.of(Bundle.TILE_Late(o.terlambat()), Bundle.TILE_Week(Formats.number(o.mingguIni())),
                Bundle.TILE_Alerts(alerts.size())));
        alerts.stream().limit(2).forEach(a -> lines.add(a.keterangan()));
        return new Content(Bundle.TILE_New(Formats.number(o.baru())), lines, o.terlambat() > 0 || !alerts.isEmpty());
    }

    @Override
    public boolean canOpen() {
        return true;
    }

    @Override
    public void open() {
        org.openide.windows.TopComponent tc = org.openide.windows.WindowManager.getDefault().findTopComponent("IntakeAlertsTopComponent");
        if (tc != null) {
            tc.open();
            tc.requestActive();
        }
    }
}
