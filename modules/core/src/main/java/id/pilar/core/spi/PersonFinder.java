package id.pilar.core.spi;

import java.util.List;
import org.openide.util.Lookup;

/**
 * Finds people by what a clerk knows (name, NIK, KK, registry number) for modules that refer to
 * a person but do not depend on the registry (the UU PDP window). The registry registers it with
 * {@code @ServiceProvider}; without the registry there is none ({@link #get()} is null).
 */
public interface PersonFinder {

    /** One person found: the registry id and a line to show (name, registry number, birth date, kelurahan; NIK masked as the user must see it). */
    record Found(String id, String label) {
    }

    List<Found> find(String query, int limit);

    /**
     * The line to show for a person known by id (same content and masking as {@link #find}), or
     * empty when the id is not in the registry. Lets windows that store only the id (UU PDP
     * requests) show who it is.
     */
    java.util.Optional<String> describe(String id);

    static PersonFinder get() {
        return Lookup.getDefault().lookup(PersonFinder.class);
    }
}
