package id.pilar.ui.impl;

import id.pilar.core.api.db.DatabaseSettings;
import id.pilar.core.api.db.DatabaseTarget;
import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;
import javax.swing.JComponent;
import org.netbeans.spi.options.OptionsPanelController;
import org.openide.util.HelpCtx;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;

/** Tools → Options → Lain-lain → Basis data Pilar: where the database file is. */
@OptionsPanelController.SubRegistration(location = "Advanced", id = "PilarDatabase",
        displayName = "#AdvancedOption_DisplayName_Database", keywords = "#AdvancedOption_Keywords_Database",
        keywordsCategory = "Advanced/PilarDatabase")
@Messages({
    "AdvancedOption_DisplayName_Database=Basis data Pilar",
    "AdvancedOption_Keywords_Database=basis data database sqlite lokasi berkas"
})
public final class DatabaseOptionsPanelController extends OptionsPanelController {

    static final String OPTIONS_PATH = "Advanced/PilarDatabase";

    private DatabaseOptionsPanel panel;
    private final PropertyChangeSupport pcs = new PropertyChangeSupport(this);
    private boolean changed;

    @Override
    public void update() {
        panel().load(DatabaseSettings.configured(), DatabaseSettings.defaultSqliteFile().toString());
        changed = false;
    }

    @Override
    public void applyChanges() {
        String chosen = panel().databaseLocation();
        DatabaseSettings.setConfigured(chosen);
        if (chosen != null && !chosen.isBlank()) {
            DatabaseTarget target = DatabaseTarget.parse(chosen);
            DatabaseSettings.setCommandLine(null);
            DatabaseStartup.RP.post(() -> DatabaseStartup.open(target));
        }
        changed = false;
    }

    @Override
    public void cancel() {
        changed = false;
    }

    @Override
    public boolean isValid() {
        return panel().validateLocation() == null;
    }

    @Override
    public boolean isChanged() {
        return changed;
    }

    @Override
    public JComponent getComponent(Lookup masterLookup) {
        return panel();
    }

    @Override
    public HelpCtx getHelpCtx() {
        return null;
    }

    @Override
    public void addPropertyChangeListener(PropertyChangeListener l) {
        pcs.addPropertyChangeListener(l);
    }

    @Override
    public void removePropertyChangeListener(PropertyChangeListener l) {
        pcs.removePropertyChangeListener(l);
    }

    private DatabaseOptionsPanel panel() {
        if (panel == null) {
            panel = new DatabaseOptionsPanel(() -> {
                changed = true;
                pcs.firePropertyChange(OptionsPanelController.PROP_CHANGED, false, true);
                pcs.firePropertyChange(OptionsPanelController.PROP_VALID, null, null);
            });
        }
        return panel;
    }
}
