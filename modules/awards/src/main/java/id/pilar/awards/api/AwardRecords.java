package id.pilar.awards.api;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openide.util.Lookup;

/** Ceremonies, conferred awards and their certificates (piagam). */
public interface AwardRecords {

    List<Ceremony> ceremonies();

    Ceremony createCeremony(String name, LocalDate heldOn, String place, String presenter);

    List<ConferredAward> atCeremony(String ceremonyId);

    List<ConferredAward> forRecipient(String recipientId);

    List<ConferredAward> all();

    Optional<ConferredAward> byNumber(String serialNumber);

    /**
     * Writes the certificate PDF of a conferred award. The first print is the original; every
     * later one keeps the number and is marked as a copy (SALINAN). Returns true for a copy.
     */
    boolean printCertificate(String serialNumber, Path pdf) throws IOException;

    static AwardRecords get() {
        return Lookup.getDefault().lookup(AwardRecords.class);
    }
}
