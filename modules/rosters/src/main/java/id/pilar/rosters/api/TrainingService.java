package id.pilar.rosters.api;

import java.time.LocalDate;
import java.util.List;
import org.openide.util.Lookup;

/** Trainings and certificates, and the lists of those that expire. */
public interface TrainingService {

    Certificate add(CertificateDraft draft);

    List<Certificate> ofMember(String memberId);

    /** Certificates that expired before {@code today} or expire within {@code days}, soonest first. */
    List<Certificate> expiring(LocalDate today, int days);

    static TrainingService get() {
        return Lookup.getDefault().lookup(TrainingService.class);
    }
}
