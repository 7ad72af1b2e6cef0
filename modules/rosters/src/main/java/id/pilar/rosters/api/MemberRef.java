package id.pilar.rosters.api;

/** Enough of a member to name it and open its window; what other modules hold on to. */
public record MemberRef(String id, String nik, String fullName) {
}
