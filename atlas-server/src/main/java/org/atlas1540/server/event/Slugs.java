package org.atlas1540.server.event;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Readable, stable slugs for event pages: the start date, the city and the head of the title,
 * such as {@code 2013-05-09-belgrade-regional-workshop}.
 */
final class Slugs {
    private static final int MAX_LENGTH = 120;
    private static final int TITLE_WORDS = 4;
    /** The head of a title ends at the first of these: "Regional Workshop | on the Implementation ...". */
    private static final Set<String> HEAD_ENDS = Set.of("on", "of", "for", "in", "to", "at", "the", "and", "about",
            "regarding", "with", "concerning");

    private Slugs() {
    }

    /** The slug an event would get if no other event had it. */
    static String base(LocalDate start, String city, String title, String kind) {
        var parts = new ArrayList<String>();
        parts.add(start == null ? "undated" : start.toString());
        if (city != null && !city.isBlank()) {
            parts.add(words(city));
        }
        String head = titleHead(title);
        parts.add(head.isEmpty() ? words(kind) : head);
        String slug = String.join("-", parts.stream().filter(p -> !p.isEmpty()).toList());
        return trim(slug);
    }

    /** {@code base} if free, else {@code base-2}, {@code base-3}, ... */
    static String unique(String base, Predicate<String> taken) {
        if (!taken.test(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    static String titleHead(String title) {
        if (title == null) {
            return "";
        }
        List<String> head = new ArrayList<>();
        for (String word : words(title).split("-")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!head.isEmpty() && HEAD_ENDS.contains(word)) {
                break;
            }
            if (HEAD_ENDS.contains(word) || word.chars().allMatch(Character::isDigit)) {
                continue;
            }
            head.add(word);
            if (head.size() == TITLE_WORDS) {
                break;
            }
        }
        return String.join("-", head);
    }

    /** Lower-case ASCII words joined by hyphens: "Lomé, Togo" gives "lome-togo". */
    static String words(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
    }

    private static String trim(String slug) {
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        String cut = slug.substring(0, MAX_LENGTH);
        int hyphen = cut.lastIndexOf('-');
        return hyphen > 10 ? cut.substring(0, hyphen) : cut;
    }
}
