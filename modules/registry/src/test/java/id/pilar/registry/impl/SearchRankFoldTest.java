package id.pilar.registry.impl;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.core.api.identity.PersonNames;
import org.junit.jupiter.api.Test;

/** Ranking's quick fold gives what {@link PersonNames#fold} gives, for plain ASCII and for the rest. */
class SearchRankFoldTest {

    @Test
    void sameAsTheFullFold() {
        for (String s : new String[] {"Siti Rahmawati", "  Moch.  Noer  ", "O'Neil-Hutapea", "Jl. Kenari No. 12/B", "ABDUL   rachman",
                "Désirée Nurhayati", "Ça va", "a\tb\nc", "", "   ", "..", "Rt 03/Rw 05", "`Aisyah"}) {
            assertThat(SearchRank.fold(s)).as(s).isEqualTo(PersonNames.fold(s));
        }
        assertThat(SearchRank.fold(null)).isEqualTo(PersonNames.fold(null));
    }
}
