package id.pilar.awards.api;

import java.util.Set;

/**
 * One member's or organisation's standing for one award on one date, with the reason in words.
 *
 * @param nik          NIK of a member (masked as the user may see it), registration number of an organisation
 * @param soonEligible not eligible now but eligible at the end of the "soon" window asked for
 */
public record Judgement(String typeCode, RecipientKind kind, String recipientId, String nik, String name, String kelurahanKode,
        String kecamatanKode, Set<PillarType> pillarTypes, boolean eligible, String tier, String reason, boolean soonEligible) {

    public Judgement {
        pillarTypes = Set.copyOf(pillarTypes);
    }
}
