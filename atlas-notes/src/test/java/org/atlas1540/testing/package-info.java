/** Helpers shared by the tests of this module, such as finding the project's shared files. */
package org.atlas1540.testing;
