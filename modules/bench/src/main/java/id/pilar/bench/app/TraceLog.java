package id.pilar.bench.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    /** The newest {@code event} mark when there are more than {@code seen}, without waiting. */
    Optional<Mark> next(String event, long seen) throws Exception {
        List<Mark> all = marks().stream().filter(m -> m.event.equals(event)).toList();
        return all.size() > seen ? Optional.of(all.get(all.size() - 1)) : Optional.empty();
    }

    /** The log's last {@code lines} lines, for a failure's message. */
    String tail(int lines) throws Exception {
        if (!Files.exists(log)) {
            return "(no " + log + ")";
        }
        // Decoded leniently: a failure message must not fail on a stray byte.
        List<String> all = new String(Files.readAllBytes(log), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /** Waits until {@code event} has been marked more than {@code seen} times; returns the newest such mark. */
    Mark awaitNext(String event, long seen, long timeoutMs) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < deadline) {
            Optional<Mark> m = next(event, seen);
            if (m.isPresent()) {
                return m.get();
            }
            Thread.sleep(25); // gentle: the application shares two cores with this loop
        }
        throw new IllegalStateException("no '" + event + "' mark within " + timeoutMs + " ms (" + log + ")");
    }
}
