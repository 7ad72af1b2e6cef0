package id.pilar.atlas.impl.geo;

import id.pilar.atlas.api.geo.BoundaryImport;
import id.pilar.atlas.api.geo.BoundaryImportException;
import id.pilar.core.api.error.PilarException;
import id.pilar.core.spi.BatchCommand;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netbeans.api.sendopts.CommandException;
import org.netbeans.spi.sendopts.Option;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code --atlas-boundaries FILE.geojson}: imports kelurahan boundaries. Prints the fixed line
 * {@code matched N, not matched M} and then, in the user's language, how they were matched and
 * which were not. A refused file exits 3 and leaves the previous boundaries in place.
 */
@ServiceProvider(service = BatchCommand.class)
@Messages({
    "OPT_atlasBoundaries=mengimpor batas kelurahan dari berkas GeoJSON (44 kelurahan Jakarta Pusat, [bujur, lintang])",
    "# {0} - message", "MSG_BoundariesFailed=GAGAL: {0}"
})
public final class BoundariesBatchCommand implements BatchCommand {

    static final int FAILED = 3;
    static final Option BOUNDARIES = Option.shortDescription(Option.requiredArgument(Option.NO_SHORT_NAME, "atlas-boundaries"),
            "id.pilar.atlas.impl.geo.Bundle", "OPT_atlasBoundaries");

    @Override
    public Set<Option> options() {
        return Set.of(BOUNDARIES);
    }

    @Override
    public boolean requested(Map<Option, String[]> values) {
        return values.containsKey(BOUNDARIES);
    }

    @Override
    public void run(Map<Option, String[]> values, PrintStream out, PrintStream err) throws CommandException {
        try {
            BoundaryImport result = new BoundaryServiceImpl().importGeoJson(BatchCommand.resolve(values.get(BOUNDARIES)[0]));
            out.println(summary(result.matched().size()));
            result.lines().forEach(out::println);
        } catch (BoundaryImportException e) {
            out.println(summary(matchedCount(e)));
            e.details().forEach(err::println);
            throw new CommandException(FAILED, Bundle.MSG_BoundariesFailed(e.getMessage()));
        } catch (PilarException e) {
            throw new CommandException(FAILED, Bundle.MSG_BoundariesFailed(e.getMessage()));
        }
    }

    /** The machine-readable line; its words stay English in every locale, as batch lines do. */
    static String summary(int matched) {
        return "matched " + matched + ", not matched " + (44 - matched);
    }

    private static int matchedCount(BoundaryImportException e) {
        List<Object> args = e.args();
        return "ERR_Missing".equals(e.code()) ? ((Number) args.get(1)).intValue() : 0;
    }
}
