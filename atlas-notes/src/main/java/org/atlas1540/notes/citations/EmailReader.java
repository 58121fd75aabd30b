package org.atlas1540.notes.citations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads e-mail addresses: a local part of letters, digits and {@code . _ % + -}, an "@", and a
 * domain of at least two labels ending in a top-level domain of letters. Punctuation that ends a
 * sentence is not part of the address ("1540experts@un.org." gives "1540experts@un.org").
 *
 * <p>Reading starts from each "@" and looks at most {@value #MAX_LOCAL} characters before it and
 * {@value #MAX_DOMAIN} after it (the limits of RFC 5321), so it is linear in the text; a regular
 * expression would retry every run of letters as a possible local part.
 */
final class EmailReader {
    static final int MAX_LOCAL = 64;
    static final int MAX_DOMAIN = 253;

    /** The addresses, each once (ignoring case), as first written. */
    List<String> read(String text) {
        Map<String, String> found = new LinkedHashMap<>();
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            String address = addressAround(text, at);
            if (address != null) {
                found.putIfAbsent(address.toLowerCase(Locale.ROOT), address);
            }
        }
        return List.copyOf(found.values());
    }

    private static String addressAround(String text, int at) {
        int start = at;
        while (start > 0 && at - start < MAX_LOCAL + 1 && isLocalChar(text.charAt(start - 1))) {
            start--;
        }
        if (at - start > MAX_LOCAL) {
            return null;
        }
        while (start < at && text.charAt(start) == '.') {
            start++;
        }
        int end = at + 1;
        while (end < text.length() && end - at <= MAX_DOMAIN + 1 && isDomainChar(text.charAt(end))) {
            end++;
        }
        if (end - at - 1 > MAX_DOMAIN) {
            return null;
        }
        while (end > at + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
            end--;
        }
        if (start == at || !isDomain(text, at + 1, end)) {
            return null;
        }
        return text.substring(start, end);
    }

    /**
     * Whether {@code text[start, end)} is at least two labels of letters, digits and inner hyphens,
     * joined by dots, the last of two letters or more.
     */
    private static boolean isDomain(String text, int start, int end) {
        int labels = 0;
        int labelStart = start;
        for (int i = start; i <= end; i++) {
            if (i < end && text.charAt(i) != '.') {
                continue;
            }
            if (i == labelStart || text.charAt(labelStart) == '-' || text.charAt(i - 1) == '-') {
                return false;
            }
            labels++;
            labelStart = i + 1;
        }
        int tld = lastIndexOf(text, '.', start, end) + 1;
        if (labels < 2 || end - tld < 2) {
            return false;
        }
        for (int i = tld; i < end; i++) {
            if (!isAsciiLetter(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLocalChar(char c) {
        return isAsciiLetter(c) || isAsciiDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isDomainChar(char c) {
        return isAsciiLetter(c) || isAsciiDigit(c) || c == '.' || c == '-';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int lastIndexOf(String text, char c, int start, int end) {
        for (int i = end - 1; i >= start; i--) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return start - 1;
    }
}
