package org.atlas1540.notes.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Checks that the evaluation corpus in {@code src/test/resources/eval} is well-formed. */
class EvalCorpusTest {

    private static final List<String> FIELDS = List.of("title", "kind", "startDate", "endDate", "venue",
            "organisers", "participants", "sections", "topics", "resolutions", "emails", "urls", "facts");
    private static final Set<String> KINDS = Set.of("workshop", "seminar", "conference", "meeting",
            "training-course", "country-visit", "other");
    private static final Set<String> SECTION_KINDS = Set.of("objectives", "background", "highlights",
            "recommendations", "outcome", "comments", "other");
    private static final Set<String> TOPICS = Set.of("national-action-plans", "reporting", "assistance",
            "effective-practices", "legislation", "export-control", "border-security", "law-enforcement",
            "biosecurity", "chemical-security", "nuclear-security", "means-of-delivery",
            "proliferation-financing", "points-of-contact", "regional-cooperation", "civil-society");
    private static final Set<String> FACT_TYPES = Set.of("national-action-plan", "country-visit",
            "assistance-need", "related-event", "recommendations");
    private static final Set<String> FACTS_WITH_STATE = Set.of("national-action-plan", "country-visit");
    /** Organisation ids the corpus may use that the seed registry does not hold yet. */
    private static final Set<String> EXTRA_ORGANISATION_IDS = Set.of("BLR-MOH", "SRB-UNIDEF", "UNSC", "EEAS",
            "EU-JRC", "OPANAL", "ABACC", "AFCONE", "WINS");
    private static final Pattern STATE_ID = Pattern.compile("[A-Z]{3}");
    private static final String FOOTNOTE = "¹ For information only – not an official report. The views expressed"
            + " here do not necessarily represent those of the 1540 Committee or of the organizers or"
            + " participants in the event.";

    private static final JsonMapper JSON = JsonMapper.shared();

    @Test
    void everyNoteHasAnExpectedRecordAndEveryExpectedRecordANote() throws IOException {
        assertThat(names("expected", ".json")).isEqualTo(names("notes", ".txt"));
    }

    @Test
    void theCorpusHasAtLeastTwelveNotes() throws IOException {
        assertThat(names("notes", ".txt")).hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void noteFileNamesAreNumberedAndShort() throws IOException {
        assertThat(names("notes", ".txt")).allMatch(name -> name.matches("\\d{2}-[a-z0-9]+(-[a-z0-9]+)*"));
    }

    @Test
    void everyExpectedRecordParsesAndHasEveryField() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        for (String name : names("expected", ".json")) {
            JsonNode record = expected(name);
            softly.assertThat(record.isObject()).as(name).isTrue();
            for (String field : FIELDS) {
                softly.assertThat(record.has(field)).as("%s has %s", name, field).isTrue();
            }
            softly.assertThat(fieldNames(record)).as("%s has no other fields", name).isSubsetOf(FIELDS);
        }
        softly.assertAll();
    }

