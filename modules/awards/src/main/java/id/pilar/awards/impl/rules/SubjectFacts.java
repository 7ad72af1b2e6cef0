package id.pilar.awards.impl.rules;

import id.pilar.awards.api.PillarType;
import id.pilar.awards.api.RecipientKind;
import id.pilar.rosters.api.TaganaRank;
import java.time.LocalDate;
import java.util.Set;

/**
 * Everything the rules may read about one member or organisation on one as-of date, gathered in
 * bulk before judging. Null means "not recorded".
 *
 * @param serviceStart   start of the continuous-service period running on the as-of date (null: none runs)
 * @param firstStart     earliest membership start (null: no roster history)
 * @param lastServiceEnd end of the latest period when none runs on the as-of date
 * @param lastSameAward  date the same award type was last conferred (null: never)
 */
public record SubjectFacts(RecipientKind kind, String id, String nik, String name, String kelurahanKode, String kecamatanKode,
        Set<PillarType> pillarTypes, LocalDate serviceStart, LocalDate firstStart, LocalDate lastServiceEnd,
        long serviceMinutes, int deployments, TaganaRank rank, int validCertificates,
        String citizenship, Integer bloodDonations, Integer prisonYears, boolean disqualified,
        int previousAwards, LocalDate lastSameAward, int activeMembers, boolean skValid) {

    public SubjectFacts {
        pillarTypes = Set.copyOf(pillarTypes);
    }

    public SubjectFacts withAwards(int previous, LocalDate lastSame) {
        return new SubjectFacts(kind, id, nik, name, kelurahanKode, kecamatanKode, pillarTypes, serviceStart, firstStart,
                lastServiceEnd, serviceMinutes, deployments, rank, validCertificates, citizenship, bloodDonations, prisonYears,
                disqualified, previous, lastSame, activeMembers, skValid);
    }
}
