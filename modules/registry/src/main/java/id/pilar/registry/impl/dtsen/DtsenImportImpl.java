package id.pilar.registry.impl.dtsen;

import id.pilar.registry.api.RegistryException;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.InstantText;
import id.pilar.core.persistence.Transactions;
import id.pilar.core.persistence.Uuids;
import id.pilar.registry.api.DtsenField;
import id.pilar.registry.api.DtsenFilePreview;
import id.pilar.registry.api.DtsenImport;
import id.pilar.registry.api.DtsenImportResult;
import id.pilar.registry.api.RegistryPermissions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.openide.util.lookup.ServiceProvider;

/**
 * The DTSEN import. Three threads share the work on a 2-core PC: one reads and splits the file
 * ({@link SplitAhead}), one checks the records (rejects go straight to the report), the caller's
 * writes accepted rows in batches, all in one transaction — so cancel, an error or a crash leaves
 * the database as it was.
 */
@ServiceProvider(service = DtsenImport.class)
public final class DtsenImportImpl implements DtsenImport {

    private static final int PREVIEW_ROWS = 10;
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(DtsenImportImpl.class.getName());
    /** SQLite page cache while importing (KiB, negative as SQLite wants): b-tree inserts and index builds stay in memory. */
    private static final int IMPORT_CACHE_KIB = 256 * 1024;

    private final Transactions tx;
    /** The background checkpoint of the last import, for tests to wait for. */
    private volatile org.openide.util.RequestProcessor.Task checkpoint;

    public DtsenImportImpl() {
        this(Transactions.get());
    }

    public DtsenImportImpl(Transactions tx) {
        this.tx = tx;
    }

    /** Waits for the WAL checkpoint the last import left for after its commit (tests). */
    void awaitCheckpoint() {
        org.openide.util.RequestProcessor.Task t = checkpoint;
        if (t != null) {
            t.waitFinished();
        }
    }

    @Override
    public DtsenFilePreview preview(Path csv) throws IOException {
        AccessControl.get().require(RegistryPermissions.DTSEN_IMPORT);
        CsvFormat format = CsvFormat.detect(csv);
        try (BufferedReader in = reader(csv, format)) {
            CsvRecords records = new CsvRecords(in, format.delimiter());
            CsvRecords.Record header = records.next();
            List<String> names = header == null || header.fields().isEmpty() ? List.of() : header.fields();
            Map<DtsenField, Integer> mapping = HeaderMapping.detect(names);
            List<List<String>> sample = new ArrayList<>();
            for (int i = 0; i < PREVIEW_ROWS; i++) {
                CsvRecords.Record r = records.next();
                if (r == null) {
                    break;
                }
                sample.add(r.fields());
            }
            return new DtsenFilePreview(csv, format.delimiter(), format.charset().name(), format.bom(), names, mapping, sample,
                    HeaderMapping.problem(mapping, names));
        }
    }

    private static BufferedReader reader(Path csv, CsvFormat format) throws IOException {
        var in = Files.newInputStream(csv);
        if (format.bom()) {
            in.skipNBytes(3);
        }
        return new BufferedReader(new InputStreamReader(in, format.charset()), 1 << 16);
    }

    /** Where the reject report goes by default: {@code <csv>.rejects.csv} beside the input. */
    public static Path defaultRejectReport(Path csv) {
        return csv.resolveSibling(csv.getFileName() + ".rejects.csv");
    }

    @Override
    public DtsenImportResult importFile(Path csv, Map<DtsenField, Integer> mapping, Path rejectReport, LongConsumer bytesRead,
            BooleanSupplier cancelled) throws IOException {
        ImportPhases phases = new ImportPhases();
        DtsenImportResult r = importFile(csv, mapping, rejectReport, bytesRead, cancelled, phases);
        LOG.log(java.util.logging.Level.FINE, "DTSEN import: {0}", phases);
        return r;
    }

