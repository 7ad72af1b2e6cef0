package id.pilar.registry.impl.dtsen;

import id.pilar.registry.api.RegistryException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.openide.util.NbBundle.Messages;

/**
 * How a CSV file is written: encoding (UTF-8 with or without BOM, else Windows-1252) and
 * delimiter (comma, semicolon, pipe or tab), guessed from its first bytes.
 */
@Messages({
    "ERR_FileEmpty=File kosong: tidak ada baris untuk diimpor.",
    "ERR_NotText=File ini bukan file CSV (berisi data biner).",
    "# {0} - reason",
    "ERR_CannotRead=File tidak dapat dibaca: {0}"
})
public record CsvFormat(Charset charset, boolean bom, char delimiter) {

    /** Bytes looked at to decide; enough for thousands of rows of a DTSEN extract. */
    static final int SNIFF_BYTES = 1 << 20;
    /** Bytes whose lines decide the delimiter: hundreds of DTSEN rows. */
    static final int DELIMITER_SNIFF_BYTES = 64 * 1024;
    private static final char[] DELIMITERS = {',', ';', '|', '\t'};
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Reads the start of {@code file}; throws with a clear message when it is no CSV at all. */
    public static CsvFormat detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            throw new RegistryException("ERR_CannotRead", Bundle.ERR_CannotRead(file), e, file);
        }
        boolean bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        int start = bom ? 3 : 0;
        if (blank(head, start)) {
            throw new RegistryException("ERR_FileEmpty", Bundle.ERR_FileEmpty());
        }
        for (int i = start; i < Math.min(head.length, 8192); i++) {
            if (head[i] == 0) {
                throw new RegistryException("ERR_NotText", Bundle.ERR_NotText());
            }
        }
        Charset cs = bom || isUtf8(head, start, head.length == SNIFF_BYTES) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        // The delimiter is decided on the first lines only: splitting the whole megabyte (a regex
        // split runs to the end even past its limit) took 8-20 ms of every import's start.
        String text = new String(head, start, Math.min(head.length - start, DELIMITER_SNIFF_BYTES), cs);
        return new CsvFormat(cs, bom, delimiter(text));
    }

    private static boolean blank(byte[] b, int start) {
        for (int i = start; i < b.length; i++) {
            if (!Character.isWhitespace(b[i])) {
                return false;
            }
        }
        return true;
    }

    /** Valid UTF-8, allowing a multi-byte character cut at the end of a partial read. */
    private static boolean isUtf8(byte[] b, int start, boolean truncated) {
        int end = b.length;
        if (truncated) {
            int back = 0;
            while (back < 3 && end - back - 1 > start && (b[end - back - 1] & 0xC0) == 0x80) {
                back++;
            }
            if (end - back - 1 > start && (b[end - back - 1] & 0x80) != 0) {
                end = end - back - 1;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, start, end - start));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * The delimiter that splits the first lines into the same, largest number of fields
     * (quoted text ignored). Comma when nothing splits (a one-column file).
     */
    static char delimiter(String text) {
        String[] lines = text.split("\r?\n", 21);
        int n = Math.min(lines.length, 20);
        if (lines.length > 1 && lines.length <= 20) {
            n = lines.length - 1;
        }
        char best = ',';
        int bestScore = 0;
        for (char d : DELIMITERS) {
            int[] counts = new int[Math.max(n, 1)];
            for (int i = 0; i < n; i++) {
                counts[i] = count(lines[i], d);
            }
            int header = counts[0];
            if (header == 0) {
                continue;
            }
            long consistent = Arrays.stream(counts).filter(c -> c == header).count();
            int score = (int) consistent * 1000 + header;
            if (score > bestScore) {
                bestScore = score;
                best = d;
            }
        }
        return best;
    }

    private static int count(String line, char d) {
        int c = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == d && !quoted) {
                c++;
            }
        }
        return c;
    }

    /** How the wizard shows the delimiter. */
    public String delimiterName() {
        return switch (delimiter) {
            case ',' -> "koma (,)";
            case ';' -> "titik koma (;)";
            case '|' -> "garis tegak (|)";
            case '\t' -> "tab";
            default -> String.valueOf(delimiter);
        };
    }
}
