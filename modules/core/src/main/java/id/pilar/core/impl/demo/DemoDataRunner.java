package id.pilar.core.impl.demo;

import id.pilar.core.api.demo.DemoData;
import id.pilar.core.impl.db.MetaEntry;
import id.pilar.core.persistence.Transactions;
import id.pilar.core.spi.DemoDataContext;
import id.pilar.core.spi.DemoDataContributor;
import java.time.Instant;
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
    private static final Logger LOG = Logger.getLogger(DemoDataRunner.class.getName());

    private final Supplier<Collection<? extends DemoDataContributor>> contributors;
    private final Transactions tx;

    public DemoDataRunner() {
        this(() -> Lookup.getDefault().lookupAll(DemoDataContributor.class), null);
    }

    public DemoDataRunner(Supplier<Collection<? extends DemoDataContributor>> contributors, Transactions tx) {
        this.contributors = contributors;
        this.tx = tx;
    }

    private Transactions tx() {
        return tx != null ? tx : Transactions.get();
    }

    @Override
    public String loadedAt() {
        return tx().read(s -> {
            MetaEntry e = s.find(MetaEntry.class, META_KEY);
            return e == null ? null : e.value();
        });
    }

    @Override
    public Result run(int size, long seed, DemoDataContext.Progress progress, boolean force) throws Exception {
        String at = loadedAt();
        if (at != null && !force) {
            return new Result(false, 0, Bundle.MSG_DemoAlreadyLoaded(at));
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
        String stamp = Instant.now().toString() + " ukuran=" + size;
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
}
