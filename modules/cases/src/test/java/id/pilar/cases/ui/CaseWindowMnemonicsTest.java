package id.pilar.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.cases.api.CaseStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The case window's Alt+letter mnemonics: JavaFX fires a mnemonic only when one visible button
 * has it (two make it move the focus instead), and the Swing main menu takes its own letters
 * first. So no letter twice among the header's buttons and the selected tab's, none of the menu's.
 */
class CaseWindowMnemonicsTest {

    /** Berkas, Tampilan, Keamanan, Alat, Jendela, Ba_ntuan. */
    private static final String MENU = "BTKAJN";

    /** The buttons of each tab, as CaseTopComponent and CaseEvidenceView build them. */
    private static final Map<String, List<String>> TABS = Map.of(
            "asesmen", List.of(Bundle.BTN_SaveAssessment()),
            "rencana", List.of(Bundle.BTN_SaveDraft(), Bundle.BTN_SubmitPlan()),
            "layanan", List.of(Bundle.BTN_AddService()),
            "rujukan", List.of(Bundle.BTN_Refer()),
            "catatan", List.of(Bundle.BTN_AddNote(), Bundle.BTN_Correct()),
            "tugas", List.of(Bundle.BTN_AddTask(), Bundle.BTN_Done()),
            "lampiran", List.of(Bundle.BTN_Attach(), Bundle.BTN_OpenAttachment(), Bundle.BTN_RecordConsent()));

    static char mnemonic(String text) {
        int i = text.indexOf('_');
        assertThat(i).as("a mnemonic in '%s'", text).isBetween(0, text.length() - 2);
        return Character.toUpperCase(text.charAt(i + 1));
    }

    @Test
    void stepButtonsNameTheirStepAndUseTheLetterTheyShow() {
        assertThat(CaseWindowModel.stepButton(CaseStatus.ASESMEN).replace("_", "")).isEqualTo("Ke Asesmen");
        assertThat(mnemonic(CaseWindowModel.stepButton(CaseStatus.ASESMEN))).as("Alt+A is the menu Alat").isEqualTo('E');
        for (CaseStatus s : List.of(CaseStatus.ASESMEN, CaseStatus.RENCANA, CaseStatus.LAYANAN, CaseStatus.PEMANTAUAN)) {
            assertThat(CaseWindowModel.stepButton(s).replace("_", "")).isEqualTo("Ke " + s.label());
        }
    }

    @Test
    void noLetterTwiceOnScreenNorOneOfTheMenus() {
        for (CaseStatus state : CaseStatus.values()) {
            List<String> header = new ArrayList<>();
            if (state.open()) {
                // the steps the service offers (never the reopening: that is the button below)
                state.next().stream().filter(n -> n != CaseStatus.DIBUKA_KEMBALI).map(CaseWindowModel::stepButton).forEach(header::add);
                header.add(Bundle.BTN_RequestClosure());
            } else {
                header.add(Bundle.BTN_Reopen());
            }
            header.add(Bundle.BTN_Print());
            header.add(Bundle.BTN_Reload());
            for (Map.Entry<String, List<String>> tab : TABS.entrySet()) {
                List<String> onScreen = new ArrayList<>(header);
                onScreen.addAll(tab.getValue());
                List<Character> letters = onScreen.stream().map(CaseWindowMnemonicsTest::mnemonic).toList();
                assertThat(letters).as("case %s, tab %s: %s", state, tab.getKey(), onScreen).doesNotHaveDuplicates()
                        .noneMatch(c -> MENU.indexOf(c) >= 0);
            }
        }
    }

    @Test
    void inEnglishTooTheStepsTakeNoLetterOfTheMenuOrTheHeader() {
        java.util.Locale before = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.ENGLISH);
        try {
            List<String> onScreen = new ArrayList<>();
            for (CaseStatus s : List.of(CaseStatus.ASESMEN, CaseStatus.RENCANA, CaseStatus.LAYANAN, CaseStatus.PEMANTAUAN)) {
                onScreen.add(CaseWindowModel.stepButton(s));
            }
            assertThat(onScreen.get(0)).as("the English bundle is read").isEqualTo("To Assess_ment");
            onScreen.addAll(List.of(Bundle.BTN_RequestClosure(), Bundle.BTN_Reopen(), Bundle.BTN_Print(), Bundle.BTN_Reload()));
            // Edit, File, Navigate, Help, Security, Tools, View, Window
            assertThat(onScreen.stream().map(CaseWindowMnemonicsTest::mnemonic).toList()).as("%s", onScreen).doesNotHaveDuplicates()
                    .noneMatch(c -> "EFNHSTVW".indexOf(c) >= 0);
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
