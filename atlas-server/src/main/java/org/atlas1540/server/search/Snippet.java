package org.atlas1540.server.search;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * A passage of a note with the words that matched marked. Kept as parts, not as HTML, so that a
 * page shows note text only as text: a {@code <script>} in a note is never markup.
 */
record Snippet(List<Part> parts) {

    Snippet {
        parts = List.copyOf(parts);
    }

    /** Text, marked or not; white space within is one space. */
    record Part(String text, boolean marked) {
    }

    /** The snippet as HTML: the text escaped, the matches in {@code <mark>}: for the JSON API. */
    String html() {
        var html = new StringBuilder();
        for (Part part : parts) {
            String text = HtmlUtils.htmlEscape(part.text(), "UTF-8");
            html.append(part.marked() ? "<mark>" + text + "</mark>" : text);
        }
        return html.toString();
    }

    String text() {
        var text = new StringBuilder();
        parts.forEach(p -> text.append(p.text()));
        return text.toString();
    }

    boolean hasMarks() {
        return parts.stream().anyMatch(Part::marked);
    }

    /** Builds a snippet part by part, joining neighbours of the same kind and collapsing white space. */
    static final class Builder {
        private final List<Part> parts = new ArrayList<>();
        private final StringBuilder pending = new StringBuilder();
        private boolean pendingMarked;

        Builder text(CharSequence text) {
            return add(text, false);
        }

        Builder mark(CharSequence text) {
            return add(text, true);
        }

        private Builder add(CharSequence text, boolean marked) {
            if (text.length() == 0) {
                return this;
            }
            if (marked != pendingMarked && pending.length() > 0) {
                flush();
            }
            pendingMarked = marked;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                    if (!endsWithSpace()) {
                        pending.append(' ');
                    }
                } else {
                    pending.append(c);
                }
            }
            return this;
        }

        private boolean endsWithSpace() {
            if (pending.length() > 0) {
                return pending.charAt(pending.length() - 1) == ' ';
            }
            if (parts.isEmpty()) {
                return true; // no leading space
            }
            String last = parts.get(parts.size() - 1).text();
            return last.endsWith(" ");
        }

        private void flush() {
            parts.add(new Part(pending.toString(), pendingMarked));
            pending.setLength(0);
        }

        Snippet build() {
            if (pending.length() > 0) {
                flush();
            }
            // No trailing space.
            if (!parts.isEmpty()) {
                Part last = parts.get(parts.size() - 1);
                if (last.text().endsWith(" ")) {
                    String stripped = last.text().stripTrailing();
                    parts.set(parts.size() - 1, new Part(stripped, last.marked()));
                    if (stripped.isEmpty()) {
                        parts.remove(parts.size() - 1);
                    }
                }
            }
            return new Snippet(parts);
        }
    }
}
