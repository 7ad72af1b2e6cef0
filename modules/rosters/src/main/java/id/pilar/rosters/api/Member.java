package id.pilar.rosters.api;

import id.pilar.core.api.identity.Sex;
import java.time.LocalDate;

/** A member as shown in lists and the profile. {@code nik} is masked for users who may not see it. */
public record Member(String id, int version, String nik, String fullName, Sex sex, LocalDate birthDate, String phone,
        String kelurahanKode, String kelurahanName,
        String taganaNumber, TaganaRank taganaRank,
        String tkskKecamatanKode, String tkskSkNumber, LocalDate tkskSkValidFrom, LocalDate tkskSkValidUntil,
        String psmKelurahanKode) {

    public MemberRef ref() {
        return new MemberRef(id, nik, fullName);
    }

    public MemberDraft draft() {
        return new MemberDraft(nik, fullName, sex, birthDate, phone, kelurahanKode, taganaNumber, taganaRank,
                tkskKecamatanKode, tkskSkNumber, tkskSkValidFrom, tkskSkValidUntil, psmKelurahanKode);
    }
}
