package id.pilar.rosters.api;

import java.time.LocalTime;

/**
 * A shift on the duty's date, in Jakarta time. An end before the start on the clock means the
 * next morning (a night shift 22.00–06.00).
 */
public record ShiftDraft(LocalTime start, LocalTime end, int headcount) {
}
