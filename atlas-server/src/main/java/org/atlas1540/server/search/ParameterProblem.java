package org.atlas1540.server.search;

/** A query parameter that could not be used, and why, in words for the person who sent it. */
record ParameterProblem(String parameter, String message) {
}
