package id.pilar.ui.impl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WhatsNewTest {

    @Test
    void versionsCompareNumberByNumberWithTheSnapshotBeforeItsRelease() {
        assertThat(ReleaseVersion.parse("0.10.0")).isGreaterThan(ReleaseVersion.parse("0.9.3"));
        assertThat(ReleaseVersion.parse("0.2.0")).isGreaterThan(ReleaseVersion.parse("0.2.0-SNAPSHOT"));
        assertThat(ReleaseVersion.parse("0.2.0-SNAPSHOT")).isGreaterThan(ReleaseVersion.parse("0.1.9"));
        assertThat(ReleaseVersion.parse("1.0")).isEqualByComparingTo(ReleaseVersion.parse("1.0.0"));
        assertThat(ReleaseVersion.parse("0.0.1")).isGreaterThan(ReleaseVersion.parse("rusak"));
    }

    @Test
    void theNoteShowsOnlyAfterAnOlderVersionStartedHere() {
        assertThat(WhatsNew.shouldShow("0.2.0", "0.1.0")).isTrue();
        assertThat(WhatsNew.shouldShow("0.2.0", "0.2.0-SNAPSHOT")).isTrue();
        assertThat(WhatsNew.shouldShow("0.2.0", "0.2.0")).as("same version again").isFalse();
        assertThat(WhatsNew.shouldShow("0.1.0", "0.2.0")).as("an older copy started").isFalse();
        assertThat(WhatsNew.shouldShow("0.2.0", null)).as("first installation").isFalse();
    }

    @Test
    void theBuildWritesTheProjectVersion() {
        assertThat(WhatsNew.currentVersion()).matches("\\d+(\\.\\d+)*(-SNAPSHOT)?");
    }
}
