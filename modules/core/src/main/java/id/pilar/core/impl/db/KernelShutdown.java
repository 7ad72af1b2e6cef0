package id.pilar.core.impl.db;

import id.pilar.core.api.db.DataKernel;
import org.openide.modules.OnStop;

/** Closes the database when Pilar exits, so the WAL is checkpointed and the pool released. */
@OnStop
public final class KernelShutdown implements Runnable {

    @Override
    public void run() {
        DataKernel.get().close();
    }
}
