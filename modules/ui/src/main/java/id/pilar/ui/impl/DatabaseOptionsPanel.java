package id.pilar.ui.impl;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import org.openide.util.NbBundle.Messages;

/** The Swing panel of the database option (the Options window is Swing). */
@Messages({
    "LBL_DatabaseLocation=&Lokasi basis data:",
    "BTN_Browse=&Telusuri…",
    "# {0} - default path",
    "HINT_DatabaseDefault=Kosongkan untuk memakai lokasi bawaan: {0}. Boleh juga URL jdbc:postgresql://server/basisdata.",
    "HINT_DatabaseApply=Basis data dibuka ulang saat perubahan diterapkan.",
    "# {0} - folder",
    "ERR_FolderMissing=Folder {0} tidak ada."
})
final class DatabaseOptionsPanel extends JPanel {

    private final JTextField location = new JTextField(40);
    private final JLabel error = new JLabel(" ");
    private final JLabel hint = new JLabel();

    DatabaseOptionsPanel(Runnable onChange) {
        super(new GridBagLayout());
        JLabel label = new JLabel();
        org.openide.awt.Mnemonics.setLocalizedText(label, Bundle.LBL_DatabaseLocation());
        label.setLabelFor(location);
        JButton browse = new JButton();
        org.openide.awt.Mnemonics.setLocalizedText(browse, Bundle.BTN_Browse());
        browse.addActionListener(e -> {
            JFileChooser fc = new JFileChooser();
            if (fc.showSaveDialog(this) == JFileChooser.APPROVE_OPTION) {
                location.setText(fc.getSelectedFile().getAbsolutePath());
            }
        });
        location.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                changed(onChange);
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                changed(onChange);
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                changed(onChange);
            }
        });
        error.setForeground(new java.awt.Color(0xC0392B));
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(4, 4, 4, 4);
        c.anchor = GridBagConstraints.WEST;
        add(label, c);
        c.gridx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        add(location, c);
        c.gridx = 2;
        c.weightx = 0;
        c.fill = GridBagConstraints.NONE;
        add(browse, c);
        c.gridx = 1;
        c.gridy = 1;
        c.gridwidth = 2;
        add(hint, c);
        c.gridy = 2;
        add(new JLabel(Bundle.HINT_DatabaseApply()), c);
        c.gridy = 3;
        add(error, c);
        c.gridy = 4;
        c.weighty = 1;
        add(new JPanel(), c);
    }

    private void changed(Runnable onChange) {
        String problem = validateLocation();
        error.setText(problem == null ? " " : problem);
        onChange.run();
    }

    void load(String configured, String defaultPath) {
        location.setText(configured == null ? "" : configured);
        // Wrapped, so a long path does not push the Browse button out of the dialog.
        hint.setText("<html><body style='width:420px'>" + escape(Bundle.HINT_DatabaseDefault(defaultPath)) + "</body></html>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    String databaseLocation() {
        return location.getText().trim();
    }

    /** Null when acceptable; else an Indonesian message. */
    String validateLocation() {
        String t = databaseLocation();
        if (t.isEmpty() || t.startsWith("jdbc:postgresql:")) {
            return null;
        }
        Path parent = Path.of(t).toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return Bundle.ERR_FolderMissing(parent);
        }
        return null;
    }
}
