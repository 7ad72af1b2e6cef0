package id.pilar.registry.impl.dtsen;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where a DTSEN import's time went, in nanoseconds per phase, for the benchmark and the FINE
 * log. The splitting thread reads lines and splits them into fields ({@link #parse}), the
 * checking thread checks and converts them ({@link #validate}); the writing thread inserts
 * ({@link #insert}, its waits for the rows apart in {@link #waitForReader}), builds the indexes
 * dropped for a bulk load and stores the atlas's household count ({@link #indexes}), writes the
 * import's counts ({@link #bookkeeping}) and commits ({@link #commit}, with SQLite's checkpoint
 * of the WAL into the database file). The threads overlap, so parse + validate is not part of
 * the wall time; {@link #total} is.
 */
public final class ImportPhases {

    volatile long parse;
    volatile long validate;
    long waitForReader;
    long insert;
    long indexes;
    long bookkeeping;
    long commit;
    long total;
    long start;
    long permission;
    long file;
    long call;
    long rows;

    public long parseNanos() {
        return parse;
    }

    public long validateNanos() {
        return validate;
    }

    public long waitForReaderNanos() {
        return waitForReader;
    }

    public long insertNanos() {
        return insert;
    }

    public long indexNanos() {
        return indexes;
    }

    public long bookkeepingNanos() {
        return bookkeeping;
    }

    public long commitNanos() {
        return commit;
    }

    /** Wall time of the import, from the call to the commit's end. */
    public long totalNanos() {
        return total;
    }

    /** From the call to the writer's first statement (permission, file format, header, reading thread, connection). */
    public long startNanos() {
        return start;
    }

    /** The whole call, to its return (the commit's end plus closing the file). */
    public long callNanos() {
        return call;
    }

    /** Rows handed to the writer. */
    public long rows() {
        return rows;
    }

    /** The writer's phases one after another; with the reader's wait they add up to about the total. */
    public long writerNanos() {
        return waitForReader + insert + indexes + bookkeeping + commit;
    }

    /** Phase name to seconds, in the order they happen. */
    public Map<String, Double> seconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("permission", permission / 1e9);
        out.put("open_file", file / 1e9);
        out.put("start", start / 1e9);
        out.put("parse", parse / 1e9);
        out.put("validate", validate / 1e9);
        out.put("wait_for_reader", waitForReader / 1e9);
        out.put("insert", insert / 1e9);
        out.put("index_build", indexes / 1e9);
        out.put("bookkeeping", bookkeeping / 1e9);
        out.put("commit", commit / 1e9);
        out.put("total", total / 1e9);
        out.put("call", call / 1e9);
        return out;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        seconds().forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(' ')
                .append(String.format(Locale.ROOT, "%.3f s", v)));
        return b.toString();
    }
}
