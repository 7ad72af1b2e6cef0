package id.pilar.security.ui;

import id.pilar.security.api.BackupStatus;
import id.pilar.security.api.Backups;
import id.pilar.ui.spi.HomeTile;
import java.util.ArrayList;
import java.util.List;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/** The start page's backup tile: the same state as the status line, red while backups are off or failing. */
@ServiceProvider(service = HomeTile.class, position = 20)
@Messages({
    "TILE_Backup=Cadangan",
    "TILE_BackupOffLine=Tanpa kata sandi cadangan, Pilar tidak membuat cadangan otomatis.",
    "TILE_BackupSetLine=Admin: Keamanan → Cadangan dan pemulihan → kata sandi cadangan.",
    "TILE_BackupOnLine=Otomatis setiap hari dan saat Pilar ditutup."
})
public final class BackupTile implements HomeTile {

    @Override
    public String title() {
        return Bundle.TILE_Backup();
    }

    @Override
    public Content load() {
        BackupStatus s = Backups.get().status();
        List<String> lines = new ArrayList<>();
        if (!s.active()) {
            lines.add(Bundle.TILE_BackupOffLine());
            lines.add(Bundle.TILE_BackupSetLine());
        } else {
            lines.add(Bundle.TILE_BackupOnLine());
        }
        if (s.failedAt() != null && !s.failureReason().isBlank()) {
            lines.add(s.failureReason());
        }
        return new Content(BackupStatusLine.text(s), lines, BackupStatusLine.alarming(s));
    }

    @Override
    public boolean canOpen() {
        return id.pilar.core.api.security.AccessControl.get().isPermitted(id.pilar.security.api.SecurityPermissions.BACKUP_ADMIN);
    }

    @Override
    public void open() {
        javax.swing.Action open = org.openide.awt.Actions.forID("Keamanan", "id.pilar.security.ui.BackupTopComponent");
        if (open != null) {
            open.actionPerformed(new java.awt.event.ActionEvent(this, java.awt.event.ActionEvent.ACTION_PERFORMED, "open"));
        }
    }
}
