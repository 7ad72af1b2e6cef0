package id.pilar.registry;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.core.spi.DemoDataContext;
import id.pilar.core.spi.DemoDataContributor;
import id.pilar.registry.impl.DtsenMatchingImpl;
import id.pilar.registry.impl.DuplicateServiceImpl;
import id.pilar.registry.impl.PersonServiceImpl;
import id.pilar.registry.impl.demo.RegistryDemoData;
import id.pilar.testkit.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openide.util.Lookup;

class DemoDataTest {

    @Test
    void demoDataContributorFillsRegistryDtsenAndDuplicateQueue() throws Exception {
        assertThat(Lookup.getDefault().lookupAll(DemoDataContributor.class)).hasAtLeastOneElementOfType(RegistryDemoData.class);
        try (TestDatabase db = TestDatabase.create()) {
            new RegistryDemoData().generate(new DemoDataContext(7, 400, DemoDataContext.Progress.NONE));
            assertThat(new PersonServiceImpl(db.transactions()).countActive()).isBetween(400L, 410L);
            assertThat(new DtsenMatchingImpl(db.transactions()).latestImport()).isNotNull();
            assertThat(new DtsenMatchingImpl(db.transactions()).matchedShare()).isGreaterThan(0.2);
            assertThat(new DuplicateServiceImpl(db.transactions()).openReviewCount()).isPositive();
        }
    }
}
