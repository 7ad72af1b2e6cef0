package id.pilar.cases.ui;

import id.pilar.cases.api.CaseService;
import id.pilar.cases.api.CaseService.Overview;
import id.pilar.ui.api.Formats;
import id.pilar.ui.spi.HomeTile;
import java.util.List;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/** Start page: open cases, my tasks, overdue follow-ups, approvals waiting. */
@ServiceProvider(service = HomeTile.class, position = 300)
@Messages({
    "TILE_Cases=Kasus",
    "# {0} - count", "TILE_Open={0} kasus terbuka",
    "# {0} - count", "TILE_MyTasks=Tugas saya: {0}",
    "# {0} - count", "TILE_Overdue=Tindak lanjut terlambat: {0}",
    "# {0} - count", "TILE_Waiting=Menunggu persetujuan: {0}"
})
public final class CasesHomeTile implements HomeTile {

    @Override
    public String title() {
        return Bundle.TILE_Cases();
    }

    @Override
    public Content load() {
        Overview o = CaseService.get().overview();
        return new Content(Bundle.TILE_Open(Formats.number(o.terbuka())), List.of(Bundle.TILE_MyTasks(o.tugasSaya()),
                Bundle.TILE_Overdue(o.terlambat()), Bundle.TILE_Waiting(o.menungguPersetujuan())), o.terlambat() > 0);
    }

    @Override
    public boolean canOpen() {
        return true;
    }

    @Override
    public void open() {
        CaseWindows.open("CaseTasksTopComponent");
    }
}
