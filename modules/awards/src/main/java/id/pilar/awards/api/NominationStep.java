package id.pilar.awards.api;

import java.time.Instant;

/** One step of a nomination's history: who, when, from which state to which, at which level, why. */
public record NominationStep(NominationState from, NominationState to, int routeLevel, String levelName, String actor,
        String actorName, Instant at, String note) {
}
