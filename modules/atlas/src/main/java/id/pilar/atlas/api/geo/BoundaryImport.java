package id.pilar.atlas.api.geo;

import java.util.List;

/**
 * What an accepted boundary import did.
 *
 * @param matched      kelurahan that got a polygon (Kemendagri codes; all 44 when accepted)
 * @param matchedBy    how features were recognised: {@link MatchKind#KEMENDAGRI}, {@link MatchKind#BPS} or {@link MatchKind#NAME}
 * @param ignored      features that are no kelurahan of Jakarta Pusat (the city, its kecamatan, others), as named in the file
 * @param swappedAxes  true when the file gave [lat, lng] and the coordinates were swapped
 * @param lines        what to tell the user, one sentence a line, in the user's language
 */
public record BoundaryImport(List<String> matched, MatchKind matchedBy, List<String> ignored, boolean swappedAxes,
        List<String> lines) {

    public BoundaryImport {
        matched = List.copyOf(matched);
        ignored = List.copyOf(ignored);
        lines = List.copyOf(lines);
    }

    /** The code system or name by which most features were matched. */
    public enum MatchKind {
        KEMENDAGRI, BPS, NAME
    }
}
