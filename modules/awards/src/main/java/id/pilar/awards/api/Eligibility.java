package id.pilar.awards.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openide.util.Lookup;

/** Who is eligible for which award on a date, and why. */
public interface Eligibility {

    /** Every member (or organisation, for organisation awards) judged for {@code typeCode} on {@code asOf}. */
    List<Judgement> judgeAll(String typeCode, LocalDate asOf, EligibilityFilter filter);

    /**
     * Every member and organisation judged for every active award type on {@code asOf}, by type code
     * (in code order): the roster facts are read once for all the types that share them.
     */
    Map<String, List<Judgement>> judgeEveryType(LocalDate asOf);

    /** One recipient judged for one award. */
    Judgement judge(String typeCode, String recipientId, LocalDate asOf);

    /** A member or organisation judged for every active award type of its kind. */
    List<Judgement> judgeForRecipient(RecipientKind kind, String recipientId, LocalDate asOf);

    Optional<DeclaredFacts> declaredFacts(String memberId);

    DeclaredFacts recordFacts(DeclaredFacts facts);

    static Eligibility get() {
        return Lookup.getDefault().lookup(Eligibility.class);
    }
}
