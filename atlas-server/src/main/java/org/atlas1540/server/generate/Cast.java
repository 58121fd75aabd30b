package org.atlas1540.server.generate;

import java.util.List;
import org.atlas1540.reference.City;
import org.atlas1540.reference.State;

/**
 * Who an event brings together and where: the host State and city, the organisers as the note
 * writes them, and the participants in sub-lists.
 *
 * @param host           the State of the venue
 * @param city           the venue's city
 * @param region         the group of States the event is for; null for a national event or a visit
 * @param organisers     the organiser field as written
 * @param participants   the participants' sub-lists, in order
 * @param states         the participating States, for sentences that name some of them
 * @param organisations  registry ids of the participating organisations
 */
record Cast(
        Scope scope,
        State host,
        City city,
        Region region,
        Written organisers,
        List<SubList> participants,
        List<State> states,
        List<String> organisations) {

    /** How widely an event reaches. */
    enum Scope {
        /** States of one region or sub-region. */
        REGIONAL,
        /** States of every region, at a UN or organisation headquarters. */
        GLOBAL,
        /** The agencies of one State. */
        NATIONAL,
        /** A visit of the 1540 Committee to a State at its invitation. */
        VISIT
    }

    /** A text with the parties it names, in order. */
    record Written(String text, List<Expected.PartyKey> parties) {
    }

    /** A party as a list writes it: its mention (with a remark in brackets, if any) and its key. */
    record Listed(String text, Expected.PartyKey key) {
    }

    /**
     * A sub-list of participants under its heading.
     *
     * @param heading     the heading where names run on in one line ("Other speakers:")
     * @param lineHeading the heading where it stands on a line of its own ("Visiting delegation:")
     * @param plain       whether only commas may separate its names (national bodies, whose names can hold "and")
     * @param remote      whether these took part remotely: on one line, each gets a remark in brackets instead
     */
    record SubList(String heading, String lineHeading, List<Listed> parties, boolean plain, boolean remote) {

        static SubList of(String heading, List<Listed> parties) {
            return new SubList(heading, heading, parties, false, false);
        }
    }
}
