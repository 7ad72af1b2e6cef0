package id.pilar.awards.ui;

import id.pilar.ui.spi.ViewProvider;
import org.openide.util.NbBundle.Messages;

/** What the "Penghargaan" tabs of member and organisation windows share: their title and place among the tabs. */
@Messages("TAB_Awards=Penghargaan")
abstract class AwardsTab<R> implements ViewProvider<R> {

    @Override
    public final String title() {
        return Bundle.TAB_Awards();
    }

    @Override
    public final int position() {
        return 1100;
    }
}
