package org.atlas1540.server.event;

/**
 * A record that names an event as where it was learned from (a national action plan, a country visit,
 * an assistance request): a line of "What followed" on the event's page.
 *
 * @param kind       what it is ("National action plan")
 * @param title      what it says in a few words ("Botswana, version 1")
 * @param status     its status as shown ("Submitted")
 * @param href       its page
 * @param factNumber the fact of the event it was made from (from 1); null when it names only the event
 */
public record FollowUp(String kind, String title, String status, String href, Integer factNumber) {
}
