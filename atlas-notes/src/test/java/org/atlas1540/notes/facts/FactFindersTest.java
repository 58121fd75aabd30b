package org.atlas1540.notes.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.atlas1540.notes.AssistanceNeedFact;
import org.atlas1540.notes.CountryVisitFact;
import org.atlas1540.notes.Fact;
import org.atlas1540.notes.NationalActionPlanFact;
import org.atlas1540.notes.NoteReadException;
import org.atlas1540.notes.NoteReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sentences each fact finder reads, and the facts they give ("type:STATE:detail", "-" for none). */
class FactFindersTest {
    private static final NoteReader READER = new NoteReader();

    static List<String> facts(String body) throws NoteReadException {
        String note = "Information Note\n\nEvent\tWorkshop\nDate and Venue\t9 May 2013, Belgrade, Serbia\n"
                + "Participants\tAlbania\n\nHighlights\n\n" + body + "\n";
        return READER.read("facts", note.getBytes(StandardCharsets.UTF_8)).facts().stream().map(FactFindersTest::describe).toList();
    }

    static String describe(Fact fact) {
        if (fact instanceof NationalActionPlanFact plan) {
            return "plan:" + plan.state() + ":" + plan.status();
        } else if (fact instanceof CountryVisitFact visit) {
            return "visit:" + visit.state() + ":" + visit.status() + ":" + visit.year();
        } else if (fact instanceof AssistanceNeedFact need) {
            return "need:" + need.state();
        }
        return fact.type();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The host was the first State to prepare such a plan after the talk on action plans. | plan:SRB:prepared
            National action plans were discussed. Armenia said it was preparing its own plan.    | plan:ARM:in-preparation
            Plans were discussed. Montenegro has submitted its national action plan.             | plan:MNE:submitted
            The session was on action plans. Tajikistan is finalising a draft plan.              | plan:TJK:in-preparation
            The Council encouraged States to prepare national action plans.                      | -
            Consultations with Albania and Moldova regarding possible country visits in 2013.    | visit:ALB:proposed:2013 ; visit:MDA:proposed:2013
            It was first raised during the visit conducted in March 2018 to Kyrgyzstan.          | visit:KGZ:conducted:2018
            Tonga sent a request for a country visit.                                            | visit:TON:requested:null
            The delegation of Niger identified a need for detection equipment.                  | need:NER
            Saint Lucia requested assistance with control lists, and the delegation of Haiti identified a need for equipment at its border with the Dominican Republic. | need:LCA ; need:HTI
            Several delegations indicated that they would need help to equip laboratories.       | need:null
            Participants learnt how to identify needs and request assistance.                   | -
            Several States lack the capacity to implement the resolution.                       | -
            Participants agreed on a set of informal recommendations (see attachment).          | recommendations
            Participants endorsed a Chair's summary.                                             | recommendations
            No formal recommendations were adopted.                                              | -
            """)
    void findsTheFactsASentenceStates(String body, String expected) throws NoteReadException {
        List<String> found = facts(body);
        if (expected.equals("-")) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).containsExactly(expected.split(" ; "));
        }
    }
}
