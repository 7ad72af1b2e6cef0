package id.pilar.ui.impl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseTileTest {

    @Test
    void demoStampReadsAsJakartaTimeAndCount() {
        assertThat(DatabaseTile.describeDemo("2026-11-28T09:58:21.906963103Z ukuran=2000")).isEqualTo("28/11/2026 16.58, 2.000 orang");
        assertThat(DatabaseTile.describeDemo("rusak")).isEqualTo("rusak");
    }
}
