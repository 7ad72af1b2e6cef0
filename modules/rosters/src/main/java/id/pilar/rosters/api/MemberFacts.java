package id.pilar.rosters.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the rosters know of one member on an as-of date, read in bulk for judging thousands of
 * members at once (awards eligibility).
 *
 * @param psksKodes   PSKS codes of the organisations whose membership covers the as-of date
 * @param service     continuous-service periods up to the as-of date (as {@link PillarRecords#continuousService})
 * @param firstStart  the earliest membership start, null without roster history
 * @param minutes     service minutes after corrections in the period
 * @param deployments shifts assigned in the period
 * @param validCertificates certificates valid on the as-of date
 */
public record MemberFacts(MemberRef ref, String kelurahanKode, String kecamatanKode, TaganaRank rank, Set<String> psksKodes,
        List<ServicePeriod> service, LocalDate firstStart, long minutes, int deployments, int validCertificates) {

    public MemberFacts {
        psksKodes = Set.copyOf(psksKodes);
        service = List.copyOf(service);
    }
}
