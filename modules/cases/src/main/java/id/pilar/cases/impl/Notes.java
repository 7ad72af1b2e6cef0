package id.pilar.cases.impl;

import id.pilar.cases.api.CaseService.Note;
import id.pilar.cases.impl.model.CaseNoteEntity;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.api.security.AccessControl.Sensitive;
import id.pilar.core.api.security.Masks;

/** Case notes as a user may see them: masked without the case-notes (and, for health notes, health) permission. */
final class Notes {

    private Notes() {
    }

    static boolean masked(boolean health) {
        AccessControl ac = AccessControl.get();
        return !ac.canSee(Sensitive.CASE_NOTES) || (health && !ac.canSee(Sensitive.HEALTH));
    }

    static Note toRecord(CaseNoteEntity n) {
        boolean masked = masked(n.kesehatan == 1);
        return new Note(n.getId(), masked ? Masks.text(n.teks) : n.teks, n.kesehatan == 1, masked, n.koreksiDari, n.dikoreksi == 1,
                n.getCreatedBy(), n.getCreatedAt());
    }
}