    /** The import, telling {@code phases} where its time went. */
    public DtsenImportResult importFile(Path csv, Map<DtsenField, Integer> mapping, Path rejectReport, LongConsumer bytesRead,
            BooleanSupplier cancelled, ImportPhases phases) throws IOException {
        long tStart = System.nanoTime();
        AccessControl.get().require(RegistryPermissions.DTSEN_IMPORT);
        phases.permission = System.nanoTime() - tStart;
        CsvFormat format = CsvFormat.detect(csv);
        BufferedReader in = reader(csv, format);
        CsvRecords records = new CsvRecords(in, format.delimiter());
        CsvRecords.Record header = records.next();
        List<String> names = header == null ? List.of() : header.fields();
        Map<DtsenField, Integer> map = mapping == null ? HeaderMapping.detect(names) : mapping;
        String problem = HeaderMapping.problem(map, names);
        if (problem != null) {
            in.close();
            throw new RegistryException("ERR_NoUsableColumns", problem);
        }
        Path reportPath = rejectReport == null ? defaultRejectReport(csv) : rejectReport;
        RejectReport report = new RejectReport(reportPath);
        DtsenRowParser parser = new DtsenRowParser(map, names.size(), id.pilar.core.api.time.JakartaTime.today());
        String importId = Uuids.newId();
        Reading reading = new Reading(new SplitAhead(records), parser, report, bytesRead, phases);
        Thread reader = new Thread(reading, "DTSEN checker");
        reader.setDaemon(true);
        reader.start();
        phases.file = System.nanoTime() - tStart - phases.permission;
        try {
            long[] written = new long[1];
            Path[] reportFile = new Path[1];
            boolean[] checkpointLeft = new boolean[1];
            long[] counts = tx.jdbc(c -> {
                phases.start = System.nanoTime() - tStart;
                long[] n = write(c, importId, csv, reading, cancelled, phases, report, reportFile);
                written[0] = System.nanoTime();
                // The import's one commit, here rather than on return: SQLite's checkpoint of
                // the whole import would otherwise run inside it (see WalCheckpoint). Nothing
                // follows in this transaction, so committing here is committing on return.
                checkpointLeft[0] = WalCheckpoint.commitWithoutCheckpoint(c);
                return n;
            });
            long committed = System.nanoTime();
            if (checkpointLeft[0]) {
                checkpoint = WalCheckpoint.later(tx);
            }
            phases.commit = committed - written[0];
            phases.total = committed - tStart;
            return new DtsenImportResult(importId, counts[0], counts[1], report.count(), reportFile[0], false);
        } catch (CancellationException e) {
            report.discard();
            return new DtsenImportResult(null, 0, 0, 0, null, true);
        } catch (RuntimeException e) {
            report.discard();
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        } finally {
            reading.stop();
            in.close();
            phases.call = System.nanoTime() - tStart;
        }
    }

