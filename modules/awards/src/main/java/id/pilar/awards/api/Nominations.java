package id.pilar.awards.api;

import java.util.List;
import java.util.Optional;
import org.openide.util.Lookup;

/**
 * Nominations along their route: draft → diusulkan → diverifikasi → diteruskan (one level at a
 * time) → disetujui / ditolak → dianugerahkan. Every step takes the version the user saw
 * (optimistic locking), is logged with who and when, and is refused while a document the step
 * requires is missing. Each call is one transaction: a refused step changes nothing.
 */
public interface Nominations {

    List<Nomination> list(NominationState state);

    List<Nomination> forRecipient(String recipientId);

    /** The counts the start page shows (plain JDBC: asked while Hibernate may still be starting). */
    NominationsOverview overview();

    Optional<Nomination> get(String id);

    List<NominationStep> steps(String id);

    Nomination create(NominationDraft draft);

    Nomination submit(String id, int version, String note);

    Nomination verify(String id, int version, String note);

    /** Moves to the next level of the route. */
    Nomination forward(String id, int version, String note);

    /** The last level's decision, e.g. the Keppres number. */
    Nomination approve(String id, int version, String decisionNumber, java.time.LocalDate decidedOn, String note);

    Nomination reject(String id, int version, String reason);

    /** Confers the approved award at a ceremony; numbers its certificate. */
    ConferredAward confer(String id, int version, String ceremonyId, String signatoryName, String signatoryTitle);

    /** Documents the step to {@code target} would need that are not attached yet. */
    List<RequiredDocument> missingFor(String id, NominationState target);

    Attachment attach(String id, String documentCode, String fileName, byte[] content);

    List<Attachment> attachments(String id);

    byte[] attachmentContent(String attachmentId);

    static Nominations get() {
        return Lookup.getDefault().lookup(Nominations.class);
    }
}
