package id.pilar.atlas.impl.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON reader (RFC 8259) for boundary files: objects become {@link Map}s, arrays
 * {@link List}s, numbers {@link Double}s. No JSON library is on the platform's class path and a
 * GeoJSON file needs nothing more; a malformed file raises {@link Malformed} with its offset.
 */
final class Json {

    /** Not JSON; {@code offset} is where reading stopped. */
    static final class Malformed extends Exception {
        final int offset;

        Malformed(String what, int offset) {
            super(what + " at offset " + offset);
            this.offset = offset;
        }
    }

    private final String text;
    private int pos;

    private Json(String text) {
        this.text = text;
    }

    static Object parse(String text) throws Malformed {
        Json j = new Json(text);
        j.skipBom();
        Object value = j.value();
        j.space();
        if (j.pos != text.length()) {
            throw new Malformed("trailing characters", j.pos);
        }
        return value;
    }

    private void skipBom() {
        if (text.startsWith("\uFEFF")) {
            pos = 1;
        }
    }

    private Object value() throws Malformed {
        space();
        if (pos >= text.length()) {
            throw new Malformed("unexpected end", pos);
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object() throws Malformed {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        space();
        if (peek('}')) {
            pos++;
            return map;
        }
        while (true) {
            space();
            if (!peek('"')) {
                throw new Malformed("expected a name", pos);
            }
            String key = string();
            space();
            expect(':');
            map.put(key, value());
            space();
            if (peek(',')) {
                pos++;
            } else {
                expect('}');
                return map;
            }
        }
    }

    private List<Object> array() throws Malformed {
        List<Object> list = new ArrayList<>();
        pos++;
        space();
        if (peek(']')) {
            pos++;
            return list;
        }
        while (true) {
            list.add(value());
            space();
            if (peek(',')) {
                pos++;
            } else {
                expect(']');
                return list;
            }
        }
    }

    private String string() throws Malformed {
        StringBuilder sb = new StringBuilder();
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c == '\\') {
                if (pos >= text.length()) {
                    break;
                }
                char e = text.charAt(pos++);
                switch (e) {
                    case '"', '\\', '/' -> sb.append(e);
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        if (pos + 4 > text.length()) {
                            throw new Malformed("bad escape", pos);
                        }
                        try {
                            sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        } catch (NumberFormatException x) {
                            throw new Malformed("bad escape", pos);
                        }
                        pos += 4;
                    }
                    default -> throw new Malformed("bad escape", pos);
                }
            } else if (c < 0x20) {
                throw new Malformed("control character in a string", pos);
            } else {
                sb.append(c);
            }
        }
        throw new Malformed("unterminated string", pos);
    }

    private Double number() throws Malformed {
        int start = pos;
        while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        if (start == pos) {
            throw new Malformed("unexpected character", pos);
        }
        try {
            return Double.valueOf(text.substring(start, pos));
        } catch (NumberFormatException e) {
            throw new Malformed("bad number", start);
        }
    }

    private Object literal(String word, Object value) throws Malformed {
        if (!text.startsWith(word, pos)) {
            throw new Malformed("unexpected character", pos);
        }
        pos += word.length();
        return value;
    }

    private void space() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void expect(char c) throws Malformed {
        if (!peek(c)) {
            throw new Malformed("expected '" + c + "'", pos);
        }
        pos++;
    }
}
