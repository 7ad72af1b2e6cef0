package id.pilar.awards.impl;

import id.pilar.awards.api.AwardRecords;
import id.pilar.awards.api.AwardsException;
import id.pilar.awards.api.AwardsPermissions;
import id.pilar.awards.api.Ceremony;
import id.pilar.awards.api.ConferredAward;
import id.pilar.awards.impl.doc.CertificatePdf;
import id.pilar.awards.impl.model.AwardCeremonyEntity;
import id.pilar.awards.impl.model.AwardEntity;
import id.pilar.awards.impl.model.AwardTypeEntity;
import id.pilar.core.api.error.ConcurrentChangeException;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.Transactions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

@ServiceProvider(service = AwardRecords.class)
@Messages({
    "ERR_CeremonyFields=Nama acara, tanggal, tempat dan pemberi penghargaan wajib diisi.",
    "# {0} - number", "ERR_UnknownSerial=Tidak ada penghargaan dengan nomor piagam {0}."
})
public final class AwardRecordsImpl implements AwardRecords {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private final Transactions tx;

    public AwardRecordsImpl() {
        this(null);
    }

    public AwardRecordsImpl(Transactions tx) {
        this.tx = tx;
    }

    private Transactions tx() {
        return tx != null ? tx : Transactions.get();
    }

    @Override
    public List<Ceremony> ceremonies() {
        AccessControl.get().require(AwardsPermissions.READ);
        return tx().read(s -> s.createSelectionQuery("select c, (select count(a) from AwardEntity a where a.ceremonyId = c.id) "
                + "from AwardCeremonyEntity c order by c.heldOn desc", Object[].class).getResultList().stream()
                .map(r -> ceremony((AwardCeremonyEntity) r[0], ((Long) r[1]).intValue())).toList());
    }

    private static Ceremony ceremony(AwardCeremonyEntity c, int awards) {
        return new Ceremony(c.getId(), c.getVersion() == null ? 0 : c.getVersion(), c.name, c.heldOn, c.place, c.presenter, awards);
    }

    @Override
    public Ceremony createCeremony(String name, LocalDate heldOn, String place, String presenter) {
        AccessControl.get().require(AwardsPermissions.DECIDE);
        if (blank(name) || heldOn == null || blank(place) || blank(presenter)) {
            throw new AwardsException("ERR_CeremonyFields", Bundle.ERR_CeremonyFields());
        }
        return tx().inTransaction(s -> {
            AwardCeremonyEntity c = new AwardCeremonyEntity();
            c.name = name.strip();
            c.heldOn = heldOn;
            c.place = place.strip();
            c.presenter = presenter.strip();
            s.persist(c);
            return ceremony(c, 0);
        });
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public List<ConferredAward> atCeremony(String ceremonyId) {
        AccessControl.get().require(AwardsPermissions.READ);
        return query("a.ceremonyId = :v", ceremonyId);
    }

    @Override
    public List<ConferredAward> forRecipient(String recipientId) {
        AccessControl.get().require(AwardsPermissions.READ);
        return query("a.recipientId = :v", recipientId);
    }

    @Override
    public List<ConferredAward> all() {
        AccessControl.get().require(AwardsPermissions.READ);
        return query(null, null);
    }

    @Override
    public Optional<ConferredAward> byNumber(String serialNumber) {
        AccessControl.get().require(AwardsPermissions.READ);
        return query("a.serialNumber = :v", serialNumber == null ? "" : serialNumber.strip()).stream().findFirst();
    }

    private List<ConferredAward> query(String where, String value) {
        return tx().read(s -> {
            var q = s.createSelectionQuery("select a, t, c from AwardEntity a, AwardTypeEntity t, AwardCeremonyEntity c "
                    + "where t.id = a.typeId and c.id = a.ceremonyId" + (where == null ? "" : " and " + where)
                    + " order by a.conferredOn desc, a.serialNumber", Object[].class);
            if (where != null) {
                q.setParameter("v", value);
            }
            return q.getResultList().stream().map(r -> Mapping.award((AwardEntity) r[0], (AwardTypeEntity) r[1], (AwardCeremonyEntity) r[2]))
                    .toList();
        });
    }

    @Override
    public boolean printCertificate(String serialNumber, Path pdf) throws IOException {
        AccessControl.get().require(AwardsPermissions.PRINT);
        ConferredAward a = byNumber(serialNumber).orElseThrow(
                () -> new AwardsException("ERR_UnknownSerial", Bundle.ERR_UnknownSerial(serialNumber), serialNumber));
        Path target = pdf.toAbsolutePath();
        Files.createDirectories(target.getParent());
        // Rendered to a side file first; the print is counted only when the file is complete, and the
        // count is checked against the one the rendering used (two prints at once cannot both be the original).
        Path side = target.resolveSibling(target.getFileName() + ".part");
        CertificatePdf.write(a, a.printCount(), LocalDate.now(JAKARTA), side);
        try {
            tx().run(s -> bump(s, a));
        } catch (RuntimeException e) {
            Files.deleteIfExists(side);
            throw e;
        }
        Files.move(side, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return a.printCount() > 0;
    }

    private static void bump(Session s, ConferredAward a) {
        AwardEntity e = s.find(AwardEntity.class, a.id());
        if (e.printCount != a.printCount()) {
            throw new ConcurrentChangeException(null);
        }
        e.printCount++;
    }
}
