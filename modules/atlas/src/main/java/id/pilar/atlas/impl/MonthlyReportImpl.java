package id.pilar.atlas.impl;

import id.pilar.atlas.api.AtlasException;
import id.pilar.atlas.api.AtlasPermissions;
import id.pilar.atlas.api.MonthlyReport;
import id.pilar.atlas.api.VulnerabilityIndex;
import id.pilar.core.api.reference.KategoriKesos;
import id.pilar.core.api.reference.Kelurahan;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.api.time.JakartaTime;
import id.pilar.core.persistence.Transactions;
import id.pilar.core.spi.area.AreaPeriod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/** Counts the month once, then writes the same tables as XLSX and PDF. */
@Messages({
    "TTL_Report=Rekap Bulanan Kesejahteraan Sosial Kota Administrasi Jakarta Pusat",
    "# {0} - month and year", "# {1} - first day", "# {2} - last day", "# {3} - date made",
    "TTL_Subtitle={0} ({1} s.d. {2}), dibuat {3}",
    "# {0} - folder", "ERR_Folder=Folder \"{0}\" tidak ada atau tidak dapat ditulisi.",
    "# {0} - file", "ERR_Write=Rekap bulanan tidak dapat ditulis ke \"{0}\"."
})
@ServiceProvider(service = MonthlyReport.class)
public final class MonthlyReportImpl implements MonthlyReport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final Transactions tx;
    private final AreaSources sources;

    public MonthlyReportImpl() {
        this(Transactions.get(), new AreaSources());
    }

    MonthlyReportImpl(Transactions tx, AreaSources sources) {
        this.tx = tx;
        this.sources = sources;
    }

    @Override
    public Written write(YearMonth month, Path folder, BooleanSupplier cancelled) {
        AccessControl.get().require(AtlasPermissions.REPORT);
        if (!Files.isDirectory(folder) || !Files.isWritable(folder)) {
            throw new AtlasException("ERR_Folder", Bundle.ERR_Folder(folder), folder);
        }
        List<ReportTable> tables = tables(month);
        if (cancelled.getAsBoolean()) {
            return null;
        }
        AreaPeriod period = AreaPeriod.monthOf(month.atDay(1));
        String monthName = month.atDay(1).format(DateTimeFormatter.ofPattern("MMMM uuuu", Locale.getDefault()));
        String subtitle = Bundle.TTL_Subtitle(monthName, DAY.format(period.from()), DAY.format(period.asOf()),
                DAY.format(JakartaTime.today()));
        Path xlsx = folder.resolve(MonthlyReport.baseName(month) + ".xlsx");
        Path pdf = folder.resolve(MonthlyReport.baseName(month) + ".pdf");
        try {
            ReportFiles.xlsx(Bundle.TTL_Report(), subtitle, tables, xlsx);
            if (cancelled.getAsBoolean()) {
                Files.deleteIfExists(xlsx);
                return null;
            }
            ReportFiles.pdf(Bundle.TTL_Report(), subtitle, tables, pdf);
        } catch (IOException e) {
            throw new AtlasException("ERR_Write", Bundle.ERR_Write(folder), e, folder);
        }
        return new Written(xlsx, pdf);
    }

    /** The report's tables for {@code month}: counts of the month, index on its last day. */
    List<ReportTable> tables(YearMonth month) {
        AccessControl.get().require(AtlasPermissions.REPORT);
        AreaPeriod period = AreaPeriod.monthOf(month.atDay(1));
        ReferenceData ref = ReferenceData.get();
        List<Kelurahan> kelurahan = ref.kelurahan();
        AreaSources.Figures figures = sources.figures(period);
        VulnerabilityIndex index = new AtlasServiceImpl(tx, sources).index(period.asOf());
        List<KategoriKesos> kategori = new ArrayList<>(ref.kategori(KategoriKesos.PPKS, true));
        kategori.addAll(ref.kategori(KategoriKesos.JALANAN, true));
        return MonthlyTables.build(figures.indicators(), figures.figures(), ref.kecamatan(), kelurahan,
                new AtlasTables(tx).population(kelurahan), index, kategori);
    }
}
