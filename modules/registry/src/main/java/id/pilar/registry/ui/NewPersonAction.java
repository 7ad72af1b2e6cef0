package id.pilar.registry.ui;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle.Messages;

/** Registri → Daftarkan Penduduk Baru. */
@ActionID(category = "Registri", id = "id.pilar.registry.ui.NewPersonAction")
@ActionRegistration(displayName = "#CTL_NewPersonAction")
@ActionReference(path = "Menu/Registri", position = 20)
@Messages("CTL_NewPersonAction=Daftarkan Penduduk Baru")
public final class NewPersonAction implements ActionListener {

    @Override
    public void actionPerformed(ActionEvent e) {
        RegistryWindows.openForm(null);
    }
}
