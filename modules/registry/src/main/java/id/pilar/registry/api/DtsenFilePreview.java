package id.pilar.registry.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the import wizard shows before importing: how the file was read and which column feeds
 * which field.
 *
 * @param delimiter  detected separator: {@code ,} {@code ;} {@code |} or tab
 * @param charset    {@code UTF-8} or {@code windows-1252}
 * @param header     the header as read
 * @param mapping    field to column index (0-based); missing optional fields are absent
 * @param sample     the first rows, split into fields
 * @param problem    null when the file can be imported; else why not (no usable columns, …)
 */
public record DtsenFilePreview(Path file, char delimiter, String charset, boolean bom, List<String> header,
        Map<DtsenField, Integer> mapping, List<List<String>> sample, String problem) {

    public DtsenFilePreview {
        header = List.copyOf(header);
        mapping = Map.copyOf(mapping);
        sample = List.copyOf(sample);
    }

    public boolean importable() {
        return problem == null;
    }
}