    /**
     * The writer's side of the transaction. Last of all, still inside it, the reject report is
     * moved into place and its name written with the counts: one commit (one sync of the WAL)
     * makes the import and its report's name durable together. A commit that fails after the
     * move removes the report again ({@link RejectReport#discard}).
     */
    private static long[] write(Connection c, String importId, Path csv, Reading reading, BooleanSupplier cancelled,
            ImportPhases phases, RejectReport report, Path[] reportFile) throws SQLException {
        long before = DtsenWriter.count(c);
        long importNumber = insertImportRecord(c, importId, csv);
        boolean bulk = before == 0;
        long t0 = System.nanoTime();
        Integer cacheBefore = SqliteTuning.enlargeCache(c, IMPORT_CACHE_KIB);
        SecondaryIndexes indexes = bulk ? SecondaryIndexes.drop(c, "dtsen_person") : null;
        long accepted = 0;
        boolean plainInsert = bulk && SqliteTuning.isSqlite(c);
        long updatedInPlace;
        long waitedForReader = 0;
        try (DtsenWriter writer = new DtsenWriter(c, importNumber, plainInsert)) {
            while (true) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException();
                }
                long tTake = System.nanoTime();
                List<DtsenRow> batch = reading.take();
                waitedForReader += System.nanoTime() - tTake;
                if (batch.isEmpty()) {
                    break;
                }
                writer.write(batch);
                accepted += batch.size();
            }
            updatedInPlace = writer.updatedInPlace();
        }
        long t1 = System.nanoTime();
        if (indexes != null) {
            indexes.create(c);
        }
        // The plain-insert path knows its updates; an upsert cannot tell, so count the table again.
        long imported = plainInsert ? accepted - updatedInPlace : DtsenWriter.count(c) - before;
        long updated = accepted - imported;
        if (bulk && updated == 0) {
            PoorHouseholds.write(c, reading.poorHouseholds()); // every row new and once: the reader's count is the table's
        } else {
            PoorHouseholds.recount(c);
        }
        long t2 = System.nanoTime();
        SqliteTuning.restoreCache(c, cacheBefore);
        phases.waitForReader = waitedForReader;
        phases.insert = t1 - t0 - waitedForReader;
        phases.indexes = t2 - t1;
        phases.rows = accepted;
        try {
            reportFile[0] = report.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE dtsen_impor SET jumlah_baru = ?, jumlah_ubah = ?, jumlah_tolak = ?, file_tolak = ? WHERE id = ?")) {
            ps.setLong(1, imported);
            ps.setLong(2, updated);
            ps.setLong(3, reading.rejected());
            ps.setString(4, reportFile[0] == null ? null : reportFile[0].toString());
            ps.setString(5, importId);
            ps.executeUpdate();
        }
        phases.bookkeeping = System.nanoTime() - t2;
        return new long[] {imported, updated};
    }

    /**
     * The import's own row; returns its number, which the DTSEN rows carry instead of the id
     * (a few bytes per row instead of 36). Numbers count up; the import is the only writer of
     * this table and runs in one transaction.
     */
    private static long insertImportRecord(Connection c, String importId, Path csv) throws SQLException {
        String now = InstantText.format(Instant.now());
        String who = AccessControl.get().currentUser().username();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO dtsen_impor (id, nomor, version, created_at, created_by,"
                + " updated_at, updated_by, nama_file, tanggal, jumlah_baru, jumlah_ubah, jumlah_tolak)"
                + " VALUES (?, (SELECT coalesce(max(nomor), 0) + 1 FROM dtsen_impor), 0, ?, ?, ?, ?, ?, ?, 0, 0, 0)")) {
            ps.setString(1, importId);
            ps.setString(2, now);
            ps.setString(3, who);
            ps.setString(4, now);
            ps.setString(5, who);
            ps.setString(6, csv.getFileName().toString());
            ps.setString(7, id.pilar.core.api.time.JakartaTime.today().toString());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT nomor FROM dtsen_impor WHERE id = ?")) {
            ps.setString(1, importId);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The checking thread: checks the split records, hands batches of accepted rows to the writer. */
    private static final class Reading implements Runnable {

        private static final List<DtsenRow> END = List.of();

        private final SplitAhead records;
        private final DtsenRowParser parser;
        private final RejectReport report;
        private final LongConsumer progress;
        /** Batches in flight: enough to keep the writer busy, small enough for the application's heap (about 8,000 rows). */
        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(32);
        private final AtomicBoolean stopped = new AtomicBoolean();
        private volatile long rejected;

        private final ImportPhases phases;
        private final PoorHouseholds poor = new PoorHouseholds();
        /** The checking thread's own state between rows (see {@link #step}). */
        private List<DtsenRow> batch = new ArrayList<>(DtsenWriter.ROWS);
        private long lastReport;
        private long validateNanos;
        /** The reader's count of {@link #poor}, set before the end of the rows is handed over. */
        private Map<String, Long> poorCounts;

        Reading(SplitAhead records, DtsenRowParser parser, RejectReport report, LongConsumer progress, ImportPhases phases) {
            this.phases = phases;
            this.records = records;
            this.parser = parser;
            this.report = report;
            this.progress = progress == null ? x -> { } : progress;
        }

        @Override
        public void run() {
            try {
                while (!stopped.get() && step()) {
                    // one row per call
                }
                phases.parse = records.splitNanos();
                phases.validate = validateNanos;
                if (!batch.isEmpty()) {
                    put(batch);
                }
                progress.accept(records.charsRead());
                poorCounts = poor.counts(); // here, while the writer still inserts; the queue hands it over
                put(END);
            } catch (IOException e) {
                offer(e);
            } catch (RuntimeException e) {
                offer(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void put(Object o) throws InterruptedException {
            Handover.put(queue, stopped, o);
        }

        private void offer(Exception e) {
            try {
                put(e);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
        }

        /** The next batch; empty at the end. Failures of the splitting and checking threads surface here. */
        @SuppressWarnings("unchecked")
        List<DtsenRow> take() {
            try {
                Object o = queue.take();
                if (o instanceof IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (o instanceof RuntimeException e) {
                    throw e;
                }
                return (List<DtsenRow>) o;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException();
            }
        }

        /**
         * One row: checked, handed on in batches. Its own method, not the body of the loop
         * in {@link #run}: that loop is one call that lasts the whole file, so the JIT could only
         * replace it on the stack after tens of thousands of rows (most of a 100,000-row import
         * ran in the interpreter); a method called per row is compiled after a few hundred.
         * Returns false at the end of the file.
         */
        private boolean step() throws IOException, InterruptedException {
            CsvRecords.Record r = records.next();
            if (r == null) {
                return false;
            }
            long t1 = System.nanoTime();
            DtsenRowParser.Parsed p = parser.parse(r);
            validateNanos += System.nanoTime() - t1;
            DtsenRow row = p.row();
            if (row != null) {
                batch.add(row);
                poor.add(row);
                if (batch.size() == DtsenWriter.ROWS) {
                    put(batch);
                    batch = new ArrayList<>(DtsenWriter.ROWS);
                }
            } else {
                report.add(r.line(), p.reason(), r.raw());
                rejected++;
            }
            if (records.charsRead() - lastReport > (1 << 20)) {
                lastReport = records.charsRead();
                progress.accept(lastReport);
            }
            return true;
        }

        long rejected() {
            return rejected;
        }

        /** Households with a decile 1-4 per kelurahan among the accepted rows; valid once {@link #take} gave the end. */
        Map<String, Long> poorHouseholds() {
            return poorCounts;
        }

        void stop() {
            stopped.set(true);
            records.close();
            queue.clear();
        }
    }
}
