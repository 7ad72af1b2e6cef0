package id.pilar.ui.spi;

/**
 * One question of the first start of a new database, asked after the first sign-in (the Admin
 * account, or at once for a single local user): the backup passphrase, the demo data. Register
 * with {@code @ServiceProvider(service = FirstStartStep.class, position = …)}; steps run one after
 * another in position order, each answered before the next shows.
 */
public interface FirstStartStep {

    /**
     * Asks and acts on the answer. Runs on a background thread and may block there until the user
     * answered (e.g. with {@link id.pilar.ui.api.FxDialog#ask}); never on the EDT.
     */
    void run();
}
