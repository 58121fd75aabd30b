package org.atlas1540.notes.citations;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads web addresses that start with "http://", "https://", "ftp://" (any case) or "www."
 * ("WWW.", "Www."), as written ("www.un.org/1540" stays without a scheme). An address runs until
 * a blank, a quote, or {@code < > { } | \ ^ `}; then sentence punctuation at its end is dropped
 * ({@code . , ; : ! ? '}), and so is a closing ")" or "]" that has no opening one in the address,
 * as when an address is written in parentheses.
 */
final class UrlReader {
    /** Literal strings every address contains near its start, found fast. */
    private static final String[] NEEDLES = {"://", "www.", "WWW.", "Www."};

    /** Characters that end an address: quotes of every kind, and those RFC 3986 does not allow. */
    private static final String NOT_IN_URL = "\"<>{}|\\^`\u201c\u201d\u2018\u2019\u00ab\u00bb";

    private static final int LONGEST_SCHEME = "https".length();

    /** The addresses, each once, in order of first appearance. */
    List<String> read(String text) {
        Set<String> found = new LinkedHashSet<>();
        NeedleScan scan = new NeedleScan(text, NEEDLES);
        int from = 0;
        for (int hit = scan.find(from); hit >= 0; hit = scan.find(from)) {
            boolean scheme = scan.needle() == 0;
            int start = scheme ? schemeStart(text, hit, from) : hit;
            int prefixEnd = hit + (scheme ? "://" : "www.").length();
            if (start < 0 || !NeedleScan.isWordStart(text, start)) {
                from = hit + 1;
                continue;
            }
            int end = trimmedEnd(text, start, runEnd(text, prefixEnd));
            if (end > prefixEnd) {
                found.add(text.substring(start, end));
            }
            from = Math.max(end, prefixEnd);
        }
        return List.copyOf(found);
    }

    /** Where "http", "https" or "ftp" (any case) starts before the "://" at {@code separator}, or -1. */
    private static int schemeStart(String text, int separator, int from) {
        int start = separator;
        while (start > from && separator - start < LONGEST_SCHEME && isAsciiLetter(text.charAt(start - 1))) {
            start--;
        }
        String scheme = text.substring(start, separator);
        return scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("ftp")
                ? start : -1;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static int runEnd(String text, int pos) {
        int end = pos;
        while (end < text.length() && isUrlChar(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** The end of the address once trailing punctuation and unmatched closing brackets are dropped. */
    private static int trimmedEnd(String text, int start, int end) {
        int unclosedParens = 0;
        int unclosedBrackets = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            unclosedParens += c == '(' ? 1 : c == ')' ? -1 : 0;
            unclosedBrackets += c == '[' ? 1 : c == ']' ? -1 : 0;
        }
        while (end > start) {
            char last = text.charAt(end - 1);
            if (".,;:!?'".indexOf(last) >= 0) {
                end--;
            } else if (last == ')' && unclosedParens < 0) {
                unclosedParens++;
                end--;
            } else if (last == ']' && unclosedBrackets < 0) {
                unclosedBrackets++;
                end--;
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean isUrlChar(char c) {
        return c > ' ' && !Character.isWhitespace(c) && !Character.isISOControl(c) && NOT_IN_URL.indexOf(c) < 0;
    }
}
