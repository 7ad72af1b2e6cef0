package id.pilar.security.impl;

import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.Transactions;
import id.pilar.security.api.DataRequests;
import id.pilar.security.api.SecurityPermissions;
import id.pilar.security.api.SecurityRefusedException;
import id.pilar.core.spi.PersonalDataSource;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * The erasure/restriction workflow. Approval carries the request out in the same transaction as
 * the decision: either every module has anonymised the person and the request says so, or
 * nothing changed.
 */
@ServiceProvider(service = DataRequests.class)
@Messages({
    "MSG_RequestFieldsMissing=Orang dan alasan permintaan wajib diisi.",
    "MSG_RequestOpenExists=Sudah ada permintaan jenis ini yang menunggu keputusan untuk orang ini.",
    "MSG_RequestUnknown=Permintaan tidak ditemukan.",
    "MSG_RequestDecided=Permintaan ini sudah diputuskan.",
    "MSG_FourEyes=Permintaan harus disetujui oleh supervisor lain, bukan oleh yang mengajukannya.",
    "MSG_RejectNeedsNote=Tuliskan alasan penolakan."
})
public final class DataRequestsImpl implements DataRequests {

    private final Transactions tx;
    private final Supplier<Collection<? extends PersonalDataSource>> sources;

    public DataRequestsImpl() {
        this(Transactions.get(), () -> Lookup.getDefault().lookupAll(PersonalDataSource.class));
    }

    public DataRequestsImpl(Transactions tx, Supplier<Collection<? extends PersonalDataSource>> sources) {
        this.tx = tx;
        this.sources = sources;
    }

    @Override
    public RequestInfo file(String personId, Kind kind, String reason) {
        AccessControl.get().require(SecurityPermissions.REQUEST_WRITE);
        if (personId == null || personId.isBlank() || reason == null || reason.isBlank() || kind == null) {
            throw new SecurityRefusedException("MSG_RequestFieldsMissing", Bundle.MSG_RequestFieldsMissing());
        }
        String who = AccessControl.get().currentUser().username();
        return tx.inTransaction(s -> {
            boolean open = !s.createQuery("from DataRequestRecord where personId = :p and kind = :k and status = :st",
                    DataRequestRecord.class).setParameter("p", personId.trim()).setParameter("k", kind)
                    .setParameter("st", Status.DIAJUKAN).getResultList().isEmpty();
            if (open) {
                throw new SecurityRefusedException("MSG_RequestOpenExists", Bundle.MSG_RequestOpenExists());
            }
            DataRequestRecord r = new DataRequestRecord(personId.trim(), kind, reason.trim(), who);
            s.persist(r);
            return r.info();
        });
    }

    @Override
    public RequestInfo approve(String requestId, String note) {
        AccessControl.get().require(SecurityPermissions.REQUEST_APPROVE);
        String who = AccessControl.get().currentUser().username();
        return tx.inTransaction(s -> {
            DataRequestRecord r = pending(s.find(DataRequestRecord.class, requestId));
            if (r.requestedBy().equals(who)) {
                throw new SecurityRefusedException("MSG_FourEyes", Bundle.MSG_FourEyes());
            }
            if (r.kind() == Kind.PENGHAPUSAN) {
                s.doWork(c -> {
                    for (PersonalDataSource source : sources.get()) {
                        source.anonymise(r.personId(), c);
                    }
                });
            }
            r.decide(Status.DILAKSANAKAN, who, note == null ? "" : note.trim());
            return r.info();
        });
    }

    @Override
    public RequestInfo reject(String requestId, String note) {
        AccessControl.get().require(SecurityPermissions.REQUEST_APPROVE);
        if (note == null || note.isBlank()) {
            throw new SecurityRefusedException("MSG_RejectNeedsNote", Bundle.MSG_RejectNeedsNote());
        }
        String who = AccessControl.get().currentUser().username();
        return tx.inTransaction(s -> {
            DataRequestRecord r = pending(s.find(DataRequestRecord.class, requestId));
            r.decide(Status.DITOLAK, who, note.trim());
            return r.info();
        });
    }

    private static DataRequestRecord pending(DataRequestRecord r) {
        if (r == null) {
            throw new SecurityRefusedException("MSG_RequestUnknown", Bundle.MSG_RequestUnknown());
        }
        if (r.status() != Status.DIAJUKAN) {
            throw new SecurityRefusedException("MSG_RequestDecided", Bundle.MSG_RequestDecided());
        }
        return r;
    }

    @Override
    public List<RequestInfo> open() {
        AccessControl.get().require(SecurityPermissions.REQUEST_WRITE);
        return tx.read(s -> s.createQuery("from DataRequestRecord where status = :st order by requestedAt", DataRequestRecord.class)
                .setParameter("st", Status.DIAJUKAN).getResultStream().map(DataRequestRecord::info).toList());
    }

    @Override
    public List<RequestInfo> forPerson(String personId) {
        AccessControl.get().require(SecurityPermissions.REQUEST_WRITE);
        return tx.read(s -> s.createQuery("from DataRequestRecord where personId = :p order by requestedAt", DataRequestRecord.class)
                .setParameter("p", personId).getResultStream().map(DataRequestRecord::info).toList());
    }

    @Override
    public boolean isRestricted(String personId) {
        AccessControl.get().require(SecurityPermissions.CONSENT_READ);
        return tx.read(s -> s.createQuery("select count(r) from DataRequestRecord r where r.personId = :p and r.status = :st",
                Long.class).setParameter("p", personId).setParameter("st", Status.DILAKSANAKAN).getSingleResult() > 0);
    }
}
