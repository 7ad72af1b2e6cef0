package id.pilar.registry.impl.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * A generated KK and its members (head first), or a person without a household ({@code nomorKk} null).
 *
 * @param desil DTSEN decile of the household, 1..10
 * @param inDtsen whether the household appears in the DTSEN extract
 */
public record GeneratedHousehold(String id, String nomorKk, LocalDate dibentuk, List<GeneratedPerson> members, int desil,
        boolean inDtsen, boolean pkh, boolean bpnt, boolean pbi) {
}
