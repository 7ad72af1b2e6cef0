package id.pilar.awards.api;

/**
 * Narrows an eligibility list. Null fields do not filter.
 *
 * @param soonMonths when above 0, also judge on the as-of date plus this many months and mark who becomes eligible by then
 * @param onlyEligible keep the eligible (and, with {@code soonMonths}, the soon eligible) only
 */
public record EligibilityFilter(PillarType pillarType, String kecamatanKode, int soonMonths, boolean onlyEligible) {

    public static final EligibilityFilter ALL = new EligibilityFilter(null, null, 0, false);
}
