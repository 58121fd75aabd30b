package org.atlas1540.server.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.atlas1540.reference.ReferenceData;
import org.atlas1540.reference.StateCode;
import org.atlas1540.reference.UnRegionalGroup;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class NoteGeneratorTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theSameSeedGivesByteIdenticalNotesAndRecords() {
        List<GeneratedNote> first = new NoteGenerator(1540).notes(60);
        List<GeneratedNote> second = new NoteGenerator(1540).notes(60);

        assertThat(second).isEqualTo(first);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i).bytes()).isEqualTo(first.get(i).bytes());
        }
    }

    @Test
    void anotherSeedGivesOtherNotes() {
        List<String> a = new NoteGenerator(1).notes(20).stream().map(GeneratedNote::text).toList();
        List<String> b = new NoteGenerator(2).notes(20).stream().map(GeneratedNote::text).toList();

        assertThat(a).doesNotContainAnyElementsOf(b);
    }

    @Test
    void aNoteDependsOnlyOnTheSeedAndItsNumberNotOnHowManyAreAsked() {
        var generator = new NoteGenerator(99);

        assertThat(generator.notes(200).get(150)).isEqualTo(generator.note(150));
        assertThat(new NoteGenerator(99).notes(10).get(3)).isEqualTo(generator.notes(300).get(3));
    }

    @Test
    void namesAreUniqueAndSafeAsFileNames() {
        List<GeneratedNote> notes = new NoteGenerator(5).notes(500);

        assertThat(notes.stream().map(GeneratedNote::name).collect(Collectors.toSet())).hasSize(500);
        assertThat(notes).allSatisfy(n -> assertThat(n.name()).matches("\\d{5}-\\d{4}-\\d{2}-\\d{2}-[a-z0-9-]+"));
    }

    @Test
    void threeHundredNotesSpreadOverEveryYearEveryRegionalGroupAndEveryKind() {
        var states = ReferenceData.standard().states();
        Set<Integer> years = new HashSet<>();
        Set<UnRegionalGroup> groups = new HashSet<>();
        Set<String> kinds = new HashSet<>();
        for (GeneratedNote note : new NoteGenerator(DEMO_SEED).notes(300)) {
            JsonNode record = JSON.readTree(note.expected());
            years.add(Integer.parseInt(record.get("startDate").asString().substring(0, 4)));
            groups.addAll(states.get(StateCode.of(record.get("venue").get("country").asString())).groups());
            kinds.add(record.get("kind").asString());
        }

        assertThat(years).containsAll(java.util.stream.IntStream.rangeClosed(NoteGenerator.FIRST_YEAR,
                NoteGenerator.LAST_YEAR).boxed().toList());
        assertThat(groups).containsExactlyInAnyOrder(UnRegionalGroup.values());
        assertThat(kinds).contains("workshop", "seminar", "conference", "meeting", "training-course", "country-visit");
    }

    @Test
    void aNoteStartsLikeAnInformationNoteAndEndsWithItsFootnoteSomewhere() {
        for (GeneratedNote note : new NoteGenerator(3).notes(50)) {
            assertThat(note.text().strip()).startsWith("Information Note");
            assertThat(note.text()).contains("For information only");
            assertThat(note.text()).doesNotContain("{event}").doesNotContain("null");
        }
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThatThrownBy(() -> new NoteGenerator(1).notes(-1)).hasMessageContaining("-1");
    }

    /** The demo corpus's seed (DemoCorpus.SEED), repeated here: generate must not depend on importing. */
    private static final long DEMO_SEED = 1540;
}
