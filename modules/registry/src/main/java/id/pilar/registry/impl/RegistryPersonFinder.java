package id.pilar.registry.impl;

import id.pilar.core.spi.PersonFinder;
import id.pilar.registry.api.PersonSearch;
import id.pilar.registry.api.PersonService;
import id.pilar.registry.api.PersonSummary;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.openide.util.lookup.ServiceProvider;

/** The registry's search box for other modules (see {@link PersonFinder}); same ranking, same masking. */
@ServiceProvider(service = PersonFinder.class)
public final class RegistryPersonFinder implements PersonFinder {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final PersonSearch search;
    private final PersonService people;

    /** For the Lookup: the registry's own services, looked up when first used. */
    public RegistryPersonFinder() {
        this(null, null);
    }

    public RegistryPersonFinder(PersonSearch search, PersonService people) {
        this.search = search;
        this.people = people;
    }

    @Override
    public List<Found> find(String query, int limit) {
        return (search != null ? search : PersonSearch.get()).search(query, limit).stream().map(RegistryPersonFinder::found).toList();
    }

    @Override
    public Optional<String> describe(String id) {
        return (people != null ? people : PersonService.get()).find(id).map(d -> found(d.summary()).label());
    }

    private static Found found(PersonSummary p) {
        StringBuilder b = new StringBuilder(p.nama()).append(" — ").append(p.nomorRegistri());
        if (p.tanggalLahir() != null) {
            b.append(", ").append(DATE.format(p.tanggalLahir()));
        }
        if (p.kelurahan() != null && !p.kelurahan().isBlank()) {
            b.append(", ").append(p.kelurahan());
        }
        if (p.nik() != null && !p.nik().isBlank()) {
            b.append(", NIK ").append(p.nik());
        }
        return new Found(p.id(), b.toString());
    }
}
