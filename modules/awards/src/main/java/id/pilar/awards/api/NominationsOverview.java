package id.pilar.awards.api;

import java.time.Instant;
import java.time.MonthDay;

/**
 * What the start page says of the nominations, read in one query by plain JDBC (it is asked
 * while Hibernate may still be starting).
 *
 * @param waiting            pending nominations not yet approved (diusulkan, diverifikasi, diteruskan)
 * @param approved           approved, waiting for the ceremony
 * @param oldestPendingSince when the longest-waiting pending nomination entered its state; null when none
 * @param slksCeremony       the day of the SLKS ceremony (HKSN); null when the catalogue has none
 */
public record NominationsOverview(long waiting, long approved, Instant oldestPendingSince, MonthDay slksCeremony) {
}
