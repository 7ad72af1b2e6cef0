package id.pilar.core.api.error;

import org.openide.util.NbBundle.Messages;

/**
 * Another user (or another window) saved the same record first: optimistic locking refused this
 * save. Core raises it for every module from Hibernate's optimistic-lock failures, so no view
 * needs to know Hibernate's exception types. Nothing of the refused save was written.
 */
@Messages("ERR_ConcurrentChange=Data ini baru saja diubah oleh pengguna atau jendela lain. Perubahan Anda belum disimpan: muat ulang data, lalu ulangi perubahan.")
public final class ConcurrentChangeException extends PilarException {

    public ConcurrentChangeException(Throwable cause) {
        super("ERR_ConcurrentChange", Bundle.ERR_ConcurrentChange(), cause);
    }
}
