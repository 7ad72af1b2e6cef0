package id.pilar.registry.api;

import id.pilar.core.api.identity.IdentityProblem;
import java.util.List;
import java.util.Optional;
import org.openide.util.Lookup;

/** Registering and changing people. */
public interface PersonService {

    /** Errors and warnings for a draft, without saving: what the form shows as one types. */
    List<IdentityProblem> validate(PersonDraft draft);

    /**
     * The same for an edit of {@code personId} (null: a new person): the person's own NIK is not
     * "already registered".
     */
    default List<IdentityProblem> validate(String personId, PersonDraft draft) {
        return validate(draft);
    }

    /**
     * Registers a new person and gives them a registry number.
     *
     * @param warningsConfirmed the user has seen the warnings and keeps the values
     * @throws RegistryValidationException on errors, or on warnings not confirmed
     */
    PersonSummary create(PersonDraft draft, boolean warningsConfirmed);

    /** Saves changes; {@code version} guards against overwriting someone else's edit. */
    PersonSummary update(String personId, int version, PersonDraft draft, boolean warningsConfirmed);

    /** Like {@link #create(PersonDraft, boolean)}, with the photo in the same transaction ({@code photo} null: none). */
    PersonSummary create(PersonDraft draft, boolean warningsConfirmed, PersonPhoto photo);

    /** Like {@link #update(String, int, PersonDraft, boolean)}, with the photo in the same transaction (null: unchanged). */
    PersonSummary update(String personId, int version, PersonDraft draft, boolean warningsConfirmed, PersonPhoto photo);

    Optional<PersonDetail> find(String personId);

    /** Gives a person (often one registered without documents) a verified NIK, keeping the old one in the history. */
    PersonSummary reconcileNik(String personId, String nik, String alasan);

    /** People registered, not counting merged duplicates. */
    long countActive();

    /** A photo (JPEG or PNG bytes), or empty. */
    Optional<byte[]> photo(String personId);

    void setPhoto(String personId, String mime, byte[] data);

    static PersonService get() {
        return Lookup.getDefault().lookup(PersonService.class);
    }
}
