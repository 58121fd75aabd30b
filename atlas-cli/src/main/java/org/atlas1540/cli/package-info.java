/** The {@code atlas} command line: thin commands that parse arguments, call one operation, and print. */
package org.atlas1540.cli;
