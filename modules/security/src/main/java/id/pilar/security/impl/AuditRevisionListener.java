package id.pilar.security.impl;

import id.pilar.core.api.security.AccessControl;
import java.time.Instant;
import org.hibernate.envers.RevisionListener;

/** Fills in who made a revision: the acting user, the same name as in updated_by and when. */
public final class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((AuditRevision) revisionEntity).stamp(AccessControl.get().currentUser().username(), Instant.now());
    }
}
