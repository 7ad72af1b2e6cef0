package id.pilar.security.api;

import java.time.Instant;
import java.util.List;
import org.openide.util.Lookup;

/**
 * Erasure and restriction requests (UU PDP). A case worker files the request; a supervisor
 * approves it, which carries it out at once in one transaction, or rejects it with a reason.
 *
 * <p>Erasure anonymises the person in every module that implements
 * {@link id.pilar.core.spi.PersonalDataSource}: identifying values are replaced, while the
 * records that statistics count (how many people, which kelurahan, which category) stay.
 * Restriction marks the person so that modules stop processing ({@link #isRestricted}).
 */
public interface DataRequests {

    enum Kind { PENGHAPUSAN, PEMBATASAN }

    enum Status { DIAJUKAN, DITOLAK, DILAKSANAKAN }

    RequestInfo file(String personId, Kind kind, String reason);

    /** Supervisor: approves and carries out the request. The approver must not be the requester. */
    RequestInfo approve(String requestId, String note);

    RequestInfo reject(String requestId, String note);

    List<RequestInfo> open();

    List<RequestInfo> forPerson(String personId);

    /** True when processing of the person is restricted (an approved restriction or erasure). */
    boolean isRestricted(String personId);

    record RequestInfo(String id, String personId, Kind kind, String reason, Status status, String requestedBy,
            Instant requestedAt, String decidedBy, Instant decidedAt, String decisionNote) {
    }

    static DataRequests get() {
        return Lookup.getDefault().lookup(DataRequests.class);
    }
}
