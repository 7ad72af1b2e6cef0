package id.pilar.ui.impl;

import java.util.Arrays;

/**
 * A Pilar version as the build writes it ({@code 0.2.0}, {@code 0.2.0-SNAPSHOT}): numbers compared
 * one by one, and a snapshot before the release of the same numbers. Anything unreadable counts
 * as older than every version, so a damaged setting shows the note once rather than never.
 */
record ReleaseVersion(int[] numbers, boolean snapshot) implements Comparable<ReleaseVersion> {

    static ReleaseVersion parse(String text) {
        String t = text == null ? "" : text.trim();
        boolean snapshot = t.endsWith("-SNAPSHOT");
        if (snapshot) {
            t = t.substring(0, t.length() - "-SNAPSHOT".length());
        }
        String[] parts = t.split("\\.");
        int[] numbers = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                numbers[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                return new ReleaseVersion(new int[0], true);
            }
        }
        return new ReleaseVersion(numbers, snapshot);
    }

    @Override
    public int compareTo(ReleaseVersion o) {
        int n = Math.max(numbers.length, o.numbers.length);
        for (int i = 0; i < n; i++) {
            int a = i < numbers.length ? numbers[i] : 0;
            int b = i < o.numbers.length ? o.numbers[i] : 0;
            if (a != b) {
                return Integer.compare(a, b);
            }
        }
        return Boolean.compare(o.snapshot, snapshot); // the release sorts after its snapshot
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReleaseVersion v && compareTo(v) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(numbers) * 31 + Boolean.hashCode(snapshot);
    }
}
