package org.atlas1540.server.search;

/**
 * What a person typed into the search box, made safe to hand to an index: control characters are
 * spaces, runs of white space one space, and text beyond {@link #MAX_LENGTH} characters is cut at
 * a word boundary ({@link #shortened()} says so). Never null; blank means "everything".
 */
record SearchQuery(String text, boolean shortened) {
    static final int MAX_LENGTH = 200;

    SearchQuery {
        if (text == null) {
            throw new IllegalArgumentException("a search query has a text, even an empty one");
        }
    }

    static SearchQuery of(String raw) {
        if (raw == null) {
            return new SearchQuery("", false);
        }
        var clean = new StringBuilder(Math.min(raw.length(), MAX_LENGTH * 2));
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u00a0' || isPrivateUse(c)) {
                space = clean.length() > 0;
                continue;
            }
            if (space) {
                clean.append(' ');
                space = false;
            }
            clean.append(c);
            if (clean.length() > MAX_LENGTH) {
                break;
            }
        }
        if (clean.length() <= MAX_LENGTH) {
            return new SearchQuery(clean.toString(), false);
        }
        return new SearchQuery(cut(clean), true);
    }

    public boolean isBlank() {
        return text.isEmpty();
    }

    /** At the last space that keeps most of the text, or at the limit, never inside a surrogate pair. */
    private static String cut(CharSequence text) {
        int end = MAX_LENGTH;
        for (int i = MAX_LENGTH; i > MAX_LENGTH * 3 / 4; i--) {
            if (text.charAt(i) == ' ') {
                end = i;
                break;
            }
        }
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.subSequence(0, end).toString().strip();
    }

    /** The highlight markers of the PostgreSQL index are private-use characters: they never come from outside. */
    static boolean isPrivateUse(char c) {
        return c >= '\ue000' && c <= '\uf8ff';
    }
}
