package org.atlas1540.server.event;

/** The original file of an event's current source document. */
record SourceDownload(String fileName, String mediaType, byte[] bytes) {
}
