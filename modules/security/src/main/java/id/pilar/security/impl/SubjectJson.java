package id.pilar.security.impl;

import id.pilar.core.persistence.InstantText;
import id.pilar.core.spi.PersonalDataSection;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The subject-access export as JSON, written by hand (no JSON library on the platform). */
final class SubjectJson {

    private SubjectJson() {
    }

    static String write(String personId, Instant at, String by, List<PersonalDataSection> sections) {
        StringBuilder b = new StringBuilder(4096);
        b.append("{\n  \"format\": \"pilar-akses-data-subjek-1\",\n");
        b.append("  \"personId\": ").append(quote(personId)).append(",\n");
        b.append("  \"dibuatPada\": ").append(quote(InstantText.format(at))).append(",\n");
        b.append("  \"dibuatOleh\": ").append(quote(by)).append(",\n");
        b.append("  \"bagian\": [");
        for (int i = 0; i < sections.size(); i++) {
            PersonalDataSection s = sections.get(i);
            b.append(i == 0 ? "\n" : ",\n").append("    {\"judul\": ").append(quote(s.title())).append(", \"catatan\": [");
            for (int j = 0; j < s.records().size(); j++) {
                b.append(j == 0 ? "\n" : ",\n").append("      {");
                int k = 0;
                for (Map.Entry<String, String> e : s.records().get(j).entrySet()) {
                    b.append(k++ == 0 ? "" : ", ").append(quote(e.getKey())).append(": ").append(quote(e.getValue()));
                }
                b.append('}');
            }
            b.append(s.records().isEmpty() ? "]}" : "\n    ]}");
        }
        b.append(sections.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return b.toString();
    }

    static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
