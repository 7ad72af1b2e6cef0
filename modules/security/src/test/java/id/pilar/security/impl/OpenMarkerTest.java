package id.pilar.security.impl;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.core.api.db.DatabaseTarget;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up check runs before the login only after a session that did not close the database. */
class OpenMarkerTest {

    @TempDir
    Path userDir;

    @Test
    void aCleanCloseLeavesNoMarkAndACrashDoes() {
        OpenMarker marker = new OpenMarker(userDir.resolve("var/pilar/terbuka"));
        DatabaseTarget kantor = DatabaseTarget.sqlite(userDir.resolve("kantor.db"));
        DatabaseTarget lain = DatabaseTarget.sqlite(userDir.resolve("lain.db"));

        assertThat(marker.open(kantor)).as("first start ever").isFalse();
        marker.closed(kantor);
        assertThat(marker.open(kantor)).as("after a clean close").isFalse();
        // No close: the process died. The next start must check first; other databases are not affected.
        assertThat(marker.open(kantor)).as("after a crash").isTrue();
        assertThat(marker.open(lain)).isFalse();
        marker.closed(kantor);
        marker.closed(lain);
        assertThat(marker.open(kantor)).isFalse();
    }
}
