package org.atlas1540.server.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atlas1540.server.event.FactCarryOver.StoredFact;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which facts of a revised note are the ones stored before: a table of revisions, facts written "type:State:payload:status". */
class FactCarryOverTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the same facts                 | plan:NAM:a:confirmed visit:BWA:b:rejected | plan:NAM:a:suggested visit:BWA:b:suggested | 1=confirmed 2=rejected | | 
            a fact added above             | plan:NAM:a:confirmed                      | plan:ZMB:c:suggested plan:NAM:a:suggested  | 2=confirmed            | 1>2 | 
            a fact taken out above         | plan:ZMB:c:rejected plan:NAM:a:confirmed  | plan:NAM:a:suggested                       | 1=confirmed            | 2>1 | 1
            what was read from it changed  | plan:NAM:a:confirmed                      | plan:NAM:changed:suggested                 |                        | | 1
            its State changed              | visit:BWA:b:confirmed                     | visit:ZMB:b:suggested                      |                        | | 1
            two alike, paired in order     | need:ZMB:x:confirmed need:ZMB:x:rejected  | plan:NAM:a:suggested need:ZMB:x:suggested need:ZMB:x:suggested | 2=confirmed 3=rejected | 1>2 2>3 | 
            two alike, one taken out       | need:ZMB:x:confirmed need:ZMB:x:rejected  | need:ZMB:x:suggested                       | 1=confirmed            | | 2
            a waiting fact stays waiting   | plan:NAM:a:suggested                      | plan:NAM:a:suggested                       |                        | | 
            no State on either side        | related::e:confirmed                      | related::e:suggested                       | 1=confirmed            | | 
            """)
    void aFactIsTheSameWhenItsKindStateAndWhatWasReadAreTheSame(String revision, String before, String after,
            String statuses, String moved, String gone) {
        FactCarryOver carried = FactCarryOver.between(facts(before), facts(after));

        assertThat(carried.statuses()).as("statuses").isEqualTo(pairs(statuses, "="));
        assertThat(carried.moved()).as("moved").isEqualTo(numbers(moved));
        assertThat(carried.gone()).as("gone").isEqualTo(gone == null || gone.isBlank() ? List.of()
                : List.of(gone.trim().split(" ")).stream().map(Integer::valueOf).toList());
        assertThat(carried.renumbered()).isEqualTo(!carried.moved().isEmpty() || !carried.gone().isEmpty());
    }

    private static List<StoredFact> facts(String written) {
        var facts = new ArrayList<StoredFact>();
        for (String fact : written.trim().split(" +")) {
            String[] parts = fact.split(":", -1);
            // the payload as the JSON of a fact: where it stands in the note is not part of what it says
            int start = facts.size() * 100;
            String payload = "{\"what\":\"" + parts[2] + "\",\"span\":[" + start + "," + (start + 50) + "]}";
            facts.add(new StoredFact(facts.size() + 1, parts[0], parts[1].isEmpty() ? null : parts[1], payload, parts[3]));
        }
        return facts;
    }

    private static Map<Integer, String> pairs(String written, String separator) {
        var pairs = new LinkedHashMap<Integer, String>();
        if (written != null && !written.isBlank()) {
            for (String pair : written.trim().split(" +")) {
                String[] parts = pair.split(separator);
                pairs.put(Integer.valueOf(parts[0]), parts[1]);
            }
        }
        return pairs;
    }

    private static Map<Integer, Integer> numbers(String written) {
        var numbers = new LinkedHashMap<Integer, Integer>();
        pairs(written, ">").forEach((from, to) -> numbers.put(from, Integer.valueOf(to)));
        return numbers;
    }
}
