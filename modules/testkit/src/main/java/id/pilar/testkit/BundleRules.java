package id.pilar.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Every user-visible text exists in Indonesian (the default {@code Bundle.properties}, mostly
 * generated from {@code @Messages}) and in English ({@code Bundle_en.properties}), with the same
 * keys and no empty values.
 */
public final class BundleRules {

    private BundleRules() {
    }

    /** Problems found under a module's {@code target/classes}; empty when complete. */
    public static List<String> problems(Path classes) {
        List<String> out = new ArrayList<>();
        int bundles = 0;
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (!p.getFileName().toString().equals("Bundle.properties")) {
                    continue;
                }
                bundles++;
                Path en = p.resolveSibling("Bundle_en.properties");
                Properties id = load(p);
                if (!Files.exists(en)) {
                    out.add(classes.relativize(p) + ": no Bundle_en.properties beside it");
                    continue;
                }
                Properties eng = load(en);
                Set<String> missing = new TreeSet<>(id.stringPropertyNames());
                missing.removeAll(eng.stringPropertyNames());
                Set<String> extra = new TreeSet<>(eng.stringPropertyNames());
                extra.removeAll(id.stringPropertyNames());
                if (!missing.isEmpty()) {
                    out.add(classes.relativize(en) + ": missing " + missing);
                }
                if (!extra.isEmpty()) {
                    out.add(classes.relativize(en) + ": keys not in the Indonesian bundle " + extra);
                }
                for (String k : id.stringPropertyNames()) {
                    if (id.getProperty(k).isBlank()) {
                        out.add(classes.relativize(p) + ": empty text for " + k);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bundles == 0) {
            out.add("no Bundle.properties under " + classes + ": nothing was checked");
        }
        return out;
    }

    /** Fails with the list of problems. */
    public static void assertComplete(Path classes) {
        List<String> p = problems(classes);
        if (!p.isEmpty()) {
            throw new AssertionError("Bundles incomplete:\n  " + String.join("\n  ", p));
        }
    }

    private static Properties load(Path p) {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(p)) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return props;
    }
}
