package id.pilar.security.impl;

import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.Transactions;
import id.pilar.security.api.SecurityPermissions;
import id.pilar.security.api.SecurityRefusedException;
import id.pilar.security.api.SubjectAccess;
import id.pilar.core.spi.PersonalDataSection;
import id.pilar.core.spi.PersonalDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * Subject-access export: every {@link PersonalDataSource} in one read transaction, written as
 * JSON (machine-readable, for a transfer) and PDF (for the person). The export itself is logged
 * in the read log.
 */
@ServiceProvider(service = SubjectAccess.class)
@Messages({
    "# {0} - detail",
    "MSG_ExportFailed=Ekspor data subjek gagal: {0}"
})
public final class SubjectAccessImpl implements SubjectAccess {

    static final String EXPORT = "EKSPOR";
    private final Transactions tx;
    private final Supplier<Collection<? extends PersonalDataSource>> sources;

    public SubjectAccessImpl() {
        this(Transactions.get(), () -> Lookup.getDefault().lookupAll(PersonalDataSource.class));
    }

    public SubjectAccessImpl(Transactions tx, Supplier<Collection<? extends PersonalDataSource>> sources) {
        this.tx = tx;
        this.sources = sources;
    }

    @Override
    public List<PersonalDataSection> collect(String personId) {
        AccessControl.get().require(SecurityPermissions.SUBJECT_EXPORT);
        return tx.jdbc(c -> {
            List<PersonalDataSection> out = new ArrayList<>();
            for (PersonalDataSource s : sources.get()) {
                out.addAll(s.collect(personId, c));
            }
            return out;
        });
    }

    @Override
    public List<Path> export(String personId, Path folder) {
        List<PersonalDataSection> sections = collect(personId);
        String who = AccessControl.get().currentUser().username();
        Instant at = Instant.now();
        String safe = personId.replaceAll("[^A-Za-z0-9-]", "_");
        Path json = folder.resolve("data-subjek-" + safe + ".json");
        Path pdf = folder.resolve("data-subjek-" + safe + ".pdf");
        try {
            Files.createDirectories(folder);
            Files.writeString(json, SubjectJson.write(personId, at, who, sections), StandardCharsets.UTF_8);
            SubjectPdf.write(pdf, personId, at, who, sections);
        } catch (IOException | RuntimeException e) {
            throw new SecurityRefusedException("MSG_ExportFailed", Bundle.MSG_ExportFailed(e.getMessage()), e, e.getMessage());
        }
        ReadLog.append(who, EXPORT, "person", personId, null);
        return List.of(json, pdf);
    }
}
