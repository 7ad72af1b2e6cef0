package id.pilar.registry.impl.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The blocks of {@link BlockingKeys} over the people of one kelurahan, held in memory (tens of
 * thousands at most, where the whole registry would not fit a clerk's PC). For each key, people
 * are sorted by key and birth year, and each is compared with those after it with the same key
 * and a birth year at most one later; at most {@link #WINDOW} of them, so a very common key
 * (a frequent word, a mother's name many share) cannot make the scan quadratic.
 */
final class KelurahanBlocks {

    static final int WINDOW = 40;

    private record Entry(String key, int year, PersonKey person) {
    }

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::key).thenComparingInt(Entry::year);

    private KelurahanBlocks() {
    }

    /** Calls {@code compare} for every candidate pair of the group under the extra keys. */
    static void compare(List<PersonKey> group, BiConsumer<PersonKey, PersonKey> compare) {
        if (group.size() < 2) {
            return;
        }
        List<Entry> words = new ArrayList<>(group.size() * 2);
        for (PersonKey p : group) {
            String first = BlockingKeys.word(p, false);
            String last = BlockingKeys.word(p, true);
            add(words, first, p);
            if (last != null && !last.equals(first)) {
                add(words, last, p);
            }
        }
        windows(words, compare, 1);
        windows(entries(group, BlockingKeys::mother), compare, 1);
        // The NIK's date is the point here: the birth-date field may say otherwise.
        windows(entries(group, BlockingKeys::nikRegionDate), compare, Integer.MAX_VALUE);
    }

    private static List<Entry> entries(List<PersonKey> group, Function<PersonKey, String> key) {
        List<Entry> out = new ArrayList<>(group.size());
        for (PersonKey p : group) {
            add(out, key.apply(p), p);
        }
        return out;
    }

    private static void add(List<Entry> out, String key, PersonKey p) {
        if (key != null) {
            out.add(new Entry(key, p.birthYear(), p));
        }
    }

    private static void windows(List<Entry> entries, BiConsumer<PersonKey, PersonKey> compare, int yearGap) {
        entries.sort(ORDER);
        int n = entries.size();
        for (int i = 0; i < n; i++) {
            Entry a = entries.get(i);
            int end = Math.min(n, i + 1 + WINDOW);
            for (int j = i + 1; j < end; j++) {
                Entry b = entries.get(j);
                if (!a.key().equals(b.key()) || b.year() - a.year() > yearGap) {
                    break;
                }
                if (a.person() != b.person()) {
                    compare.accept(a.person(), b.person());
                }
            }
        }
    }
}
