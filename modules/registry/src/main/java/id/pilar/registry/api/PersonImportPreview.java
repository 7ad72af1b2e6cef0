package id.pilar.registry.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The start of a person list as read: its headers, the first rows, and which column feeds which
 * field (the source's saved mapping where it has one, otherwise what the header matcher found).
 *
 * @param savedMapping true when {@code mapping} came from the source's saved mapping
 * @param problem      why the file cannot be imported as mapped (no NIK or name column), or null
 */
public record PersonImportPreview(Path file, String source, List<String> header, List<List<String>> sample, int rows,
        Map<PersonImportField, Integer> mapping, boolean savedMapping, String problem) {

    public PersonImportPreview {
        header = List.copyOf(header);
        sample = sample.stream().map(List::copyOf).toList();
        mapping = Map.copyOf(mapping);
    }
}
