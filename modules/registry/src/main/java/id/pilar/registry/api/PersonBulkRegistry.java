package id.pilar.registry.api;

import id.pilar.core.api.identity.IdentityProblem;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.openide.util.Lookup;

/**
 * Finds or registers many people at once, for imports (an old case list, a roster): one pass
 * for the whole list instead of one service transaction per person.
 *
 * <p>Each draft is matched, in this order: by NIK (an active person holding it); by the
 * duplicate check, reusing a record only when it is sure (same birth date, the duplicate score
 * at least {@link #SURE_MATCH}, and no different NIK on either side); else the person is
 * registered with a registry number, the NIK history and the change history (Envers rows) that
 * {@link PersonService#create} writes. Two drafts of one list that are the same person (same
 * NIK, or a sure match) get one record. A draft with errors (the registry's validation;
 * warnings count as confirmed, as for a clerk who imports a checked list) is refused, not
 * registered, and the rest go on.
 *
 * <p>Every operation requires {@link RegistryPermissions#WRITE}.
 */
public interface PersonBulkRegistry {

    /** The duplicate score from which an existing record is taken as the same person without asking. */
    int SURE_MATCH = 90;

    /** How a draft found its person. */
    enum How {
        /** an active person with the draft's NIK */
        NIK,
        /** a sure match of the duplicate check */
        DUPLICATE,
        /** newly registered (or the same as an earlier draft of the list that was) */
        REGISTERED,
        /** not registered: see {@link Match#errors()} */
        REFUSED
    }

    /**
     * The outcome for one draft, in the order of the drafts given.
     *
     * @param personId null when refused
     * @param errors   the validation errors of a refused draft, else empty
     */
    record Match(PersonDraft draft, How how, String personId, String nomorRegistri, String nama, List<IdentityProblem> errors) {

        public Match {
            errors = errors == null ? List.of() : List.copyOf(errors);
        }
    }

    /**
     * In one transaction of its own: all or nothing.
     *
     * @param cancelled polled between drafts; when it answers true the transaction is rolled back
     *                  and {@link java.util.concurrent.CancellationException} thrown
     */
    List<Match> findOrRegister(List<PersonDraft> drafts, BooleanSupplier cancelled);

    /**
     * Inside the caller's JDBC transaction (a connection from
     * {@code Transactions.jdbc}), so the caller's own rows and these registrations commit or
     * roll back together. The change history of the registrations goes under the caller's
     * Envers revision {@code revision} (a {@code security_revision} row the caller wrote on the
     * same connection). Nothing is committed here.
     *
     * @throws java.util.concurrent.CancellationException when {@code cancelled} answers true; the
     *                                                     caller must roll back
     */
    List<Match> findOrRegister(Connection connection, long revision, List<PersonDraft> drafts, BooleanSupplier cancelled) throws SQLException;

    static PersonBulkRegistry get() {
        return Lookup.getDefault().lookup(PersonBulkRegistry.class);
    }
}
