package id.pilar.rosters.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openide.util.Lookup;

/**
 * What the awards module reads about pillars: service periods, hours, deployments, rank and
 * certificates of a member or an organisation. Read-only; every call checks
 * {@link RostersPermissions#READ}.
 */
public interface PillarRecords {

    Optional<MemberRef> member(String memberId);

    /**
     * Continuous-service periods of a member as of {@code asOf}: memberships in any organisation
     * merged when they overlap or follow each other within {@code maxGapDays}.
     */
    List<ServicePeriod> continuousService(String memberId, LocalDate asOf, int maxGapDays);

    /** Years of the period running on {@code asOf} (0 when none runs). */
    default int continuousYears(String memberId, LocalDate asOf) {
        return continuousService(memberId, asOf, 0).stream().filter(ServicePeriod::running)
                .mapToInt(ServicePeriod::years).max().orElse(0);
    }

    /** Service minutes (after corrections) of a member in the inclusive period. */
    long memberMinutes(String memberId, ReportPeriod period);

    /** Service minutes credited to an organisation in the period. */
    long organisationMinutes(String organisationId, ReportPeriod period);

    List<Deployment> deployments(String memberId, ReportPeriod period);

    Optional<TaganaRank> rank(String memberId);

    List<Certificate> certificates(String memberId);

    /** Certificates of every member with a membership in the organisation valid on {@code date}. */
    List<Certificate> organisationCertificates(String organisationId, LocalDate date);

    /** Members of an organisation on a date. */
    List<MemberRef> membersOf(String organisationId, LocalDate date);

    /**
     * Facts of every member as of {@code asOf} in a few set-wise reads instead of one call per
     * member: continuous service (gaps up to {@code maxGapDays} merged), hours and deployments in
     * {@code period}, certificates valid on {@code asOf}. NIKs are masked as in {@link Member}.
     */
    List<MemberFacts> memberFacts(LocalDate asOf, ReportPeriod period, int maxGapDays);

    /** Facts of every organisation as of {@code asOf}; hours credited to it in {@code period}. */
    List<OrganisationFacts> organisationFacts(LocalDate asOf, ReportPeriod period);

    static PillarRecords get() {
        return Lookup.getDefault().lookup(PillarRecords.class);
    }
}
