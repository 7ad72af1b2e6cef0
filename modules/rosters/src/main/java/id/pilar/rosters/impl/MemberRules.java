package id.pilar.rosters.impl;

import id.pilar.core.api.identity.NikCheck;
import id.pilar.core.api.identity.NikValidator;
import id.pilar.core.api.identity.PersonNames;
import id.pilar.core.api.identity.PhoneNumbers;
import id.pilar.rosters.api.MemberCheck;
import id.pilar.rosters.api.MemberDraft;
import id.pilar.rosters.api.MemberRef;
import id.pilar.rosters.impl.model.RosterMemberEntity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.openide.util.NbBundle.Messages;

/** How a member is judged and stored; the form, the service and the import use the same rules. */
@Messages({
    "ERR_FullNameRequired=Nama lengkap wajib diisi.",
    "ERR_SexRequired=Jenis kelamin wajib dipilih.",
    "ERR_BirthInFuture=Tanggal lahir tidak boleh di masa depan.",
    "# {0} - phone",
    "ERR_Phone=Nomor telepon ''{0}'' tidak dikenali (contoh: 0812-3456-7890).",
    "ERR_KelurahanUnknown=Kelurahan tidak dikenal.",
    "ERR_TaganaRankWithoutNumber=Tingkatan Tagana diisi tanpa nomor anggota Tagana.",
    "ERR_TkskKecamatanUnknown=Kecamatan tugas TKSK tidak dikenal.",
    "# {0} - kecamatan, {1} - other TKSK",
    "WARN_SecondTksk=Kecamatan {0} sudah punya TKSK aktif: {1}. Satu kecamatan biasanya satu TKSK.",
    "ERR_TkskSkReversed=Masa berlaku SK TKSK berakhir sebelum mulai berlaku.",
    "# {0} - date",
    "WARN_TkskSkExpired=SK TKSK sudah berakhir pada {0}.",
    "ERR_PsmKelurahanUnknown=Kelurahan tugas PSM tidak dikenal."
})
public final class MemberRules {

    private MemberRules() {
    }

    /** Shared by the form, the service and the import, so all three judge a member alike. */
    public static MemberCheck check(Session s, MemberDraft d, String excludeId, LocalDate today) {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        NikCheck nik = NikValidator.check(d.nik(), d.birthDate(), d.sex(), today);
        if (!nik.valid()) {
            errors.add(nik.firstError());
        }
        nik.warnings().forEach(w -> warnings.add(w.message()));
        if (Wilayah.blank(d.fullName()) || d.fullName().trim().length() < 2) {
            errors.add(Bundle.ERR_FullNameRequired());
        }
        if (d.sex() == null) {
            errors.add(Bundle.ERR_SexRequired());
        }
        if (d.birthDate() != null && d.birthDate().isAfter(today)) {
            errors.add(Bundle.ERR_BirthInFuture());
        }
        if (!Wilayah.blank(d.phone()) && PhoneNumbers.normalise(d.phone()) == null) {
            errors.add(Bundle.ERR_Phone(d.phone().trim()));
        }
        if (d.kelurahanKode() != null && Wilayah.kelurahan(d.kelurahanKode()).isEmpty()) {
            errors.add(Bundle.ERR_KelurahanUnknown());
        }
        if (d.taganaRank() != null && Wilayah.blank(d.taganaNumber())) {
            errors.add(Bundle.ERR_TaganaRankWithoutNumber());
        }
        if (d.tkskKecamatanKode() != null) {
            if (Wilayah.kecamatan(d.tkskKecamatanKode()).isEmpty()) {
                errors.add(Bundle.ERR_TkskKecamatanUnknown());
            } else {
                secondTksk(s, d.tkskKecamatanKode(), excludeId, today).ifPresent(other -> warnings.add(
                        Bundle.WARN_SecondTksk(Wilayah.kecamatan(d.tkskKecamatanKode()).get().nama(), other)));
            }
        }
        if (d.tkskSkValidFrom() != null && d.tkskSkValidUntil() != null && d.tkskSkValidUntil().isBefore(d.tkskSkValidFrom())) {
            errors.add(Bundle.ERR_TkskSkReversed());
        }
        if (d.tkskSkValidUntil() != null && d.tkskSkValidUntil().isBefore(today)) {
            warnings.add(Bundle.WARN_TkskSkExpired(Dates.show(d.tkskSkValidUntil())));
        }
        if (d.psmKelurahanKode() != null && Wilayah.kelurahan(d.psmKelurahanKode()).isEmpty()) {
            errors.add(Bundle.ERR_PsmKelurahanUnknown());
        }
        MemberRef same = null;
        if (nik.valid()) {
            same = s.createSelectionQuery("from RosterMemberEntity m where m.nik = :n and (:self is null or m.id <> :self)", RosterMemberEntity.class)
                    .setParameter("n", nik.nik()).setParameter("self", excludeId).getResultStream().findFirst()
                    .map(m -> new MemberRef(m.getId(), m.nik, m.fullName)).orElse(null);
        }
        return new MemberCheck(errors, warnings, same);
    }

    /** Another member whose TKSK decree for the kecamatan runs today. */
    private static Optional<String> secondTksk(Session s, String kecamatan, String excludeId, LocalDate today) {
        return s.createSelectionQuery("select m.fullName from RosterMemberEntity m where m.tkskKecamatanKode = :k "
                + "and (:self is null or m.id <> :self) and (m.tkskSkValidUntil is null or m.tkskSkValidUntil >= :d)", String.class)
                .setParameter("k", kecamatan).setParameter("self", excludeId).setParameter("d", today)
                .getResultStream().findFirst();
    }

    /** Copies a checked draft onto the entity, in the stored forms (clean NIK, E.164 phone, name key). */
    public static void apply(RosterMemberEntity m, MemberDraft d) {
        NikCheck nik = NikValidator.check(d.nik());
        m.nik = nik.nik();
        m.fullName = d.fullName().trim().replaceAll("\\s+", " ");
        m.nameKey = PersonNames.canonical(m.fullName);
        m.sex = d.sex().code();
        // A missing birth date is taken from the NIK, which encodes it.
        m.birthDate = d.birthDate() != null ? d.birthDate() : nik.birthDate();
        m.phone = Wilayah.blank(d.phone()) ? null : PhoneNumbers.normalise(d.phone());
        m.kelurahanKode = d.kelurahanKode();
        m.taganaNumber = Wilayah.trim(d.taganaNumber());
        m.taganaRank = d.taganaRank() == null ? null : d.taganaRank().name();
        m.tkskKecamatanKode = d.tkskKecamatanKode();
        m.tkskSkNumber = Wilayah.trim(d.tkskSkNumber());
        m.tkskSkValidFrom = d.tkskSkValidFrom();
        m.tkskSkValidUntil = d.tkskSkValidUntil();
        m.psmKelurahanKode = d.psmKelurahanKode();
    }

}
