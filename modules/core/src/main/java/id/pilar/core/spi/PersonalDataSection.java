package id.pilar.core.spi;

import java.util.List;
import java.util.Map;

/**
 * One module's data about a person for the subject-access export: a titled section of records,
 * each an ordered map of field label → value (Indonesian labels, values as text).
 */
public record PersonalDataSection(String title, List<Map<String, String>> records) {

    public PersonalDataSection {
        records = List.copyOf(records);
    }
}
