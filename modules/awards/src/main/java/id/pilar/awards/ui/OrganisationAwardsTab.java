package id.pilar.awards.ui;

import id.pilar.awards.api.RecipientKind;
import id.pilar.rosters.api.OrganisationRef;
import id.pilar.ui.spi.ViewProvider;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.openide.util.lookup.ServiceProvider;

/** "Penghargaan" on the organisation window: awards received, nominations, eligibility for every organisation award today. */
@ServiceProvider(service = ViewProvider.class)
public final class OrganisationAwardsTab extends AwardsTab<OrganisationRef> {

    @Override
    public Class<OrganisationRef> recordType() {
        return OrganisationRef.class;
    }

    @Override
    public Node createView(OrganisationRef organisation) {
        RecipientAwardsView view = new RecipientAwardsView(RecipientKind.ORGANISASI, organisation.id());
        view.reload();
        ScrollPane scroll = new ScrollPane(view.root);
        scroll.setFitToWidth(true);
        return scroll;
    }
}
