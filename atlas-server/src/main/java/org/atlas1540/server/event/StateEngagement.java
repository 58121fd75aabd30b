package org.atlas1540.server.event;

import java.time.LocalDate;

/**
 * How much a State took part in events: as a party (organiser, participant) or as host.
 *
 * @param events     all events it took part in
 * @param recent     those that started on or after the date asked about
 * @param lastDate   the start of the latest dated one; null when none is dated
 */
public record StateEngagement(int events, int recent, LocalDate lastDate) {
}
