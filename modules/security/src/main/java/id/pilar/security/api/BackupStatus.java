package id.pilar.security.api;

import java.time.Instant;

/**
 * Whether automatic backups happen on this PC, for the status line and the start page.
 *
 * @param active        automatic backups are on and have a stored passphrase (else "belum aktif")
 * @param lastBackup    the newest backup in the backup folder (automatic or by hand), or null
 * @param failedAt      the last automatic backup failed at this moment (after the last that worked), or null
 * @param failureReason the reason in the user's words, or empty when unknown
 * @param failureToTell the failure was not yet told to anyone at a start
 */
public record BackupStatus(boolean active, Instant lastBackup, Instant failedAt, String failureReason, boolean failureToTell) {
}
