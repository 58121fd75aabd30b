package org.atlas1540.notes.text;

/**
 * Folds text for matching names, one character for one character, so that an offset in the folded
 * text is the same offset in the normalised text: curly quotes become straight ones, dashes become
 * hyphens, line breaks and tabs become spaces, and Latin letters lose their accents ("Türkiye"
 * matches "Turkiye", "Côte d’Ivoire" matches "Cote d'Ivoire"). Case is kept: callers decide.
 */
public final class MatchText {
    private static final char[] FOLD = new char[0x250];

    static {
        for (char c = 0; c < FOLD.length; c++) {
            FOLD[c] = baseLetter(c);
        }
    }

    private MatchText() {
    }

    public static char fold(char c) {
        if (c < FOLD.length) {
            return FOLD[c];
        }
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            default -> c;
        };
    }

    public static String fold(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(text.charAt(i));
        }
        return new String(out);
    }

    private static char baseLetter(char c) {
        if (c == '\n' || c == '\t' || c == '\r') {
            return ' ';
        }
        if (c == '\u00AB' || c == '\u00BB') {
            return '"';
        }
        if (c < 0xC0) {
            return c;
        }
        String decomposed = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        return base < 0x80 && Character.isLetter(base) ? base : c;
    }
}
