package id.pilar.registry.impl.demo;

import id.pilar.core.api.reference.ReferenceData;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.Transactions;
import id.pilar.core.spi.DemoDataContext;
import id.pilar.core.spi.DemoDataContributor;
import id.pilar.registry.impl.RegistrySchema;
import id.pilar.registry.impl.dtsen.DtsenImportImpl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * The registry's demo data: {@code size} people in households across the 44 kelurahan with 2%
 * planted near-duplicates, then a DTSEN extract covering most households imported (a few bad
 * rows included, so the reject report has something to show), and a first duplicate scan.
 */
@ServiceProvider(service = DemoDataContributor.class, position = 100)
@Messages({
    "DEMO_Description=Membuat data penduduk dan keluarga",
    "# {0} - done",
    "# {1} - total",
    "DEMO_People=Penduduk: {0} dari {1}",
    "DEMO_Dtsen=Mengimpor data DTSEN contoh",
    "DEMO_Scan=Memeriksa data ganda"
})
public final class RegistryDemoData implements DemoDataContributor {

    /** Share of people with a planted near-duplicate. */
    public static final double DUPLICATE_RATE = 0.02;

    @Override
    public String moduleId() {
        return RegistrySchema.MODULE_ID;
    }

    @Override
    public String description() {
        return Bundle.DEMO_Description();
    }

    @Override
    public void generate(DemoDataContext ctx) throws Exception {
        Transactions tx = Transactions.get();
        long seed = ctx.randomFor(moduleId()).nextLong();
        var kelurahan = ReferenceData.get().kelurahan();
        int size = ctx.size();
        try {
            new RegistryGenerator(tx, AccessControl.get().currentUser().username()).generate(seed, size, DUPLICATE_RATE, kelurahan,
                    done -> ctx.progress().step(Bundle.DEMO_People(done, size), done, size), ctx::cancelled);
            ctx.progress().step(Bundle.DEMO_Dtsen(), size, size);
            Path csv = Files.createTempFile("pilar-dtsen-contoh", ".csv");
            try {
                DtsenCsvWriter.write(csv, size * 6L / 10, seed, 0.002, kelurahan);
                new DtsenImportImpl(tx).importFile(csv, null, null, null, ctx::cancelled);
            } finally {
                Files.deleteIfExists(csv);
                Files.deleteIfExists(DtsenImportImpl.defaultRejectReport(csv));
            }
            ctx.progress().step(Bundle.DEMO_Scan(), size, size);
            new id.pilar.registry.impl.DuplicateServiceImpl(tx).scan(ctx::cancelled);
        } catch (CancellationException e) {
            // The runner stops at cancellation; what was committed is whole households.
        }
    }
}
