package id.pilar.registry.impl.dtsen;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A streaming CSV reader that never gives up on the whole file because of one bad row.
 *
 * <p>Quoted fields may hold delimiters, doubled quotes and line breaks. A quote left open would
 * normally swallow the rest of the file; here a record may span at most {@link #MAX_LINES}
 * lines and {@link #MAX_RECORD_CHARS} characters, otherwise only its first line is reported as
 * broken and reading resumes on the next line. Every record knows its first line number and raw
 * text, for the reject report.
 */
public final class CsvRecords {

    static final int MAX_LINES = 20;
    /** A DTSEN row is a few hundred characters; anything near this is not a row. */
    public static final int MAX_RECORD_CHARS = 64 * 1024;

    /** One record: its fields, or the reason it could not be split. */
    public record Record(long line, String raw, List<String> fields, String problem) {
    }

    /** Problem codes of {@link Record#problem()}. */
    public static final String UNCLOSED_QUOTE = "UNCLOSED_QUOTE";
    public static final String TOO_LONG = "TOO_LONG";

    private final BufferedReader in;
    private final char delimiter;
    private final Deque<String> pushedBack = new ArrayDeque<>();
    private long nextLine = 1;
    private long charsRead;
    private final List<String> fields = new ArrayList<>(24);
    private final StringBuilder field = new StringBuilder(64);

    public CsvRecords(BufferedReader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    /** Characters consumed so far (for progress). */
    public long charsRead() {
        return charsRead;
    }

    private String readLine() throws IOException {
        String l = pushedBack.isEmpty() ? in.readLine() : pushedBack.pop();
        if (l != null) {
            charsRead += l.length() + 1;
        }
        return l;
    }

    /** The next record, or null at the end of the file. Empty lines are skipped. */
    public Record next() throws IOException {
        while (true) {
            long lineNo = nextLine;
            String first = readLine();
            if (first == null) {
                return null;
            }
            nextLine++;
            if (first.isEmpty()) {
                continue;
            }
            if (first.length() > MAX_RECORD_CHARS) {
                return new Record(lineNo, first, List.of(), TOO_LONG);
            }
            if (first.indexOf('"') < 0) {
                return new Record(lineNo, first, splitPlain(first), null);
            }
            List<String> spanned = new ArrayList<>(2);
            spanned.add(first);
            String text = first;
            int chars = first.length();
            while (true) {
                List<String> parsed = splitQuoted(text);
                if (parsed != null) {
                    nextLine += spanned.size() - 1;
                    return new Record(lineNo, text, parsed, null);
                }
                String more = spanned.size() < MAX_LINES && chars < MAX_RECORD_CHARS ? readLine() : null;
                if (more == null) {
                    // Give back every line after the first: they are rows of their own.
                    for (int i = spanned.size() - 1; i >= 1; i--) {
                        String back = spanned.get(i);
                        charsRead -= back.length() + 1;
                        pushedBack.push(back);
                    }
                    return new Record(lineNo, first, List.of(), UNCLOSED_QUOTE);
                }
                spanned.add(more);
                chars += more.length() + 1;
                text = text + "\n" + more;
            }
        }
    }

    private List<String> splitPlain(String line) {
        List<String> out = new ArrayList<>(24);
        int start = 0;
        // indexOf, not a charAt loop: it is compiled (and vectorised) long before this method
        // is, which is most of a 100,000-row import's reading time on a fresh JVM.
        for (int i; (i = line.indexOf(delimiter, start)) >= 0; start = i + 1) {
            out.add(line.substring(start, i));
        }
        out.add(line.substring(start));
        return out;
    }

    /** Splits a record with quotes; null when a quote is still open at the end. */
    private List<String> splitQuoted(String text) {
        fields.clear();
        field.setLength(0);
        boolean quoted = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(field.toString());
        return new ArrayList<>(fields);
    }
}
