package id.pilar.core.api.identity;

/**
 * Indonesian phone numbers in one form, {@code +6281234567890}, whatever way they were typed
 * ({@code 0812-3456-7890}, {@code 62 812 3456 7890}, {@code +62 (21) 3456789}).
 */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /** The E.164 form, or null when the text is not a plausible Indonesian number. */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String d = raw.replaceAll("[\\s().\\-/]", "");
        if (d.startsWith("+62")) {
            d = d.substring(3);
        } else if (d.startsWith("0062")) {
            d = d.substring(4);
        } else if (d.startsWith("62")) {
            d = d.substring(2);
        } else if (d.startsWith("0")) {
            d = d.substring(1);
        } else {
            return null;
        }
        if (!d.matches("\\d{7,12}") || d.startsWith("0")) {
            return null;
        }
        return "+62" + d;
    }

    /** A mobile number (08…): the ones that can receive a text message. */
    public static boolean isMobile(String normalised) {
        return normalised != null && normalised.startsWith("+628") && normalised.length() >= 12;
    }

    /** How a clerk writes it: {@code 0812-3456-7890}. */
    public static String display(String normalised) {
        if (normalised == null || !normalised.startsWith("+62")) {
            return normalised;
        }
        String n = "0" + normalised.substring(3);
        if (n.length() >= 10) {
            return n.substring(0, 4) + "-" + n.substring(4, 8) + "-" + n.substring(8);
        }
        return n;
    }
}
