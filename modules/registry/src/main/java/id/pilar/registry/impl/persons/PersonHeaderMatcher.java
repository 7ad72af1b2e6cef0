package id.pilar.registry.impl.persons;

import id.pilar.lib.tables.api.Headers;
import id.pilar.registry.api.PersonImportField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.openide.util.NbBundle.Messages;

/**
 * Which column of a person list feeds which field, from the headers alone: "noKK", "No KK" and
 * "NO. KK" all name the KK number (see {@link Headers#normalise}), OpenSID's "Hub. Keluarga" and
 * "kk_level" the SHDK. The first column that fits a field takes it.
 */
@Messages({
    "# {0} - missing fields",
    "# {1} - headers as read",
    "ERR_PersonColumnsMissing=Tidak ada kolom untuk {0}. Judul kolom yang terbaca: {1}"
})
public final class PersonHeaderMatcher {

    private PersonHeaderMatcher() {
    }

    public static Map<PersonImportField, Integer> detect(List<String> header) {
        Map<PersonImportField, Integer> map = new EnumMap<>(PersonImportField.class);
        for (int i = 0; i < header.size(); i++) {
            PersonImportField f = fieldOf(header.get(i));
            if (f != null && !map.containsKey(f)) {
                map.put(f, i);
            }
        }
        return map;
    }

    /** The field a header names, or null. */
    public static PersonImportField fieldOf(String header) {
        String key = Headers.normalise(header);
        for (PersonImportField f : PersonImportField.values()) {
            if (f.headers().contains(key)) {
                return f;
            }
        }
        return null;
    }

    /** Why nothing can be imported with this mapping (a required field has no column), or null. */
    public static String problem(Map<PersonImportField, Integer> mapping, List<String> header) {
        List<String> missing = new ArrayList<>();
        for (PersonImportField f : PersonImportField.values()) {
            if (f.required() && !mapping.containsKey(f)) {
                missing.add(f.label());
            }
        }
        if (missing.isEmpty()) {
            return null;
        }
        String shown = String.join(", ", header);
        return Bundle.ERR_PersonColumnsMissing(String.join(", ", missing), shown.length() > 200 ? shown.substring(0, 200) + "…" : shown);
    }
}
