package id.pilar.atlas.ui.dashboard;

import id.pilar.atlas.api.AtlasService;
import id.pilar.atlas.api.KelurahanScore;
import id.pilar.atlas.api.VulnerabilityIndex;
import id.pilar.core.api.time.JakartaTime;
import id.pilar.ui.api.Formats;
import id.pilar.ui.spi.HomeTile;
import java.util.ArrayList;
import java.util.List;
import javax.swing.SwingUtilities;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;

/** Start page: the five most vulnerable kelurahan and how many rose since the previous period. */
@ServiceProvider(service = HomeTile.class, position = 450)
@Messages({
    "TILE_Atlas=Kerentanan wilayah",
    "# {0} - name", "# {1} - index", "TILE_AtlasHeadline=Paling rentan: {0} ({1})",
    "# {0} - rank", "# {1} - name", "# {2} - kecamatan", "# {3} - index", "TILE_AtlasRow={0}. {1}, {2}: {3}",
    "# {0} - rising", "# {1} - high", "TILE_AtlasCounts={0} kelurahan naik indeksnya; {1} berindeks 50 ke atas"
})
public final class AtlasHomeTile implements HomeTile {

    @Override
    public String title() {
        return Bundle.TILE_Atlas();
    }

    @Override
    public Content load() {
        VulnerabilityIndex index = AtlasService.get().index(JakartaTime.today());
        List<KelurahanScore> rows = index.rows();
        if (rows.isEmpty()) {
            return Content.of("-");
        }
        KelurahanScore first = rows.get(0);
        List<String> lines = new ArrayList<>();
        for (KelurahanScore s : rows.subList(0, Math.min(5, rows.size()))) {
            lines.add(Bundle.TILE_AtlasRow(s.rank(), s.nama(), s.namaKecamatan(), Formats.decimal(s.index(), 1)));
        }
        long rising = rows.stream().filter(s -> s.previousIndex() != null && s.index() > s.previousIndex()).count();
        long high = rows.stream().filter(s -> s.index() >= 50).count();
        lines.add(Bundle.TILE_AtlasCounts(rising, high));
        return new Content(Bundle.TILE_AtlasHeadline(first.nama(), Formats.decimal(first.index(), 1)), lines, false);
    }

    @Override
    public boolean canOpen() {
        return true;
    }

    @Override
    public void open() {
        SwingUtilities.invokeLater(() -> {
            TopComponent tc = WindowManager.getDefault().findTopComponent("AtlasDashboardTopComponent");
            if (tc != null) {
                tc.open();
                tc.requestActive();
            }
        });
    }
}
