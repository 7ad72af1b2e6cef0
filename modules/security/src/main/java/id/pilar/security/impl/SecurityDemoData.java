package id.pilar.security.impl;

import id.pilar.core.persistence.Transactions;
import id.pilar.core.spi.DemoDataContext;
import id.pilar.core.spi.DemoDataContributor;
import id.pilar.security.api.Consents.NewConsent;
import id.pilar.security.api.DataRequests.Kind;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * Demo consents for the registry's demo people (when the registry is installed), and two open
 * UU PDP requests, so the consent window and the approval workflow have something to show.
 * No demo accounts: a demo database must still ask for its own administrator at first start.
 */
@ServiceProvider(service = DemoDataContributor.class, position = 900)
@Messages("MSG_DemoConsents=Membuat data contoh persetujuan UU PDP")
public final class SecurityDemoData implements DemoDataContributor {

    private static final List<String> PURPOSES = List.of(
            "Pendataan dan verifikasi DTSEN", "Penyaluran bantuan sosial", "Rujukan ke layanan kesehatan", // TextRules: data (sample records)
            "Dokumentasi foto kegiatan");

    @Override
    public String moduleId() {
        return SecuritySchema.MODULE_ID;
    }

    @Override
    public String description() {
        return Bundle.MSG_DemoConsents();
    }

    @Override
    public void generate(DemoDataContext context) throws Exception {
        List<String> people = Transactions.get().jdbc(c -> {
            List<String> ids = new ArrayList<>();
            DatabaseMetaData md = c.getMetaData();
            try (ResultSet t = md.getTables(null, null, "reg_person", null)) {
                if (!t.next()) {
                    return ids; // registry not installed: nobody to ask for consent
                }
            }
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM reg_person ORDER BY id")) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        });
        if (people.isEmpty() || context.cancelled()) {
            return;
        }
        Random r = context.randomFor(moduleId());
        List<NewConsent> consents = new ArrayList<>();
        LocalDate start = LocalDate.of(2025, 1, 6);
        for (int i = 0; i < people.size(); i++) {
            if (r.nextInt(10) < 6) { // most people signed the consent form at registration
                consents.add(new NewConsent(people.get(i), PURPOSES.get(r.nextInt(2)), start.plusDays(r.nextInt(600)),
                        String.format("Formulir persetujuan DEMO-%05d", i + 1)));
            }
        }
        context.progress().step(description(), 0, 1);
        ConsentsImpl service = new ConsentsImpl();
        service.recordAll(consents);
        DataRequestsImpl requests = new DataRequestsImpl();
        requests.file(people.get(r.nextInt(people.size())), Kind.PEMBATASAN, "Contoh: subjek meminta pemrosesan dihentikan sementara");
        requests.file(people.get(r.nextInt(people.size())), Kind.PENGHAPUSAN, "Contoh: subjek pindah domisili dan meminta datanya dihapus"); // TextRules: data (sample record)
        context.progress().step(description(), 1, 1);
    }
}
