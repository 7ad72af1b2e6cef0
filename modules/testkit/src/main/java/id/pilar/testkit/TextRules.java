package id.pilar.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * User texts live in {@code @Messages} bundles, never as literals in service code: a literal
 * sentence in {@code api} or {@code impl} code reaches English users in Indonesian. This scans
 * the string literals of {@code src/main/java/**}{@code /api/**} and {@code /impl/**} (outside
 * {@code @Messages(...)} annotations and comments) for common Indonesian words.
 *
 * <p>The word list holds function words and verbs of sentences, not nouns that name columns or
 * tables ({@code nama}, {@code tanggal_lahir}, {@code data} are identifiers or English too), so
 * SQL, file columns and keys pass. Developer log messages are English and pass as well. A literal
 * without spaces ({@code "cadangan"}, {@code "baris,alasan,isi_baris"}) is a key, a folder name
 * or a file header, and a word in SQL quotes ({@code 'dihapus'}) is a stored value: both pass.
 * Sample records (demo data are Indonesian records, not texts of the application) carry the
 * comment {@code // TextRules: data} on the literal's line.
 */
public final class TextRules {

    /** Words that only a sentence in Indonesian contains. */
    static final Set<String> INDONESIAN = Set.of(
            "tidak", "gagal", "wajib", "harus", "sudah", "belum", "berkas", "bukan", "dapat",
            "yang", "untuk", "dengan", "atau", "dan", "pada", "dari", "akan", "sebagai",
            "silakan", "terdaftar", "ditemukan", "kosong", "diisi", "dibuat", "dibuka",
            "disimpan", "dihapus", "sebelum", "setelah", "baris", "kolom", "salah", "terlalu",
            "cadangan", "pengguna", "sandi", "boleh", "lebih", "diubah", "diimpor", "ditolak",
            "dibaca", "ditulis", "lalu", "sedang", "oleh", "ke", "di", "ini", "itu");

    /** The comment that marks a line's literals as sample data. */
    public static final String DATA_MARK = "TextRules: data";

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

    private TextRules() {
    }

    /** Findings under a source root such as {@code src/main/java}; empty when clean. */
    public static List<String> indonesianLiterals(Path sourceRoot) {
        List<String> out = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String rel = sourceRoot.relativize(p).toString().replace('\\', '/');
                if (!rel.endsWith(".java") || !(rel.contains("/api/") || rel.contains("/impl/"))) {
                    continue;
                }
                scanned++;
                for (Literal l : literals(Files.readString(p, StandardCharsets.UTF_8))) {
                    String word = l.data() ? null : indonesianWord(l.text());
                    if (word != null) {
                        out.add(rel + ":" + l.line() + ": \"" + l.text() + "\" (" + word + ")");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (scanned == 0) {
            out.add("no api/impl sources under " + sourceRoot + ": nothing was checked");
        }
        return out;
    }

    /** Fails with every Indonesian literal found, file and line. */
    public static void assertNoIndonesianLiterals(Path sourceRoot) {
        List<String> found = indonesianLiterals(sourceRoot);
        if (!found.isEmpty()) {
            throw new AssertionError("Indonesian text outside @Messages bundles (move it into a bundle):\n  "
                    + String.join("\n  ", found));
        }
    }

    /** The first Indonesian word of {@code text}, or null. */
    static String indonesianWord(String text) {
        if (!text.strip().contains(" ")) {
            return null; // a key, folder name, file header or single stored value
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            // Words glued to identifiers (tanggal_lahir, di.sini) are not sentences.
            boolean glued = m.start() > 0 && isIdentifierChar(text.charAt(m.start() - 1))
                    || m.end() < text.length() && isIdentifierChar(text.charAt(m.end()));
            boolean quoted = m.start() > 0 && text.charAt(m.start() - 1) == '\''
                    && m.end() < text.length() && text.charAt(m.end()) == '\'';
            boolean acronym = m.group().length() <= 3 && m.group().equals(m.group().toUpperCase(Locale.ROOT));
            if (!glued && !quoted && !acronym && INDONESIAN.contains(w)) {
                return w;
            }
        }
        return null;
    }

    private static boolean isIdentifierChar(char c) {
        return c == '_' || c == '.' || Character.isDigit(c);
    }

    /** @param data true when the line says it holds sample data, not a text of the application */
    record Literal(int line, String text, boolean data) {
    }

    /**
     * The string and text-block literals of a Java source, without comments and without the
     * literals inside {@code @Messages(...)} / {@code @NbBundle.Messages(...)} annotations.
     */
    static List<Literal> literals(String src) {
        List<Literal> found = new ArrayList<>();
        Set<Integer> dataLines = new java.util.HashSet<>();
        int line = 1;
        int messagesDepth = -1; // paren depth at which an @Messages annotation opened; -1 none
        int depth = 0;
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (src.startsWith("//", i)) {
                int start = i;
                while (i < n && src.charAt(i) != '\n') {
                    i++;
                }
                if (src.substring(start, i).contains(DATA_MARK)) {
                    dataLines.add(line);
                }
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(src, i, end);
                i = end;
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end;
                if (messagesDepth < 0) {
                    found.add(new Literal(line, src.substring(i + 3, end), false));
                }
                line += count(src, i, end);
                i = Math.min(n, end + 3);
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                StringBuilder sb = new StringBuilder();
                while (j < n && src.charAt(j) != c && src.charAt(j) != '\n') {
                    if (src.charAt(j) == '\\' && j + 1 < n) {
                        sb.append(' ');
                        j += 2;
                    } else {
                        sb.append(src.charAt(j++));
                    }
                }
                if (c == '"' && messagesDepth < 0) {
                    found.add(new Literal(line, sb.toString(), false));
                }
                i = j + 1;
            } else if (c == '@' && messagesAt(src, i + 1)) {
                int open = src.indexOf('(', i);
                if (open >= 0) {
                    messagesDepth = depth;
                }
                i++;
            } else {
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                    if (depth == messagesDepth) {
                        messagesDepth = -1;
                    }
                }
                i++;
            }
        }
        return found.stream().map(l -> new Literal(l.line(), l.text(), dataLines.contains(l.line()))).toList();
    }

    private static boolean messagesAt(String src, int i) {
        for (String name : List.of("Messages", "NbBundle.Messages", "org.openide.util.NbBundle.Messages")) {
            if (src.startsWith(name, i)) {
                int after = i + name.length();
                while (after < src.length() && Character.isWhitespace(src.charAt(after))) {
                    after++;
                }
                return after < src.length() && src.charAt(after) == '(';
            }
        }
        return false;
    }

    private static int count(String s, int from, int to) {
        int lines = 0;
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
