package id.pilar.awards.api;

/** What is recorded about a member beyond the rosters, with the evidence it rests on. Nulls: not recorded. */
public record DeclaredFacts(String memberId, String citizenship, Integer bloodDonations, Integer prisonYears, boolean disqualified,
        String evidence) {
}
