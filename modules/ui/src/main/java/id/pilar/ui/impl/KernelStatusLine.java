package id.pilar.ui.impl;

import id.pilar.core.api.db.DataKernel;
import id.pilar.core.api.db.KernelStatus;
import java.awt.Component;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import org.openide.awt.StatusLineElementProvider;
import org.openide.util.lookup.ServiceProvider;

/** The database state in the status bar, so a clerk sees at once whether data is ready. */
@ServiceProvider(service = StatusLineElementProvider.class, position = 100)
public final class KernelStatusLine implements StatusLineElementProvider {

    private final JLabel label = new JLabel();

    public KernelStatusLine() {
        label.setBorder(BorderFactory.createEmptyBorder(0, 8, 0, 8));
        DataKernel kernel = DataKernel.get();
        show(kernel.status());
        kernel.addStatusListener(s -> SwingUtilities.invokeLater(() -> show(s)));
    }

    private void show(KernelStatus s) {
        String icon = switch (s.state()) {
            case READY -> "\u25CF ";
            case FAILED -> "\u2716 ";
            default -> "\u25CC ";
        };
        label.setText(icon + s.message());
        label.setToolTipText(s.message());
        label.setForeground(s.state() == KernelStatus.State.FAILED ? new java.awt.Color(0xC0392B)
                : s.state() == KernelStatus.State.READY ? new java.awt.Color(0x1E8449) : java.awt.Color.DARK_GRAY);
    }

    @Override
    public Component getStatusLineElement() {
        return label;
    }
}
