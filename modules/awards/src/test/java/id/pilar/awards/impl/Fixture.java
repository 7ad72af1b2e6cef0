package id.pilar.awards.impl;

import id.pilar.core.api.identity.Sex;
import id.pilar.rosters.api.Member;
import id.pilar.rosters.api.MemberDraft;
import id.pilar.rosters.api.MemberService;
import id.pilar.rosters.api.MembershipDraft;
import id.pilar.rosters.api.Organisation;
import id.pilar.rosters.api.OrganisationDraft;
import id.pilar.rosters.api.OrganisationService;
import id.pilar.rosters.api.OrganisationStatus;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Roster records for the awards tests, made through the rosters' own services. */
final class Fixture {

    private static int serial = 100;

    private Fixture() {
    }

    static Organisation organisation(String name, String psks, String reg) {
        return OrganisationService.get().create(new OrganisationDraft(name, psks, reg, "SK " + reg, LocalDate.of(2015, 1, 1),
                LocalDate.of(2030, 12, 31), "Jl. Kramat Raya 1", "31.71.04.1001", "H. Ahmad", OrganisationStatus.AKTIF));
    }

    static Member member(String name, Organisation org, LocalDate from, LocalDate to) {
        String nik = "3171051505" + "90" + String.format("%04d", serial++);
        Member m = MemberService.get().create(MemberDraft.basic(nik, name, Sex.LAKI_LAKI, LocalDate.of(1990, 5, 15), "0812-3456-7890",
                "31.71.04.1001"));
        if (from != null) {
            MemberService.get().addMembership(new MembershipDraft(m.id(), org.id(), "Anggota", from, to));
        }
        return m;
    }

    static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] jpeg() {
        return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};
    }
}
