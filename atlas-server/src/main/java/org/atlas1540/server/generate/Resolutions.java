package org.atlas1540.server.generate;

/** The resolutions that notes cite, with the year of each, and how a sentence cites one. */
final class Resolutions {
    private Resolutions() {
    }

    /** "resolution 1977 (2011)", recorded as cited. */
    static String cite(int number, Expected expected) {
        int year = year(number);
        expected.resolution(number, year);
        return "resolution " + number + " (" + year + ")";
    }

    static int year(int number) {
        return switch (number) {
            case 1540 -> 2004;
            case 1673 -> 2006;
            case 1810 -> 2008;
            case 1977 -> 2011;
            case 2055 -> 2012;
            case 2325 -> 2016;
            case 2663 -> 2022;
            default -> throw new IllegalArgumentException("not a resolution of the 1540 family: " + number);
        };
    }
}
