package id.pilar.rosters.api;

import id.pilar.core.api.identity.Sex;
import java.time.LocalDate;

/**
 * What a clerk enters for a member, with the type-specific parts (null when not applicable):
 * Tagana number and rank; TKSK kecamatan and decree; PSM kelurahan.
 */
public record MemberDraft(String nik, String fullName, Sex sex, LocalDate birthDate, String phone, String kelurahanKode,
        String taganaNumber, TaganaRank taganaRank,
        String tkskKecamatanKode, String tkskSkNumber, LocalDate tkskSkValidFrom, LocalDate tkskSkValidUntil,
        String psmKelurahanKode) {

    /** Identity only, no type-specific data. */
    public static MemberDraft basic(String nik, String fullName, Sex sex, LocalDate birthDate, String phone, String kelurahanKode) {
        return new MemberDraft(nik, fullName, sex, birthDate, phone, kelurahanKode, null, null, null, null, null, null, null);
    }
}
