package id.pilar.core.impl.demo;

import id.pilar.core.api.demo.DemoData;
import id.pilar.core.impl.db.MetaEntry;
import id.pilar.core.persistence.Transactions;
import id.pilar.core.spi.DemoDataContext;
import id.pilar.core.spi.DemoDataContributor;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.api.time.JakartaTime;
import id.pilar.core.spi.ModuleSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.openide.util.NbBundle.Messages;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * Runs every module's demo-data contributor, in Lookup position order, once per database.
 * The database remembers that demo data was loaded ({@code pilar_meta.demo_data}), so the
 * first-run offer and {@code --demo-data} never load it twice by accident.
 */
@Messages({
    "# {0} - when it was loaded",
    "MSG_DemoAlreadyLoaded=Data contoh sudah dimuat sebelumnya ({0}); tidak dimuat ulang.",
    "MSG_DemoNoContributors=Tidak ada modul yang menyediakan data contoh.",
    "MSG_DemoDone=Selesai",
    "# {0} - people, {1} - modules",
    "MSG_DemoLoaded=Data contoh dimuat: {0} orang, {1} modul.",
    "# {0} - number of modules done",
    "MSG_DemoCancelled=Pembuatan data contoh dibatalkan setelah {0} modul."
})
@ServiceProvider(service = DemoData.class)
public final class DemoDataRunner implements DemoData {

    static final String META_KEY = "demo_data";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu HH.mm");
    private static final Logger LOG = Logger.getLogger(DemoDataRunner.class.getName());

    private final Supplier<Collection<? extends DemoDataContributor>> contributors;
    private final Transactions tx;
    private final Supplier<Collection<? extends ModuleSchema>> schemas;

    public DemoDataRunner() {
        this(() -> Lookup.getDefault().lookupAll(DemoDataContributor.class), null);
    }

    public DemoDataRunner(Supplier<Collection<? extends DemoDataContributor>> contributors, Transactions tx) {
        this(contributors, tx, () -> Lookup.getDefault().lookupAll(ModuleSchema.class));
    }

    public DemoDataRunner(Supplier<Collection<? extends DemoDataContributor>> contributors, Transactions tx,
            Supplier<Collection<? extends ModuleSchema>> schemas) {
        this.contributors = contributors;
        this.tx = tx;
        this.schemas = schemas;
    }

    private Transactions tx() {
        return tx != null ? tx : Transactions.get();
    }

    @Override
    public String loadedAt() {
        // Plain JDBC: the start page asks this while Hibernate may still be starting.
        return tx().query(c -> {
            try (var ps = c.prepareStatement("SELECT meta_value FROM pilar_meta WHERE meta_key = ?")) {
                ps.setString(1, META_KEY);
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    @Override
    public Result run(int size, long seed, DemoDataContext.Progress progress, boolean force) throws Exception {
        String at = loadedAt();
        if (at != null && !force) {
            Instant on = loadedOn();
            String when = on == null ? at : JakartaTime.localOf(on).format(SHOWN);
            return new Result(false, 0, Bundle.MSG_DemoAlreadyLoaded(when));
        }
        List<? extends DemoDataContributor> list = List.copyOf(contributors.get());
        if (list.isEmpty()) {
            return new Result(false, 0, Bundle.MSG_DemoNoContributors());
        }
        DemoDataContext ctx = new DemoDataContext(seed, size, progress);
        int done = 0;
        for (DemoDataContributor c : list) {
            if (progress.cancelled()) {
                return new Result(false, done, Bundle.MSG_DemoCancelled(done));
            }
            progress.step(c.description(), done, list.size());
            LOG.info("Demo data: " + c.moduleId());
            c.generate(ctx);
            done++;
        }
        String stamp = JakartaTime.now().toString() + " ukuran=" + size;
        tx().run(s -> {
            MetaEntry e = s.find(MetaEntry.class, META_KEY);
            if (e == null) {
                s.persist(new MetaEntry(META_KEY, stamp));
            } else {
                e.setValue(stamp);
            }
        });
        progress.step(Bundle.MSG_DemoDone(), list.size(), list.size());
        return new Result(true, done, Bundle.MSG_DemoLoaded(size, done));
    }

    @Override
    public Path clear() throws Exception {
        AccessControl.get().require(id.pilar.core.api.demo.DemoPermissions.CLEAR);
        Set<String> kept = new HashSet<>();
        for (ModuleSchema m : schemas.get()) {
            kept.addAll(m.keptWhenDemoDataCleared());
        }
        Path copy = tx().query(DemoDataRunner::copyFile);
        int tables = tx().jdbc(c -> {
            List<String> emptied = new ArrayList<>();
            boolean sqlite = c.getMetaData().getURL().startsWith("jdbc:sqlite:");
            try (ResultSet rs = c.getMetaData().getTables(null, sqlite ? null : c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!kept.contains(name) && !name.startsWith("sqlite_") && !name.startsWith("pilar_history_")) {
                        emptied.add(name);
                    }
                }
            }
            try (Statement st = c.createStatement()) {
                if (sqlite) {
                    // Tables reference each other; every one of them is emptied, so check at commit.
                    st.execute("PRAGMA defer_foreign_keys = ON");
                    for (String t : emptied) {
                        st.executeUpdate("DELETE FROM \"" + t + "\"");
                    }
                } else if (!emptied.isEmpty()) {
                    st.executeUpdate("TRUNCATE " + emptied.stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(", ")));
                }
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM pilar_meta WHERE meta_key = ?")) {
                    ps.setString(1, META_KEY);
                    ps.executeUpdate();
                }
            }
            return emptied.size();
        });
        LOG.info("Demo data cleared: " + tables + " tables emptied; copy before clearing: " + copy);
        return copy;
    }

    /** A consistent copy of the SQLite file in {@code cadangan/} beside it, before anything is deleted. */
    private static Path copyFile(Connection c) throws SQLException {
        String url = c.getMetaData().getURL();
        if (!url.startsWith("jdbc:sqlite:")) {
            return null;
        }
        Path db = Path.of(url.substring("jdbc:sqlite:".length()).replaceFirst("\\?.*$", "")).toAbsolutePath();
        Path dir = db.getParent().resolve("cadangan");
        String name = db.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        Path copy = dir.resolve(name + "-pra-hapus-contoh-" + JakartaTime.fileStamp() + ".db");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new SQLException("Cannot create " + dir, e);
        }
        try (Statement st = c.createStatement()) {
            st.execute("VACUUM INTO '" + copy.toString().replace("'", "''") + "'");
        }
        return copy;
    }
}
