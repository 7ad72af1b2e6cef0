package id.pilar.core.impl.demo;

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

/**
 * Runs every module's demo-data contributor, in Lookup position order, once per database.
 * The database remembers that demo data was loaded ({@code pilar_meta.demo_data}), so the
 * first-run offer and {@code --demo-data} never load it twice by accident.
 */
public final class DemoDataRunner {

    static final String META_KEY = "demo_data";
    private static final Logger LOG = Logger.getLogger(DemoDataRunner.class.getName());

    /** What happened. */
    public record Result(boolean loaded, int contributors, String message) {
    }

    private final Supplier<Collection<? extends DemoDataContributor>> contributors;
    private final Transactions tx;

    public DemoDataRunner() {
        this(() -> Lookup.getDefault().lookupAll(DemoDataContributor.class), Transactions.get());
    }

    public DemoDataRunner(Supplier<Collection<? extends DemoDataContributor>> contributors, Transactions tx) {
        this.contributors = contributors;
        this.tx = tx;
    }

    /** When demo data was loaded into the open database, or null. */
    public String loadedAt() {
        return tx.read(s -> {
            MetaEntry e = s.find(MetaEntry.class, META_KEY);
            return e == null ? null : e.value();
        });
    }

    /**
     * @param force load even when the database says demo data is already there
     */
    public Result run(int size, long seed, DemoDataContext.Progress progress, boolean force) throws Exception {
        String at = loadedAt();
        if (at != null && !force) {
            return new Result(false, 0, "Data contoh sudah dimuat sebelumnya (" + at + "); tidak dimuat ulang.");
        }
        List<? extends DemoDataContributor> list = List.copyOf(contributors.get());
        if (list.isEmpty()) {
            return new Result(false, 0, "Tidak ada modul yang menyediakan data contoh.");
        }
        DemoDataContext ctx = new DemoDataContext(seed, size, progress);
        int done = 0;
        for (DemoDataContributor c : list) {
            if (progress.cancelled()) {
                return new Result(false, done, "Pembuatan data contoh dibatalkan setelah " + done + " modul.");
            }
            progress.step(c.description(), done, list.size());
            LOG.info("Demo data: " + c.moduleId());
            c.generate(ctx);
            done++;
        }
        String stamp = Instant.now().toString() + " ukuran=" + size;
        tx.run(s -> {
            MetaEntry e = s.find(MetaEntry.class, META_KEY);
            if (e == null) {
                s.persist(new MetaEntry(META_KEY, stamp));
            } else {
                e.setValue(stamp);
            }
        });
        progress.step("Selesai", list.size(), list.size());
        return new Result(true, done, "Data contoh dimuat: " + size + " orang, " + done + " modul.");
    }
}
