package org.atlas1540.server.event;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a revision of a note keeps of its event's facts: a fact of the revised note is the same fact
 * as one stored before when its kind, State and what was read from it (the payload, without where it
 * stands in the note) are the same; where several are alike, they are paired in the order of the
 * note. The fact keeps its review (confirmed or rejected), and a number that changed is passed on to
 * the records that name it ({@link FactsRenumbered}). A fact of the old note with no pair is gone.
 */
final class FactCarryOver {
    /** One fact as stored: its number on the event (from 1), what identifies it, and its review status. */
    record StoredFact(int number, String type, String stateCode, String payload, String status) {
        private List<String> identity() {
            return Arrays.asList(type, stateCode, SPAN.matcher(payload).replaceAll(""));
        }
    }

    /** Where a fact stands in its note ({@code "span":[start,end]} in its JSON): moves with every edit above it. */
    private static final Pattern SPAN = Pattern.compile("\"span\":\\[\\d+,\\d+\\],?");

    private final Map<Integer, String> statuses = new LinkedHashMap<>();
    private final Map<Integer, Integer> moved = new LinkedHashMap<>();
    private final TreeSet<Integer> gone = new TreeSet<>();

    private FactCarryOver() {
    }

    static FactCarryOver between(List<StoredFact> before, List<StoredFact> after) {
        var carried = new FactCarryOver();
        Map<List<String>, Deque<StoredFact>> waiting = new HashMap<>();
        for (StoredFact old : before) {
            waiting.computeIfAbsent(old.identity(), key -> new ArrayDeque<>()).add(old);
            carried.gone.add(old.number());
        }
        for (StoredFact now : after) {
            Deque<StoredFact> alike = waiting.get(now.identity());
            StoredFact old = alike == null ? null : alike.poll();
            if (old == null) {
                continue;
            }
            carried.gone.remove(old.number());
            if (!Objects.equals(old.status(), now.status())) {
                carried.statuses.put(now.number(), old.status());
            }
            if (old.number() != now.number()) {
                carried.moved.put(old.number(), now.number());
            }
        }
        return carried;
    }

    /** The review status each fact of the revised note takes over, by its new number (only where it differs). */
    Map<Integer, String> statuses() {
        return statuses;
    }

    /** Old number to new number, for the facts that are still there under another number. */
    Map<Integer, Integer> moved() {
        return moved;
    }

    /** The numbers of facts the revised note no longer has, in order. */
    List<Integer> gone() {
        return new ArrayList<>(gone);
    }

    boolean renumbered() {
        return !moved.isEmpty() || !gone.isEmpty();
    }
}
