package org.atlas1540.server.event;

/**
 * The sentence around a fact's span in a note's text, cut in three so that a page can mark the
 * span and escape all three parts.
 *
 * @param before the text before the span, from the start of its sentence
 * @param marked the span itself
 * @param after  the text after the span, to the end of its sentence
 */
record SourceSentence(String before, String marked, String after) {
    /** How far a sentence may reach beyond the span on either side before it is cut with "…". */
    static final int MAX_CONTEXT = 300;

    static SourceSentence around(String text, int start, int end) {
        if (text == null || start < 0 || end > text.length() || start > end) {
            return new SourceSentence("", "", "");
        }
        int from = sentenceStart(text, start);
        int to = sentenceEnd(text, end);
        String before = text.substring(from, start);
        String after = text.substring(end, to);
        if (start - from > MAX_CONTEXT) {
            before = "…" + before.substring(before.length() - MAX_CONTEXT);
        }
        if (to - end > MAX_CONTEXT) {
            after = after.substring(0, MAX_CONTEXT) + "…";
        }
        return new SourceSentence(clean(before).stripLeading(), clean(text.substring(start, end)),
                clean(after).stripTrailing());
    }

    private static int sentenceStart(String text, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' && i > 0 && text.charAt(i - 1) == '\n') {
                return i + 1;
            }
            if ((c == '.' || c == '!' || c == '?') && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))
                    && i + 1 < start) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int sentenceEnd(String text, int end) {
        if (end > 0 && ".!?".indexOf(text.charAt(end - 1)) >= 0) {
            return end;
        }
        for (int i = end; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                return i;
            }
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return text.length();
    }

    /** Line breaks inside a sentence are layout, not meaning. */
    private static String clean(String s) {
        return s.replaceAll("\\s*\\n\\s*", " ");
    }
}
