/** Internal: from the bytes of a file to text. Format detection, text decoding, PDF and DOCX extraction, limits. */
package org.atlas1540.notes.source;
