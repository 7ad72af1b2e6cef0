package id.pilar.registry.ui;

import id.pilar.registry.api.DtsenMatching;
import id.pilar.registry.api.DuplicateService;
import id.pilar.registry.api.PersonService;
import id.pilar.ui.api.Formats;
import id.pilar.ui.spi.HomeTile;
import java.util.ArrayList;
import java.util.List;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/** Beranda: people registered, share found in DTSEN, duplicate pairs waiting; opens the person list. */
@ServiceProvider(service = HomeTile.class, position = 100)
@Messages({
    "TILE_Registri=Registri",
    "# {0} - count",
    "TILE_People={0} orang",
    "# {0} - percent",
    "TILE_Dtsen={0}% tercatat di DTSEN (menurut NIK)",
    "# {0} - date",
    "TILE_LastImport=Impor DTSEN terakhir: {0}",
    "TILE_NoImport=Belum ada impor DTSEN",
    "# {0} - count",
    "TILE_Duplicates={0} pasangan data ganda menunggu pemeriksaan"
})
public final class RegistryHomeTile implements HomeTile {

    @Override
    public String title() {
        return Bundle.TILE_Registri();
    }

    @Override
    public Content load() {
        long people = PersonService.get().countActive();
        double share = DtsenMatching.get().matchedShare();
        DtsenMatching.DtsenSnapshotInfo last = DtsenMatching.get().latestImport();
        long open = DuplicateService.get().openReviewCount();
        List<String> lines = new ArrayList<>();
        lines.add(Bundle.TILE_Dtsen(Formats.decimal(share * 100, 1)));
        lines.add(last == null ? Bundle.TILE_NoImport() : Bundle.TILE_LastImport(Formats.date(last.tanggal())));
        lines.add(Bundle.TILE_Duplicates(Formats.number(open)));
        return new Content(Bundle.TILE_People(Formats.number(people)), lines, open > 0);
    }

    @Override
    public boolean canOpen() {
        return true;
    }

    @Override
    public void open() {
        RegistryWindows.openList();
    }
}