    @Test
    void singleValuedFieldsAreWellFormed() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        for (String name : names("expected", ".json")) {
            JsonNode record = expected(name);
            softly.assertThat(record.path("title").isString()).as("%s title", name).isTrue();
            softly.assertThat(record.path("title").asString()).as("%s title is collapsed", name)
                    .isEqualTo(Json.collapse(record.path("title").asString())).isNotBlank();
            softly.assertThat(record.path("kind").asString()).as("%s kind", name).isIn(KINDS);
            LocalDate start = LocalDate.parse(record.path("startDate").asString());
            LocalDate end = LocalDate.parse(record.path("endDate").asString());
            softly.assertThat(end).as("%s ends on or after it starts", name).isAfterOrEqualTo(start);
            softly.assertThat(start.getYear()).as("%s year", name).isBetween(2008, 2025);
            JsonNode venue = record.get("venue");
            if (!venue.isNull()) {
                softly.assertThat(venue.path("city").asString()).as("%s venue.city", name).isNotBlank();
                softly.assertThat(venue.path("country").asString()).as("%s venue.country", name)
                        .matches(STATE_ID);
            }
        }
        softly.assertAll();
    }

    @Test
    void partiesUseStateCodesRegistryIdsOrUnresolvedMentions() throws IOException {
        Set<String> organisations = organisationIds();
        SoftAssertions softly = new SoftAssertions();
        for (String name : names("expected", ".json")) {
            JsonNode record = expected(name);
            for (String list : List.of("organisers", "participants")) {
                softly.assertThat(record.get(list).isArray()).as("%s %s", name, list).isTrue();
                List<String> keys = new ArrayList<>();
                for (JsonNode party : record.get(list)) {
                    String type = party.path("type").asString();
                    String where = name + " " + list + " " + party;
                    switch (type) {
                        case "state" -> softly.assertThat(party.path("id").asString()).as(where).matches(STATE_ID);
                        case "organisation" -> softly.assertThat(party.path("id").asString()).as(where)
                                .isIn(organisations);
                        case "unresolved" -> softly.assertThat(party.path("mention").asString()).as(where)
                                .isNotBlank();
                        default -> softly.fail("unknown party type in " + where);
                    }
                    keys.add(Field.partyKey(party));
                }
                softly.assertThat(keys).as("%s %s names each party once", name, list).doesNotHaveDuplicates();
            }
        }
        softly.assertAll();
    }

    @Test
    void sectionsTopicsAndFactsComeFromTheVocabularies() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        for (String name : names("expected", ".json")) {
            JsonNode record = expected(name);
            for (JsonNode section : record.get("sections")) {
                softly.assertThat(section.path("kind").asString()).as("%s %s", name, section).isIn(SECTION_KINDS);
                softly.assertThat(section.path("heading").asString()).as("%s %s", name, section).isNotBlank();
            }
            List<String> topics = strings(record.get("topics"));
            softly.assertThat(topics).as("%s topics", name).isSubsetOf(TOPICS).doesNotHaveDuplicates();
            for (JsonNode fact : record.get("facts")) {
                String type = fact.path("type").asString();
                softly.assertThat(type).as("%s %s", name, fact).isIn(FACT_TYPES);
                JsonNode state = fact.path("state");
                if (FACTS_WITH_STATE.contains(type) || !state.isMissingNode() && !state.isNull()) {
                    softly.assertThat(state.asString()).as("%s %s", name, fact).matches(STATE_ID);
                }
            }
            for (JsonNode resolution : record.get("resolutions")) {
                softly.assertThat(resolution.path("number").isInt()).as("%s %s", name, resolution).isTrue();
                softly.assertThat(resolution.path("year").asInt()).as("%s %s", name, resolution)
                        .isBetween(2004, 2025);
            }
        }
        softly.assertAll();
    }

    @Test
    void expectedTitlesEmailsAndUrlsAppearInTheirNotes() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        for (String name : names("notes", ".txt")) {
            JsonNode record = expected(name);
            String text = note(name);
            softly.assertThat(Json.collapse(text)).as("%s title", name).contains(record.path("title").asString());
            for (String value : strings(record.get("emails"))) {
                softly.assertThat(text).as("%s e-mail", name).contains(value);
            }
            for (String value : strings(record.get("urls"))) {
                softly.assertThat(text).as("%s URL", name).contains(value);
            }
        }
        softly.assertAll();
    }

    @Test
    void notesAreUtf8TextOfRealisticLengthWithTheFootnoteOnce() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        for (String name : names("notes", ".txt")) {
            String text = note(name);
            int words = text.split("\\s+").length;
            softly.assertThat(words).as("%s words", name).isBetween(300, 900);
            softly.assertThat(text).as("%s title line", name).contains("Information Note¹");
            softly.assertThat(text.split(Pattern.quote(FOOTNOTE), -1)).as("%s footnote once", name).hasSize(2);
        }
        softly.assertAll();
    }

    @Test
    void scoringTheCorpusAgainstItselfIsPerfect() throws IOException {
        List<Evaluation.Case> cases = new ArrayList<>();
        for (String name : names("expected", ".json")) {
            cases.add(new Evaluation.Case(name, expected(name), expected(name)));
        }

        EvaluationReport report = Evaluation.score(cases);

        assertThat(report.fields()).allMatch(FieldScore::isPerfect);
        assertThat(report.notesFullyRight()).isEqualTo(cases.size());
    }

    private static Path corpus(String folder) {
        try {
            return Path.of(EvalCorpusTest.class.getResource("/eval/" + folder).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> names(String folder, String extension) throws IOException {
        try (Stream<Path> files = Files.list(corpus(folder))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith(extension))
                    .map(file -> file.substring(0, file.length() - extension.length()))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static JsonNode expected(String name) throws IOException {
        return JSON.readTree(Files.readString(corpus("expected").resolve(name + ".json"), StandardCharsets.UTF_8));
    }

    /** The note's text; fails when the file is not valid UTF-8. */
    private static String note(String name) throws IOException {
        byte[] bytes = Files.readAllBytes(corpus("notes").resolve(name + ".txt"));
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(name + " is not valid UTF-8", e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (JsonNode value : array) {
            values.add(value.asString());
        }
        return values;
    }

    private static Set<String> fieldNames(JsonNode record) {
        Set<String> names = new TreeSet<>();
        record.properties().forEach(entry -> names.add(entry.getKey()));
        return names;
    }

    /** The ids of the organisation registry shipped with this library, plus the agreed extra ids. */
    private static Set<String> organisationIds() {
        Set<String> ids = new TreeSet<>(EXTRA_ORGANISATION_IDS);
        try (InputStream in = EvalCorpusTest.class.getResourceAsStream("/org/atlas1540/reference/organisations.csv")) {
            String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            csv.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> ids.add(line.split(",", 2)[0]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }
}
