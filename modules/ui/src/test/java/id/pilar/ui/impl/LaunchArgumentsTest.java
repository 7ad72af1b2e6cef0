package id.pilar.ui.impl;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.core.api.db.DatabaseTarget;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchArgumentsTest {

    private static final Path CWD = Path.of("/home/clerk");

    @Test
    void readsDbInBothFormsAndResolvesRelativePaths() {
        assertThat(LaunchArguments.database(List.of("--userdir", "/u", "--db", "/data/kantor.db"), CWD))
                .contains(DatabaseTarget.sqlite(Path.of("/data/kantor.db")));
        assertThat(LaunchArguments.database(List.of("--db=kantor.db"), CWD))
                .contains(DatabaseTarget.sqlite(Path.of("/home/clerk/kantor.db")));
        assertThat(LaunchArguments.database(List.of("--db", "jdbc:postgresql://srv/pilar"), CWD).orElseThrow().isSqlite()).isFalse();
    }

    @Test
    void absentOrIncompleteOptionMeansNone() {
        assertThat(LaunchArguments.database(List.of("--nosplash"), CWD)).isEmpty();
        assertThat(LaunchArguments.database(List.of("--db"), CWD)).isEmpty();
    }
}
