package id.pilar.cases.impl;

/** Texts of the impl bundle that the sub-packages need. */
public final class CaseTexts {

    private CaseTexts() {
    }

    public static String caseNotFound() {
        return Bundle.ERR_CaseNotFound();
    }
}
