package id.pilar.registry.api;

import java.util.List;
import org.openide.util.Lookup;

/**
 * The one search box: name or alias (prefix, any order, spelling variants), NIK, KK, registry
 * number or address. Call it off the UI thread.
 */
public interface PersonSearch {

    List<PersonSummary> search(String query, int limit);

    static PersonSearch get() {
        return Lookup.getDefault().lookup(PersonSearch.class);
    }
}
