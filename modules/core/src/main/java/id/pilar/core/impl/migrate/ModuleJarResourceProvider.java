package id.pilar.core.impl.migrate;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Lists a module's migration scripts by reading its own jar (or classes folder under tests).
 *
 * <p>Why: inside NetBeans a module class loader answers nothing for a directory listing, so
 * Flyway's classpath scanner silently finds zero migrations (PLATFORM-NOTES #8). We locate the
 * jar through a class of the module (the anchor) and enumerate its entries ourselves. Script text
 * is read eagerly: the scripts are small and this avoids holding jar handles open.
 */
public final class ModuleJarResourceProvider implements ResourceProvider {

    private final List<MigrationScript> scripts;

    /**
     * @param anchor    any class of the module that owns the scripts
     * @param locations folders to list (the module's common folder and its per-vendor folder)
     */
    public ModuleJarResourceProvider(Class<?> anchor, List<String> locations) {
        List<MigrationScript> all = new ArrayList<>();
        for (String location : locations) {
            all.addAll(listScripts(anchor, normalise(location)));
        }
        all.sort((a, b) -> a.fileName().compareTo(b.fileName()));
        this.scripts = List.copyOf(all);
    }

    private ModuleJarResourceProvider(List<MigrationScript> scripts) {
        this.scripts = List.copyOf(scripts);
    }

    /** These scripts, each replaced by the one of the same file name in {@code overlay} when there is one. */
    public ModuleJarResourceProvider overlaidBy(ModuleJarResourceProvider overlay) {
        List<MigrationScript> out = new ArrayList<>();
        for (MigrationScript s : scripts) {
            MigrationScript replacement = s;
            for (MigrationScript o : overlay.scripts) {
                if (o.fileName().equals(s.fileName())) {
                    replacement = o;
                }
            }
            out.add(replacement);
        }
        return new ModuleJarResourceProvider(out);
    }

    /** The scripts found, sorted by file name; exposed for reports and tests. */
    public List<MigrationScript> scripts() {
        return scripts;
    }

    @Override
    public LoadableResource getResource(String name) {
        for (MigrationScript s : scripts) {
            if (s.relativePath().equals(name) || s.fileName().equals(name)) {
                return s;
            }
        }
        return null;
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        List<LoadableResource> out = new ArrayList<>();
        for (MigrationScript s : scripts) {
            if (!s.fileName().startsWith(prefix)) {
                continue;
            }
            for (String suffix : suffixes) {
                if (s.fileName().endsWith(suffix)) {
                    out.add(s);
                    break;
                }
            }
        }
        return out;
    }

    private static String normalise(String location) {
        String l = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
        while (l.startsWith("/")) {
            l = l.substring(1);
        }
        return l.endsWith("/") ? l : l + "/";
    }

    static List<MigrationScript> listScripts(Class<?> anchor, String folder) {
        String classFile = anchor.getName().replace('.', '/') + ".class";
        URL url = anchor.getClassLoader().getResource(classFile);
        if (url == null) {
            url = anchor.getResource("/" + classFile);
        }
        if (url == null) {
            throw new IllegalStateException("Cannot locate the jar of " + anchor.getName());
        }
        String text = url.toString();
        List<MigrationScript> found = new ArrayList<>();
        try {
            if (text.startsWith("jar:")) {
                String jarPart = text.substring(4, text.indexOf("!/"));
                Path jar = Paths.get(URI.create(jarPart));
                try (JarFile jf = new JarFile(jar.toFile())) {
                    Enumeration<JarEntry> en = jf.entries();
                    while (en.hasMoreElements()) {
                        JarEntry e = en.nextElement();
                        String name = e.getName();
                        if (!e.isDirectory() && name.startsWith(folder) && name.indexOf('/', folder.length()) < 0) {
                            try (InputStream in = jf.getInputStream(e)) {
                                found.add(new MigrationScript(name, folder, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                            }
                        }
                    }
                }
            } else if (text.startsWith("file:")) {
                Path classPath = Paths.get(url.toURI());
                Path root = classPath;
                for (int i = 0; i < anchor.getName().split("\\.").length; i++) {
                    root = root.getParent();
                }
                Path dir = root.resolve(folder);
                if (Files.isDirectory(dir)) {
                    try (Stream<Path> files = Files.list(dir)) {
                        for (Path p : (Iterable<Path>) files::iterator) {
                            if (Files.isRegularFile(p)) {
                                found.add(new MigrationScript(folder + p.getFileName(), folder, Files.readString(p, StandardCharsets.UTF_8)));
                            }
                        }
                    }
                }
            } else {
                throw new IllegalStateException("Unsupported module location " + text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        found.sort((a, b) -> a.fileName().compareTo(b.fileName()));
        return found;
    }

    /** One SQL script held in memory. */
    public static final class MigrationScript extends LoadableResource {
        private final String path;
        private final String folder;
        private final String sql;

        MigrationScript(String path, String folder, String sql) {
            this.path = path;
            this.folder = folder;
            this.sql = sql;
        }

        public String fileName() {
            return path.substring(path.lastIndexOf('/') + 1);
        }

        public String relativePath() {
            return path.substring(folder.length());
        }

        public String sql() {
            return sql;
        }

        @Override
        public Reader read() {
            return new StringReader(sql);
        }

        @Override
        public String getAbsolutePath() {
            return path;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return path;
        }

        @Override
        public String getFilename() {
            return fileName();
        }

        @Override
        public String getRelativePath() {
            return relativePath();
        }
    }

}
