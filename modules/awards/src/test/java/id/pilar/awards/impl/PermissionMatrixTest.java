package id.pilar.awards.impl;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.awards.api.AwardType;
import id.pilar.awards.api.AwardsPermissions;
import id.pilar.awards.api.DeclaredFacts;
import id.pilar.awards.api.EligibilityFilter;
import id.pilar.awards.api.NominationDraft;
import id.pilar.awards.api.NominationState;
import id.pilar.awards.api.RecipientKind;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.api.security.AccessDeniedException;
import id.pilar.core.api.security.Permission;
import id.pilar.security.api.Role;
import id.pilar.security.api.RolePolicy;
import id.pilar.security.impl.ActAs;
import id.pilar.testkit.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Roles × awards permissions, and every awards service operation called as every role: refused
 * exactly when the role lacks the operation's permission (the security module's pattern; the
 * test lives here because security cannot depend on awards).
 */
class PermissionMatrixTest {

    static TestDatabase db;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
    }

    @AfterAll
    static void close() {
        ActAs.signOut();
        db.close();
    }

    /** The product decision, written out independently of RolePolicy. */
    static Set<Role> expected(Permission p) {
        return switch (p.id()) {
            case "awards.read", "awards.report.read" -> EnumSet.allOf(Role.class);
            case "awards.nomination.write", "awards.facts.write" -> EnumSet.of(Role.PEKERJA_SOSIAL, Role.SUPERVISOR, Role.ADMIN);
            case "awards.nomination.approve", "awards.catalogue.approve", "awards.report.export" -> EnumSet.of(Role.SUPERVISOR, Role.ADMIN);
            default -> throw new AssertionError("undocumented permission " + p.id());
        };
    }

    @Test
    void everyAwardsPermissionAgainstEveryRole() {
        for (Permission p : AwardsPermissions.ALL) {
            for (Role role : Role.values()) {
                ActAs.role(role);
                assertThat(AccessControl.get().isPermitted(p)).as(role + " × " + p.id()).isEqualTo(expected(p).contains(role));
            }
        }
    }

    @Test
    void everyServiceOperationAsEveryRole() {
        CatalogueImpl catalogue = new CatalogueImpl(db.transactions());
        EligibilityImpl eligibility = new EligibilityImpl(db.transactions(), null);
        NominationsImpl nominations = new NominationsImpl(db.transactions(), eligibility);
        AwardRecordsImpl records = new AwardRecordsImpl(db.transactions());
        AwardReportsImpl reports = new AwardReportsImpl(db.transactions());
        ActAs.role(Role.ADMIN);
        AwardType lokal = catalogue.byCode("LOKAL").orElseThrow();
        LocalDate d = LocalDate.of(2026, 12, 20);
        Path out = db.folder().resolve("x.xlsx");

        Map<String, Op> ops = new LinkedHashMap<>();
        ops.put("catalogue.list", new Op(AwardsPermissions.READ, catalogue::list));
        ops.put("catalogue.save", new Op(AwardsPermissions.CATALOGUE, () -> catalogue.save(lokal)));
        ops.put("eligibility.judgeAll", new Op(AwardsPermissions.READ, () -> eligibility.judgeAll("SLKS", d, EligibilityFilter.ALL)));
        ops.put("eligibility.forRecipient", new Op(AwardsPermissions.READ, () -> eligibility.judgeForRecipient(RecipientKind.ANGGOTA, "x", d)));
        ops.put("eligibility.recordFacts", new Op(AwardsPermissions.RECORD_FACTS,
                () -> eligibility.recordFacts(new DeclaredFacts("tidak-ada", "WNI", null, null, false, "KTP"))));
        ops.put("nominations.list", new Op(AwardsPermissions.READ, () -> nominations.list(null)));
        ops.put("nominations.create", new Op(AwardsPermissions.NOMINATE, () -> nominations.create(new NominationDraft("SLKS", "x", d, "y"))));
        ops.put("nominations.submit", new Op(AwardsPermissions.NOMINATE, () -> nominations.submit("x", 0, null)));
        ops.put("nominations.attach", new Op(AwardsPermissions.NOMINATE, () -> nominations.attach("x", "CV", "cv.pdf", new byte[] {1})));
        ops.put("nominations.verify", new Op(AwardsPermissions.DECIDE, () -> nominations.verify("x", 0, null)));
        ops.put("nominations.forward", new Op(AwardsPermissions.DECIDE, () -> nominations.forward("x", 0, null)));
        ops.put("nominations.approve", new Op(AwardsPermissions.DECIDE, () -> nominations.approve("x", 0, "K", d, null)));
        ops.put("nominations.reject", new Op(AwardsPermissions.DECIDE, () -> nominations.reject("x", 0, "alasan")));
        ops.put("nominations.confer", new Op(AwardsPermissions.DECIDE, () -> nominations.confer("x", 0, "c", "A", "B")));
        ops.put("nominations.missingFor", new Op(AwardsPermissions.READ, () -> nominations.missingFor("x", NominationState.DIUSULKAN)));
        ops.put("records.ceremonies", new Op(AwardsPermissions.READ, records::ceremonies));
        ops.put("records.createCeremony", new Op(AwardsPermissions.DECIDE, () -> records.createCeremony("HKSN", d, "Balai", "Wali Kota")));
        ops.put("records.print", new Op(AwardsPermissions.PRINT, () -> {
            try {
                records.printCertificate("PLR/X/1/1", db.folder().resolve("p.pdf"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }));
        ops.put("reports.awardsPerYear", new Op(AwardsPermissions.PRINT, () -> reports.awardsPerYear(d.minusYears(1), d)));
        ops.put("reports.exportXlsx", new Op(AwardsPermissions.EXPORT, () -> {
            try {
                reports.exportXlsx(reports.pendingNominations(d), out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }));

        for (Role role : Role.values()) {
            for (Map.Entry<String, Op> e : ops.entrySet()) {
                ActAs.role(role);
                boolean allowed = RolePolicy.permits(role, e.getValue().permission());
                Throwable thrown = null;
                try {
                    e.getValue().call().run();
                } catch (RuntimeException ex) {
                    thrown = ex;
                }
                if (allowed) {
                    if (thrown != null) { // refused for bad input (unknown ids) is fine: the permission check passed
                        assertThat(thrown).as(role + " × " + e.getKey()).isNotInstanceOf(AccessDeniedException.class);
                    }
                } else {
                    assertThat(thrown).as(role + " × " + e.getKey()).isInstanceOf(AccessDeniedException.class);
                }
            }
        }
        assertThat(List.copyOf(ops.keySet())).hasSize(20);
    }

    private record Op(Permission permission, Runnable call) {
    }
}
