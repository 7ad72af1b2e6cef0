package id.pilar.registry.api;

import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.openide.util.Lookup;

/** Keeps the registry free of duplicates: checks before saving, a full scan, merge and unmerge. */
public interface DuplicateService {

    /** Existing people who may be the one in {@code draft}, best first. */
    List<DuplicateCandidate> candidatesFor(PersonDraft draft, int limit);

    /**
     * Scans the whole registry and fills the review queue with new candidate pairs.
     *
     * @return pairs found (new and already queued)
     */
    ScanResult scan(BooleanSupplier cancelled);

    /** The same, telling {@code progress} how far it has read (called on the scanning thread). */
    default ScanResult scan(BooleanSupplier cancelled, ScanProgress progress) {
        return scan(cancelled);
    }

    /** How far a scan is: {@code done} of {@code total} records read (each record is read once per pass). */
    @FunctionalInterface
    interface ScanProgress {
        void update(long done, long total);
    }

    /** Open entries of the review queue, best score first. */
    List<DuplicateCandidate> openReviews(int limit);

    long openReviewCount();

    /** Marks a queue entry as two different people. */
    void dismiss(String reviewId);

    /**
     * Merges {@code mergedId} into {@code survivorId}: for each field, {@code 'A'} keeps the
     * survivor's value, {@code 'B'} takes the other's. The merged record stays, with status GANDA.
     *
     * @return the merge id, for {@link #unmerge}
     */
    String merge(String survivorId, String mergedId, Map<MergeField, Character> choice);

    /** Undoes a merge: both records as they were before. */
    void unmerge(String mergeId);

    /** Merges that can still be undone, newest first, as (merge id, survivor, merged). */
    List<MergeRecord> merges(int limit);

    record ScanResult(int pairs, int compared, long millis) {
    }

    record MergeRecord(String id, PersonSummary survivor, PersonSummary merged, java.time.Instant waktu) {
    }

    static DuplicateService get() {
        return Lookup.getDefault().lookup(DuplicateService.class);
    }
}
