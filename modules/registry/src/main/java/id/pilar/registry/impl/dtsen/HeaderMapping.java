package id.pilar.registry.impl.dtsen;

import id.pilar.registry.api.DtsenField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openide.util.NbBundle.Messages;

/** Matches a header row to {@link DtsenField}s by the names met in real extracts. */
@Messages({
    "# {0} - missing columns",
    "# {1} - header as read",
    "ERR_NoUsableColumns=Kolom wajib tidak ditemukan: {0}. Baris judul terbaca: {1}"
})
public final class HeaderMapping {

    private HeaderMapping() {
    }

    /** Lower case, no BOM, quotes, spaces or dashes: "Nomor NIK" → "nomor_nik". */
    static String normalise(String header) {
        String h = header.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
        if (h.length() >= 2 && h.startsWith("\"") && h.endsWith("\"")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.replaceAll("[\\s\\-./]+", "_");
    }

    public static Map<DtsenField, Integer> detect(List<String> header) {
        Map<DtsenField, Integer> map = new EnumMap<>(DtsenField.class);
        for (int i = 0; i < header.size(); i++) {
            String h = normalise(header.get(i));
            for (DtsenField f : DtsenField.values()) {
                if (!map.containsKey(f) && f.headers().contains(h)) {
                    map.put(f, i);
                    break;
                }
            }
        }
        return map;
    }

    /** Why the mapping cannot import anything, or null. */
    public static String problem(Map<DtsenField, Integer> mapping, List<String> header) {
        List<String> missing = new ArrayList<>();
        for (DtsenField f : DtsenField.values()) {
            if (f.required() && !mapping.containsKey(f)) {
                missing.add(f.headers().get(0));
            }
        }
        if (missing.isEmpty()) {
            return null;
        }
        String shown = String.join(", ", header);
        if (shown.length() > 200) {
            shown = shown.substring(0, 200) + "…";
        }
        return Bundle.ERR_NoUsableColumns(String.join(", ", missing), shown);
    }
}
