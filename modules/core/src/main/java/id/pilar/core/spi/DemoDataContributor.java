package id.pilar.core.spi;

/**
 * A module's part of the demo data set ({@code --demo-data}, and the first-run offer).
 *
 * <p>Register with {@code @ServiceProvider(service = DemoDataContributor.class, position = …)};
 * lower positions run first, so a module that needs people (cases) runs after the one that
 * makes them (registry). Each contributor writes in its own transactions; the runner calls
 * contributors one by one and stops at cancellation.
 */
public interface DemoDataContributor {

    /** Module id, as in {@link ModuleSchema#moduleId()}. */
    String moduleId();

    /** Indonesian text for the progress bar, e.g. "Membuat data penduduk". */
    String description();

    /** Writes the module's demo records. Must check {@link DemoDataContext#cancelled()} often. */
    void generate(DemoDataContext context) throws Exception;
}
