package id.pilar.ui.api;

import id.pilar.core.api.error.PilarException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.util.NbBundle.Messages;

/**
 * The one mapping from a failure to the sentence a user reads. A {@link PilarException} (every
 * refusal a service raises: validation, access denied, a concurrent change, …) already carries
 * its text in the user's language; anything else is unexpected: it is logged once here, with its
 * stack trace, and the user reads a plain sentence instead of an exception's internals.
 */
@Messages("MSG_Unexpected=Terjadi kesalahan tak terduga; tidak ada data yang berubah karenanya. Rinciannya tercatat di log (var/log/messages.log). Coba sekali lagi; bila terulang, hubungi pengelola aplikasi.")
public final class UserMessages {

    private static final Logger LOG = Logger.getLogger(UserMessages.class.getName());

    private UserMessages() {
    }

    /** The text for {@code failure}; logs it when it is not a service refusal. */
    public static String of(Throwable failure) {
        Throwable t = unwrap(failure);
        if (t instanceof PilarException p) {
            return p.getMessage();
        }
        LOG.log(Level.WARNING, "Unexpected failure shown to the user", t);
        return Bundle.MSG_Unexpected();
    }

    /** True when {@code failure} is a refusal the user can act on (not a defect). */
    public static boolean isRefusal(Throwable failure) {
        return unwrap(failure) instanceof PilarException;
    }

    /** The failure itself, without the wrappers executors and futures put around it. */
    public static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException
                || t.getClass() == RuntimeException.class && t.getMessage() == null)
                && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
