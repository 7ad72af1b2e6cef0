package id.pilar.awards.api;

import java.util.List;
import java.util.Optional;
import org.openide.util.Lookup;

/** The catalogue of award types; editing (and the rule editor) is for supervisors. */
public interface AwardCatalogue {

    List<AwardType> list();

    Optional<AwardType> byCode(String code);

    /** Checks rule text without saving; throws {@link AwardsException} naming the line and the problem. */
    void checkRules(String rules, RecipientKind kind);

    /** Creates ({@code id} null) or updates a type; refuses rules naming an unknown fact, an empty route, a stale version. */
    AwardType save(AwardType type);

    static AwardCatalogue get() {
        return Lookup.getDefault().lookup(AwardCatalogue.class);
    }
}
