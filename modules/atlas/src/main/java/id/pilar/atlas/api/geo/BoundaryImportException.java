package id.pilar.atlas.api.geo;

import id.pilar.core.api.error.PilarException;
import java.util.List;

/**
 * A boundary file refused: not GeoJSON, another region, kelurahan missing. Nothing was changed.
 * {@link #details()} lists what was matched and what was not, one sentence a line.
 */
public final class BoundaryImportException extends PilarException {

    private final transient List<String> details;

    public BoundaryImportException(String code, String message, List<String> details, Object... args) {
        super(code, message, args);
        this.details = List.copyOf(details);
    }

    public List<String> details() {
        return details;
    }
}
