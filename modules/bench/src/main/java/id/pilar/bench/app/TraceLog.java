package id.pilar.bench.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application's {@code PILAR-TRACE} marks (written with {@code -J-Dpilar.trace=true}, see
 * {@code id.pilar.ui.api.UiTrace}), read from its {@code messages.log} while it runs.
 */
final class TraceLog {

    private static final Pattern MARK = Pattern.compile("PILAR-TRACE event=(\\S+) key-ms=(-?[0-9.]+)");

    record Mark(String event, double keyMs) {
    }

    private final Path log;

    TraceLog(Path home) {
        this.log = home.resolve(".pilar/dev/var/log/messages.log");
    }

    List<Mark> marks() throws Exception {
        List<Mark> out = new ArrayList<>();
        if (!Files.exists(log)) {
            return out;
        }
        Matcher m = MARK.matcher(Files.readString(log));
        while (m.find()) {
            out.add(new Mark(m.group(1), Double.parseDouble(m.group(2))));
        }
        return out;
    }

    long count(String event) throws Exception {
        return marks().stream().filter(m -> m.event.equals(event)).count();
    }

    /** Waits until {@code event} has been marked more than {@code seen} times; returns the newest such mark. */
    Mark awaitNext(String event, long seen, long timeoutMs) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < deadline) {
            List<Mark> all = marks().stream().filter(m -> m.event.equals(event)).toList();
            if (all.size() > seen) {
                return all.get(all.size() - 1);
            }
            Thread.sleep(25); // gentle: the application shares two cores with this loop
        }
        throw new IllegalStateException("no '" + event + "' mark within " + timeoutMs + " ms (" + log + ")");
    }
}
