package id.pilar.awards.api;

/**
 * What is recorded about a member beyond the rosters, with the evidence it rests on. Nulls: not recorded.
 *
 * @param prisonYears the longest prison sentence ever imposed, in whole years (null: none on record)
 * @param id          the record's id, null before it is first saved
 * @param version     the version the user saw (optimistic locking); 0 for a first save
 */
public record DeclaredFacts(String memberId, String citizenship, Integer bloodDonations, Integer prisonYears, boolean disqualified,
        String evidence, String id, int version) {

    /** Plausible ceilings: about one donation every two months for 80 years; a sentence in whole years. */
    public static final int MAX_DONATIONS = 500;
    public static final int MAX_PRISON_YEARS = 99;

    /** Facts to save for a member who has none recorded yet. */
    public DeclaredFacts(String memberId, String citizenship, Integer bloodDonations, Integer prisonYears, boolean disqualified,
            String evidence) {
        this(memberId, citizenship, bloodDonations, prisonYears, disqualified, evidence, null, 0);
    }
}
