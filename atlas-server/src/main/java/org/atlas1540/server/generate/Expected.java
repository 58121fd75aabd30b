package org.atlas1540.server.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.atlas1540.notes.EventKind;
import org.atlas1540.notes.SectionKind;
import org.atlas1540.notes.Topic;
import org.atlas1540.reference.StateCode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The record a careful reader takes from a generated note, in the JSON shape of the evaluation
 * corpus's expected files ({@code atlas eval} scores the reader against it). Filled in while the
 * note is written: every piece of text adds what it says.
 */
final class Expected {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** A party as the scorer keys it: a State or organisation by id, an unresolved name by its mention. */
    record PartyKey(String type, String value) {
        static PartyKey state(StateCode code) {
            return new PartyKey("state", code.value());
        }

        static PartyKey organisation(String id) {
            return new PartyKey("organisation", id);
        }

        static PartyKey unresolved(String mention) {
            return new PartyKey("unresolved", mention);
        }
    }

    /** A fact as the scorer keys it: its type and its State, if any. */
    record FactKey(String type, StateCode state) {
    }

    private record SectionKey(SectionKind kind, String heading) {
    }

    private String title;
    private EventKind kind;
    private LocalDate start;
    private LocalDate end;
    private String city;
    private StateCode country;
    private final List<PartyKey> organisers = new ArrayList<>();
    private final List<PartyKey> participants = new ArrayList<>();
    private final List<SectionKey> sections = new ArrayList<>();
    private final Set<Topic> topics = EnumSet.noneOf(Topic.class);
    private final Map<Integer, Integer> resolutions = new LinkedHashMap<>();
    private final Set<String> emails = new LinkedHashSet<>();
    private final Set<String> urls = new LinkedHashSet<>();
    private final List<FactKey> facts = new ArrayList<>();

    void event(String title, EventKind kind, LocalDate start, LocalDate end) {
        this.title = title;
        this.kind = kind;
        this.start = start;
        this.end = end;
    }

    void venue(String city, StateCode country) {
        this.city = city;
        this.country = country;
    }

    void organiser(PartyKey party) {
        if (!organisers.contains(party)) {
            organisers.add(party);
        }
    }

    void participant(PartyKey party) {
        if (!participants.contains(party)) {
            participants.add(party);
        }
    }

    void section(SectionKind kind, String heading) {
        sections.add(new SectionKey(kind, heading));
    }

    void topics(Set<Topic> more) {
        topics.addAll(more);
    }

    void resolution(int number, int year) {
        resolutions.putIfAbsent(number, year);
    }

    void email(String address) {
        emails.add(address);
    }

    void url(String address) {
        urls.add(address);
    }

    void fact(String type, StateCode state) {
        facts.add(new FactKey(type, state));
    }

    /** Only one recommendations fact per note: the reader takes the first sentence that gives one. */
    boolean hasFact(String type) {
        return facts.stream().anyMatch(f -> f.type().equals(type));
    }

    List<FactKey> facts() {
        return List.copyOf(facts);
    }

    String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("title", title);
        root.put("kind", kind.json());
        root.put("startDate", start.toString());
        root.put("endDate", end.toString());
        ObjectNode venue = root.putObject("venue");
        venue.put("city", city);
        venue.put("country", country == null ? null : country.value());
        parties(root.putArray("organisers"), organisers);
        parties(root.putArray("participants"), participants);
        ArrayNode sectionArray = root.putArray("sections");
        for (SectionKey section : sections) {
            sectionArray.addObject().put("kind", section.kind().json()).put("heading", section.heading());
        }
        ArrayNode topicArray = root.putArray("topics");
        topics.forEach(t -> topicArray.add(t.json()));
        ArrayNode resolutionArray = root.putArray("resolutions");
        resolutions.forEach((number, year) -> resolutionArray.addObject().put("number", number).put("year", year));
        ArrayNode emailArray = root.putArray("emails");
        emails.forEach(emailArray::add);
        ArrayNode urlArray = root.putArray("urls");
        urls.forEach(urlArray::add);
        ArrayNode factArray = root.putArray("facts");
        for (FactKey fact : facts) {
            factArray.addObject().put("type", fact.type()).put("state", fact.state() == null ? null : fact.state().value());
        }
        return JSON.writeValueAsString(root) + "\n";
    }

    private static void parties(ArrayNode array, List<PartyKey> parties) {
        for (PartyKey party : parties) {
            ObjectNode node = array.addObject().put("type", party.type());
            node.put("unresolved".equals(party.type()) ? "mention" : "id", party.value());
        }
    }
}
