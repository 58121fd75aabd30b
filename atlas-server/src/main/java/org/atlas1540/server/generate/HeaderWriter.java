package org.atlas1540.server.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a note's header of labelled fields in one of three layouts (label, tab, value; label,
 * colon, value; the label on a line of its own above its value), in one of the field orders and
 * label spellings notes use.
 */
final class HeaderWriter {
    enum Layout {
        TAB, COLON, OWN_LINE
    }

    /** The values of the header's fields. {@code participants} is written by {@link ParticipantsWriter}. */
    record Fields(String title, String organisers, String dates, String venue, Cast cast) {
    }

    private enum Field {
        EVENT, ORGANISERS, DATES, VENUE, DATE_AND_VENUE, PARTICIPANTS
    }

    private static final List<List<Field>> ORDERS = List.of(
            List.of(Field.EVENT, Field.ORGANISERS, Field.DATE_AND_VENUE, Field.PARTICIPANTS),
            List.of(Field.EVENT, Field.DATES, Field.VENUE, Field.ORGANISERS, Field.PARTICIPANTS),
            List.of(Field.DATES, Field.VENUE, Field.EVENT, Field.ORGANISERS, Field.PARTICIPANTS),
            List.of(Field.EVENT, Field.ORGANISERS, Field.DATES, Field.VENUE, Field.PARTICIPANTS),
            List.of(Field.VENUE, Field.DATES, Field.EVENT, Field.ORGANISERS, Field.PARTICIPANTS),
            List.of(Field.DATE_AND_VENUE, Field.EVENT, Field.ORGANISERS, Field.PARTICIPANTS));

    private HeaderWriter() {
    }

    /** A participants form that suits the layout: one line after a tab, any after a colon, lines below a label of its own. */
    static ParticipantsWriter.Form formFor(Layout layout, Pick pick) {
        return switch (layout) {
            case TAB -> pick.oneOf(ParticipantsWriter.Form.RUN_ON, ParticipantsWriter.Form.SEMICOLONS);
            case COLON -> pick.one(List.of(ParticipantsWriter.Form.values()));
            case OWN_LINE -> pick.oneOf(ParticipantsWriter.Form.HEADING_ABOVE, ParticipantsWriter.Form.LINE_PER_LIST,
                    ParticipantsWriter.Form.ITEMS);
        };
    }

    static String write(Fields fields, Layout layout, ParticipantsWriter.Form form, Pick pick) {
        List<Field> order = pick.one(ORDERS);
        String eventLabel = pick.oneOf("Event", "Event", "Title", "Event title");
        String organisersLabel = pick.oneOf("Organiser", "Organisers", "Organizer", "Organizers", "Organised by",
                "Organized by");
        String datesLabel = pick.oneOf("Date", "Dates");
        String venueLabel = pick.chance(0.85) ? "Venue" : "Location";
        String dateAndVenueLabel = pick.oneOf("Date and Venue", "Dates and Venue", "Date & Venue");
        String participantsLabel = pick.chance(0.9) ? "Participants" : "Attendees";
        var lines = new ArrayList<String>();
        for (Field field : order) {
            switch (field) {
                case EVENT -> lines.add(field(eventLabel, layout == Layout.OWN_LINE ? titleLines(fields.title(), pick)
                        : fields.title(), layout));
                case ORGANISERS -> lines.add(field(organisersLabel, fields.organisers(), layout));
                case DATES -> lines.add(field(datesLabel, fields.dates(), layout));
                case VENUE -> lines.add(field(venueLabel, fields.venue(), layout));
                case DATE_AND_VENUE -> lines.add(field(dateAndVenueLabel, fields.dates() + ", " + fields.venue(), layout));
                case PARTICIPANTS -> {
                    String value = ParticipantsWriter.write(fields.cast().participants(), form, pick);
                    lines.add(form.oneLine() ? field(participantsLabel, value, layout)
                            : participantsLabel + (layout == Layout.COLON ? ":" : "") + "\n" + value);
                }
            }
        }
        return String.join(layout == Layout.OWN_LINE ? "\n\n" : "\n", lines);
    }

    private static String field(String label, String value, Layout layout) {
        return switch (layout) {
            case TAB -> label + "\t" + value;
            case COLON -> label + ": " + value;
            case OWN_LINE -> label + "\n" + value;
        };
    }

    /** A long title over two lines, broken before " for " or " and the ", as a page layout breaks it. */
    private static String titleLines(String title, Pick pick) {
        if (title.length() < 70 || !pick.chance(0.5)) {
            return title;
        }
        for (String at : List.of(" for ", " and the ", " on ")) {
            int i = title.indexOf(at, 20);
            if (i > 0) {
                return title.substring(0, i) + "\n" + title.substring(i + 1);
            }
        }
        return title;
    }
}
