package id.pilar.registry.impl.demo;

import java.util.Random;

/**
 * How the same name gets written differently by different clerks: Muhammad/Mochammad/Muhamad,
 * Nur/Noer, Siti/Sitti, old spelling (u→oe, j→dj), a dropped or swapped word, one typo.
 */
final class SpellingVariants {

    private SpellingVariants() {
    }

    static String vary(Random r, String name) {
        String v = name;
        int kind = r.nextInt(7);
        switch (kind) {
            case 0 -> v = v.replace("Muhammad", pickOf(r, "Mochammad", "Muhamad", "Moh.", "Mohamad"))
                    .replace("Nur", "Noer").replace("Siti", "Sitti").replace("Ahmad", "Achmad").replace("Yusuf", "Jusuf");
            case 1 -> v = v.replace("u", "oe").replace("j", "dj");
            case 2 -> {
                String[] w = v.split(" ");
                if (w.length >= 2) {
                    String t = w[0];
                    w[0] = w[w.length - 1];
                    w[w.length - 1] = t;
                    v = String.join(" ", w);
                }
            }
            case 3 -> {
                String[] w = v.split(" ");
                if (w.length >= 3) {
                    v = w[0] + " " + w[w.length - 1];
                }
            }
            default -> v = typo(r, v);
        }
        return v.equals(name) ? typo(r, name) : v;
    }

    /** Two neighbouring letters swapped, or one doubled, somewhere after the first letter. */
    static String typo(Random r, String s) {
        if (s.length() < 4) {
            return s + "h";
        }
        int i = 1 + r.nextInt(s.length() - 2);
        char[] c = s.toCharArray();
        if (c[i] == ' ' || c[i + 1] == ' ' || r.nextBoolean()) {
            return s.substring(0, i) + c[i] + s.substring(i);
        }
        char t = c[i];
        c[i] = c[i + 1];
        c[i + 1] = t;
        return new String(c);
    }

    private static String pickOf(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }
}
