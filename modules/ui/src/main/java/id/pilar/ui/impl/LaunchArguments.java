package id.pilar.ui.impl;

import id.pilar.core.api.db.DatabaseTarget;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code --db} from this JVM's own command line.
 *
 * <p>Why: the platform hands options to modules only after the module system and window system
 * have started, about a second after start-up tasks run. Knowing the database that early lets
 * start-up open it in parallel with the window system instead of after it.
 */
final class LaunchArguments {

    private LaunchArguments() {
    }

    /** The target given with {@code --db}, if any. */
    static Optional<DatabaseTarget> database() {
        return ProcessHandle.current().info().arguments().flatMap(args -> database(List.of(args), Path.of("").toAbsolutePath()));
    }

    static Optional<DatabaseTarget> database(List<String> args, Path cwd) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String value = null;
            if (a.equals("--db") && i + 1 < args.size()) {
                value = args.get(i + 1);
            } else if (a.startsWith("--db=")) {
                value = a.substring("--db=".length());
            }
            if (value != null && !value.isBlank()) {
                if (value.startsWith("jdbc:")) {
                    return Optional.of(DatabaseTarget.parse(value));
                }
                Path p = Path.of(value);
                return Optional.of(DatabaseTarget.sqlite(p.isAbsolute() ? p : cwd.resolve(p)));
            }
        }
        return Optional.empty();
    }
}
