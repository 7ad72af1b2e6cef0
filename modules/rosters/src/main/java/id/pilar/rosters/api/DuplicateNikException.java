package id.pilar.rosters.api;

/** A member with this NIK already exists; the UI offers to open {@link #existing()} instead. */
public class DuplicateNikException extends RostersException {

    private final MemberRef existing;

    public DuplicateNikException(MemberRef existing) {
        super("NIK " + existing.nik() + " sudah terdaftar atas nama " + existing.fullName() + ".");
        this.existing = existing;
    }

    public MemberRef existing() {
        return existing;
    }
}
