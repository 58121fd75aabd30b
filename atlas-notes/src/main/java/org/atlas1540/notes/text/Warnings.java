package org.atlas1540.notes.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What looks wrong in a note and should be checked by a person, collected while reading. Each
 * warning that has a place names its line ("line 6: ..."). The list is bounded: a pathological
 * input cannot make it grow without limit; past the bound one last warning says how many more.
 */
public final class Warnings {
    static final int MAX = 50;

    private final String text;
    private final Set<String> messages = new LinkedHashSet<>();
    private int dropped;

    public Warnings(String text) {
        this.text = text;
    }

    /** A warning about the note as a whole. */
    public void add(String message) {
        if (messages.size() < MAX) {
            messages.add(message);
        } else if (!messages.contains(message)) {
            dropped++;
        }
    }

    /** A warning about the text at {@code offset}. */
    public void at(int offset, String message) {
        add("line " + lineOf(offset) + ": " + message);
    }

    private int lineOf(int offset) {
        int line = 1;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    public List<String> toList() {
        var list = new ArrayList<>(messages);
        if (dropped > 0) {
            list.add("and " + dropped + " more warnings not shown");
        }
        return List.copyOf(list);
    }
}
