package org.atlas1540.server.event;

/**
 * Which page of a list, and how long a page is.
 *
 * @param number from 1
 */
record Paging(int number, int size) {
    long offset() {
        return (long) (number - 1) * size;
    }
}
