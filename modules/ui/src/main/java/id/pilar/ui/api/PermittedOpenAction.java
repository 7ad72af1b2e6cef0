package id.pilar.ui.api;

import id.pilar.core.api.security.AccessControl;
import id.pilar.core.api.security.Permission;
import java.awt.event.ActionEvent;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.SwingUtilities;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;

/**
 * The menu item that opens a window only a role with {@code permission} may use: disabled for
 * everyone else (and re-checked at every login, logout and switch), so a role sees only what it
 * may use and never meets a refusal for a menu click. Register a subclass with
 * {@code @ActionRegistration(displayName = …, lazy = false)} and its {@code @ActionReference}.
 */
public abstract class PermittedOpenAction extends AbstractAction {

    private final Permission permission;
    private final String preferredId;
    private final Supplier<? extends TopComponent> create;

    protected PermittedOpenAction(String name, Permission permission, String preferredId, Supplier<? extends TopComponent> create) {
        super(name);
        this.permission = permission;
        this.preferredId = preferredId;
        this.create = create;
        AccessControl ac = AccessControl.get();
        ac.addUserListener(() -> SwingUtilities.invokeLater(this::update));
        update();
    }

    private void update() {
        AccessControl ac = AccessControl.get();
        setEnabled(ac.signedIn() && ac.isPermitted(permission));
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        update();
        if (!isEnabled()) {
            return;
        }
        TopComponent tc = WindowManager.getDefault().findTopComponent(preferredId);
        if (tc == null) {
            tc = create.get();
        }
        tc.open();
        tc.requestActive();
    }
}
