package id.pilar.ui.impl;

import id.pilar.core.api.db.DataKernel;
import id.pilar.core.api.db.DatabaseTarget;
import id.pilar.core.api.db.MigrationReport;
import id.pilar.core.api.demo.DemoData;
import id.pilar.ui.api.Formats;
import id.pilar.ui.spi.HomeTile;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.netbeans.api.options.OptionsDisplayer;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/** Where the data lives, how big it is, and each module's schema version. */
@ServiceProvider(service = HomeTile.class, position = 900)
@Messages({
    "TILE_Database=Basis data",
    "# {0} - size in MB",
    "TILE_DatabaseSize={0} MB",
    "TILE_DatabaseServer=Server PostgreSQL",
    "# {0} - location",
    "TILE_DatabaseLocation=Lokasi: {0}",
    "# {0} - module",
    "# {1} - version",
    "TILE_DatabaseModule=Modul {0}: skema versi {1}",
    "# {0} - when",
    "TILE_DemoLoaded=Berisi data contoh ({0})",
    "# {0} - people",
    "TILE_DemoSize={0} orang"
})
public final class DatabaseTile implements HomeTile {

    @Override
    public String title() {
        return Bundle.TILE_Database();
    }

    @Override
    public Content load() throws Exception {
        DataKernel k = DataKernel.get();
        DatabaseTarget t = k.target();
        String headline;
        if (t.isSqlite() && Files.exists(t.sqliteFile())) {
            long bytes = Files.size(t.sqliteFile());
            headline = Bundle.TILE_DatabaseSize(Formats.decimal(bytes / 1_048_576.0, 1));
        } else {
            headline = Bundle.TILE_DatabaseServer();
        }
        List<String> lines = new ArrayList<>();
        lines.add(Bundle.TILE_DatabaseLocation(t.describe()));
        for (MigrationReport r : k.migrationReports()) {
            lines.add(Bundle.TILE_DatabaseModule(r.moduleId(), r.appliedVersion()));
        }
        DemoData demo = DemoData.get();
        String loaded = demo == null ? null : demo.loadedAt();
        if (loaded != null) {
            lines.add(Bundle.TILE_DemoLoaded(describeDemo(loaded)));
        }
        return new Content(headline, lines, false);
    }

    /** "2026-11-28T09:58:21Z ukuran=2000" as "28/11/2026 16.58, 2.000 orang". */
    static String describeDemo(String stored) {
        String[] parts = stored.split(" ukuran=");
        try {
            String when = Formats.dateTime(java.time.Instant.parse(parts[0]));
            return parts.length > 1 ? when + ", " + Bundle.TILE_DemoSize(Formats.number(Long.parseLong(parts[1].trim()))) : when;
        } catch (RuntimeException e) {
            return stored;
        }
    }

    @Override
    public boolean canOpen() {
        return true;
    }

    @Override
    public void open() {
        OptionsDisplayer.getDefault().open(DatabaseOptionsPanelController.OPTIONS_PATH);
    }
}
