package id.pilar.registry.impl.dtsen;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The reject report: one CSV line per rejected row with its line number, the reason and the raw
 * line (cut at {@link #MAX_RAW} characters, so a 10 MB field does not make a 10 MB report line).
 * Written to a part file and moved into place only when the import commits. The DTSEN import and
 * the person-list import write the same report.
 */
public final class RejectReport implements AutoCloseable {

    static final int MAX_RAW = 2000;

    private final Path target;
    private final Path part;
    private BufferedWriter out;
    private long count;
    private boolean moved;

    public RejectReport(Path target) {
        this.target = target;
        this.part = target.resolveSibling(target.getFileName() + ".part");
    }

    public void add(long line, String reason, String raw) throws IOException {
        if (out == null) {
            out = Files.newBufferedWriter(part, StandardCharsets.UTF_8);
            out.write("baris,alasan,isi_baris\n");
        }
        String shown = raw.length() > MAX_RAW ? raw.substring(0, MAX_RAW) + "…" : raw;
        out.write(Long.toString(line));
        out.write(',');
        out.write(quote(reason));
        out.write(',');
        out.write(quote(shown));
        out.write('\n');
        count++;
    }

    public long count() {
        return count;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    /** Puts the report in place; returns it, or null when nothing was rejected. */
    public Path commit() throws IOException {
        close();
        if (count == 0) {
            Files.deleteIfExists(target);
            return null;
        }
        Path done = Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        moved = true;
        return done;
    }

    /** Cancelled or failed (also after {@link #commit}, when the database's commit failed): no report, as no import happened. */
    public void discard() {
        try {
            close();
            Files.deleteIfExists(part);
            if (moved) {
                Files.deleteIfExists(target);
            }
        } catch (IOException e) {
            // Only a leftover part file; the import itself was rolled back.
        }
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }
}
