package id.pilar.rosters.api;

import java.util.List;

/** A row of an import file that was not imported, with every reason. */
public record ImportReject(int rowNumber, List<String> values, List<String> reasons) {

    public ImportReject {
        values = List.copyOf(values);
        reasons = List.copyOf(reasons);
    }
}
