package id.pilar.cases;

import id.pilar.cases.api.CaseService;
import id.pilar.cases.api.CaseService.CaseDetail;
import id.pilar.cases.api.CaseService.CaseDraft;
import id.pilar.cases.api.CaseSource;
import id.pilar.cases.api.RiskLevel;
import id.pilar.registry.api.PersonDraft;
import id.pilar.registry.api.PersonService;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Registry persons and cases for the tests. */
final class CaseFixtures {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    private CaseFixtures() {
    }

    static String person(String name) {
        return PersonService.get().create(PersonDraft.named(name), true).id();
    }

    static CaseDraft draftFor(String personId, LocalDate opened) {
        return new CaseDraft(List.of(personId), null, CaseSource.PENJANGKAUAN, "PPKS-11", RiskLevel.TINGGI, null, opened,
                "31.71.01.1001", "Ditemukan tidur di halte Senen");
    }

    static CaseDetail openCase(String name) {
        return CaseService.get().open(draftFor(person(name), TODAY.minusDays(30)));
    }
}
