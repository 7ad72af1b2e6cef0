package id.pilar.rosters.api;

import org.openide.util.NbBundle.Messages;

/** A member with this NIK already exists; the UI offers to open {@link #existing()} instead. */
@Messages({
    "# {0} - NIK, {1} - name",
    "ERR_DuplicateNik=NIK {0} sudah terdaftar atas nama {1}."
})
public class DuplicateNikException extends RostersException {

    private final MemberRef existing;

    public DuplicateNikException(MemberRef existing) {
        super("ERR_DuplicateNik", Bundle.ERR_DuplicateNik(existing.nik(), existing.fullName()), existing.nik(), existing.fullName());
        this.existing = existing;
    }

    public MemberRef existing() {
        return existing;
    }
}
