package id.pilar.security.api;

import java.nio.file.Path;
import java.util.List;
import org.openide.util.Lookup;

/**
 * Subject-access export (UU PDP art. 7): everything Pilar holds about one person, from every
 * module that implements {@link id.pilar.core.spi.PersonalDataSource}, as JSON and as PDF.
 */
public interface SubjectAccess {

    /** Collects every module's data about the person (unmasked: the export is for the person). */
    List<id.pilar.core.spi.PersonalDataSection> collect(String personId);

    /** Writes {@code <folder>/data-subjek-<id>.json} and {@code .pdf}; returns both paths. */
    List<Path> export(String personId, Path folder);

    static SubjectAccess get() {
        return Lookup.getDefault().lookup(SubjectAccess.class);
    }
}
