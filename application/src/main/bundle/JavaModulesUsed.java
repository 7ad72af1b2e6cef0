import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Prints, comma-separated, the Java platform modules whose packages the class files in the jars
 * under the given folder refer to: the root set for {@code jlink --add-modules} (jlink adds what
 * those modules require). Run with the JDK that links: {@code java JavaModulesUsed.java DIR}.
 *
 * <p>It answers the question {@code jdeps --print-module-deps --ignore-missing-deps} answers, by
 * reading every class's constant pool (class references and type descriptors) and mapping each
 * package to the system module that holds it, in seconds instead of minutes for the 200 jars of
 * the application, and without jdeps' refusal of modular jars whose required modules are not
 * shipped (NetBeans puts every jar on a class path, so module-info does not matter here). It errs
 * on the side of including: every class, of every multi-release version, counts. `make-bundles
 * --jdeps` prints jdeps' own answer for comparison.
 */
public final class JavaModulesUsed {

    public static void main(String[] args) throws IOException {
        Map<String, String> moduleOfPackage = new HashMap<>();
        for (ModuleReference m : ModuleFinder.ofSystem().findAll()) {
            for (String p : m.descriptor().packages()) {
                moduleOfPackage.put(p.replace('.', '/'), m.descriptor().name());
            }
        }
        List<Path> jars;
        try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
            jars = s.filter(p -> p.toString().endsWith(".jar")).collect(Collectors.toList());
        }
        Set<String> used = ConcurrentHashMap.newKeySet();
        jars.parallelStream().forEach(jar -> scanJar(jar, moduleOfPackage, used));
        used.add("java.base");
        System.out.println(String.join(",", new TreeSet<>(used)));
    }

    private static void scanJar(Path jar, Map<String, String> moduleOfPackage, Set<String> used) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().endsWith(".class") && !e.getName().endsWith("module-info.class")) {
                    try (InputStream in = zip.getInputStream(e)) {
                        scanClass(new DataInputStream(in), moduleOfPackage, used);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + jar, e);
        }
    }

    /** Reads the constant pool: every UTF-8 entry that is a class name or holds type descriptors. */
    private static void scanClass(DataInputStream in, Map<String, String> moduleOfPackage, Set<String> used)
            throws IOException {
        if (in.readInt() != 0xCAFEBABE) {
            return;
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        boolean[] className = new boolean[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> className[in.readUnsignedShort()] = true;
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 15 -> { in.readUnsignedByte(); in.readUnsignedShort(); }
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 5, 6 -> { in.readLong(); i++; }
                default -> throw new IOException("Unknown constant pool tag " + tag);
            }
        }
        for (int i = 1; i < count; i++) {
            String s = utf8[i];
            if (s == null) {
                continue;
            }
            if (className[i] && s.indexOf(';') < 0) {
                use(s, moduleOfPackage, used);
            }
            for (int at = s.indexOf('L'); at >= 0; at = s.indexOf('L', at + 1)) { // descriptors: Lpkg/Name;
                int end = s.indexOf(';', at);
                if (end < 0) {
                    break;
                }
                String name = s.substring(at + 1, end);
                int lt = name.indexOf('<');
                use(lt < 0 ? name : name.substring(0, lt), moduleOfPackage, used);
            }
        }
    }

    private static void use(String internalName, Map<String, String> moduleOfPackage, Set<String> used) {
        int slash = internalName.lastIndexOf('/');
        if (slash > 0) {
            String module = moduleOfPackage.get(internalName.substring(0, slash));
            if (module != null) {
                used.add(module);
            }
        }
    }
}
