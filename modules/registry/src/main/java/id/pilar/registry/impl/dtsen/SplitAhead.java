package id.pilar.registry.impl.dtsen;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The file split into records on a thread of its own, ahead of the thread that checks them: at
 * the start of an import both are still being compiled while the writer waits for rows, and two
 * threads do that part in about half the time on a two-core PC. Later the writer is the slower
 * one and both wait on full queues.
 */
final class SplitAhead implements AutoCloseable {

    private static final int BATCH = 256;
    private static final Object END = new Object();

    private final CsvRecords records;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(16);
    private final AtomicBoolean stopped = new AtomicBoolean();
    private volatile long charsRead;
    private volatile long splitNanos;
    /** The checking thread's batch and place in it. */
    private List<CsvRecords.Record> current = List.of();
    private int at;
    private boolean ended;

    SplitAhead(CsvRecords records) {
        this.records = records;
        Thread t = new Thread(this::run, "DTSEN splitter");
        t.setDaemon(true);
        t.start();
    }

    private void run() {
        try {
            List<CsvRecords.Record> batch = new ArrayList<>(BATCH);
            long spent = 0;
            long t0 = System.nanoTime();
            for (CsvRecords.Record r; !stopped.get() && (r = records.next()) != null; ) {
                batch.add(r);
                if (batch.size() == BATCH) {
                    charsRead = records.charsRead();
                    spent += System.nanoTime() - t0;
                    put(batch);
                    batch = new ArrayList<>(BATCH);
                    t0 = System.nanoTime(); // a wait for the checking thread is no splitting
                }
            }
            splitNanos = spent + System.nanoTime() - t0;
            charsRead = records.charsRead();
            if (!batch.isEmpty()) {
                put(batch);
            }
            put(END);
        } catch (IOException | RuntimeException e) {
            try {
                put(e);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void put(Object o) throws InterruptedException {
        Handover.put(queue, stopped, o);
    }

    /** The next record, null at the end of the file or once closed; a failure of the splitting thread is thrown here. */
    @SuppressWarnings("unchecked")
    CsvRecords.Record next() throws IOException, InterruptedException {
        if (at < current.size()) {
            return current.get(at++);
        }
        if (ended) {
            return null;
        }
        Object o;
        while ((o = queue.poll(100, TimeUnit.MILLISECONDS)) == null) {
            if (stopped.get()) {
                return null; // closed (cancelled, or the writer failed): the splitting thread sends nothing more
            }
        }
        if (o == END) {
            ended = true;
            return null;
        }
        if (o instanceof IOException e) {
            throw e;
        }
        if (o instanceof RuntimeException e) {
            throw e;
        }
        current = (List<CsvRecords.Record>) o;
        at = 0;
        return current.get(at++);
    }

    /** Characters split so far (for progress). */
    long charsRead() {
        return charsRead;
    }

    /** The splitting thread's own time, without its waits; valid after the end. */
    long splitNanos() {
        return splitNanos;
    }

    @Override
    public void close() {
        stopped.set(true);
        queue.clear();
    }
}
