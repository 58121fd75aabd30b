package org.atlas1540.server.generate;

import java.util.ArrayList;
import java.util.List;
import org.atlas1540.server.generate.Cast.Listed;
import org.atlas1540.server.generate.Cast.SubList;

/**
 * Writes the participants field in one of the layouts notes use: sub-lists running on in one line
 * ("States: A, B and C Organisations / Other speakers: X and Y"), split by semicolons, each heading
 * on its own line with its names below, or names as list items.
 */
final class ParticipantsWriter {
    private static final List<String> REMOTE_REMARKS = List.of("online", "via video link", "participated remotely");

    enum Form {
        /** One line: "States: A, B and C Other: X, Y". */
        RUN_ON,
        /** One line: "States: A, B and C; Other: X, Y". */
        SEMICOLONS,
        /** A line per sub-list: "States: A, B". */
        LINE_PER_LIST,
        /** The heading on its line, the names on the next. */
        HEADING_ABOVE,
        /** The heading on its line, then a list item per name. */
        ITEMS;

        boolean oneLine() {
            return this == RUN_ON || this == SEMICOLONS;
        }
    }

    private ParticipantsWriter() {
    }

    /** The field's value; for the one-line forms a single line, else lines to put below the label. */
    static String write(List<SubList> lists, Form form, Pick pick) {
        List<SubList> shown = form.oneLine() ? remoteAsRemarks(lists, pick) : lists;
        var parts = new ArrayList<String>();
        for (int i = 0; i < shown.size(); i++) {
            SubList list = shown.get(i);
            switch (form) {
                case RUN_ON, SEMICOLONS -> parts.add(list.heading() + " " + names(list, pick));
                case LINE_PER_LIST -> parts.add(list.lineHeading() + " " + names(list, pick));
                case HEADING_ABOVE -> parts.add(list.lineHeading() + "\n" + names(list, pick));
                case ITEMS -> {
                    var items = new StringBuilder();
                    boolean headless = i == 0 && list.heading().equals("States:") && pick.chance(0.3);
                    if (!headless) {
                        items.append(list.lineHeading());
                    }
                    for (Listed party : list.parties()) {
                        items.append(items.length() == 0 ? "" : "\n").append("- ").append(party.text());
                    }
                    parts.add(items.toString());
                }
            }
        }
        return String.join(switch (form) {
            case RUN_ON -> " ";
            case SEMICOLONS -> "; ";
            default -> "\n";
        }, parts);
    }

    private static String names(SubList list, Pick pick) {
        var text = new StringBuilder();
        boolean and = !list.plain() && pick.chance(0.7);
        List<Listed> parties = list.parties();
        for (int i = 0; i < parties.size(); i++) {
            if (i > 0) {
                text.append(and && i == parties.size() - 1 ? " and " : ", ");
            }
            text.append(parties.get(i).text());
        }
        return text.toString();
    }

    /** On one line a sub-list of those who took part remotely is not a heading notes use: say it in brackets. */
    private static List<SubList> remoteAsRemarks(List<SubList> lists, Pick pick) {
        var result = new ArrayList<SubList>();
        for (SubList list : lists) {
            if (list.remote() && !result.isEmpty()) {
                SubList last = result.remove(result.size() - 1);
                var parties = new ArrayList<>(last.parties());
                String remark = pick.one(REMOTE_REMARKS);
                list.parties().forEach(p -> parties.add(new Listed(p.text() + " (" + remark + ")", p.key())));
                result.add(new SubList(last.heading(), last.lineHeading(), parties, last.plain(), false));
            } else {
                result.add(list);
            }
        }
        return result;
    }
}
