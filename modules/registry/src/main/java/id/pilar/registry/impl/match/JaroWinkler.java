package id.pilar.registry.impl.match;

/**
 * Jaro-Winkler similarity (0..1) of two strings, without allocation beyond two small flag
 * arrays: the duplicate scan calls it tens of millions of times.
 */
public final class JaroWinkler {

    private JaroWinkler() {
    }

    public static double similarity(String a, String b) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.equals(b)) {
            return 1;
        }
        int la = a.length();
        int lb = b.length();
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        boolean[] ma = new boolean[la];
        boolean[] mb = new boolean[lb];
        int matches = 0;
        for (int i = 0; i < la; i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(lb - 1, i + window);
            char c = a.charAt(i);
            for (int j = from; j <= to; j++) {
                if (!mb[j] && b.charAt(j) == c) {
                    ma[i] = true;
                    mb[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int t = 0;
        int k = 0;
        for (int i = 0; i < la; i++) {
            if (ma[i]) {
                while (!mb[k]) {
                    k++;
                }
                if (a.charAt(i) != b.charAt(k)) {
                    t++;
                }
                k++;
            }
        }
        double m = matches;
        double jaro = (m / la + m / lb + (m - t / 2.0) / m) / 3.0;
        int prefix = 0;
        for (int i = 0; i < Math.min(4, Math.min(la, lb)) && a.charAt(i) == b.charAt(i); i++) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
