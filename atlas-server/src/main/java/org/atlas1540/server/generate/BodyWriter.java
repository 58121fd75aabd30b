package org.atlas1540.server.generate;

import static org.atlas1540.notes.Topic.ASSISTANCE;
import static org.atlas1540.notes.Topic.BORDER_SECURITY;
import static org.atlas1540.notes.Topic.CIVIL_SOCIETY;
import static org.atlas1540.notes.Topic.EFFECTIVE_PRACTICES;
import static org.atlas1540.notes.Topic.EXPORT_CONTROL;
import static org.atlas1540.notes.Topic.LAW_ENFORCEMENT;
import static org.atlas1540.notes.Topic.LEGISLATION;
import static org.atlas1540.notes.Topic.NATIONAL_ACTION_PLANS;
import static org.atlas1540.notes.Topic.NUCLEAR_SECURITY;
import static org.atlas1540.notes.Topic.POINTS_OF_CONTACT;
import static org.atlas1540.notes.Topic.REGIONAL_COOPERATION;
import static org.atlas1540.notes.Topic.REPORTING;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.atlas1540.notes.SectionKind;
import org.atlas1540.reference.State;
import org.atlas1540.server.generate.Cast.Scope;

/** Writes the sections of a note's body: objectives, background, highlights, outcome, recommendations, comments. */
final class BodyWriter {
    static final String EXPERTS_EMAIL = "1540experts@un.org";
    static final String COMMITTEE_URL = "https://www.un.org/en/sc/1540/";

    private static final List<Passage> COMMON_OBJECTIVES = List.of(
            Passage.of("To raise awareness of the obligations set out in resolution 1540 (2004) and of the work of the "
                    + "1540 Committee"),
            Passage.of("To help participating States identify gaps in their national measures"),
            Passage.of("To encourage States to consider preparing voluntary national implementation action plans",
                    NATIONAL_ACTION_PLANS),
            Passage.of("To present the assistance programmes of international and regional organisations", ASSISTANCE),
            Passage.of("To promote regional cooperation among the authorities concerned", REGIONAL_COOPERATION),
            Passage.of("To review the information in the 1540 matrices of the participating States", REPORTING),
            Passage.of("To strengthen the network of national points of contact", POINTS_OF_CONTACT));
    private static final List<Passage> AUDIENCES = List.of(Passage.of("customs officers", BORDER_SECURITY),
            Passage.of("licensing officials", EXPORT_CONTROL), Passage.of("police investigators", LAW_ENFORCEMENT),
            Passage.of("laboratory staff"), Passage.of("first responders"));
    private static final List<Passage> LAW_AREAS = List.of(Passage.of("dual-use goods", EXPORT_CONTROL),
            Passage.of("pathogens and toxins"), Passage.of("toxic chemicals"),
            Passage.of("radioactive sources", NUCLEAR_SECURITY), Passage.of("the transit of sensitive goods"));
    private static final List<Passage> AGENCIES = List.of(Passage.of("customs administrations", BORDER_SECURITY),
            Passage.of("licensing authorities", EXPORT_CONTROL), Passage.of("police services", LAW_ENFORCEMENT),
            Passage.of("regulators"));
    private static final List<Passage> PRACTICE_AREAS = List.of(Passage.of("inter-agency coordination"),
            Passage.of("outreach to industry and academia", CIVIL_SOCIETY), Passage.of("the enforcement of controls"));
    private static final List<Passage> RECOMMENDED = List.of(
            Passage.of("States that have not yet done so should consider adopting national control lists", EXPORT_CONTROL),
            Passage.of("States should strengthen cooperation between licensing authorities and customs administrations",
                    EXPORT_CONTROL, BORDER_SECURITY),
            Passage.of("States should designate a national point of contact where they have not yet done so",
                    POINTS_OF_CONTACT),
            Passage.of("The organisations present should coordinate their assistance more closely", ASSISTANCE),
            Passage.of("States should involve industry in the implementation of controls", CIVIL_SOCIETY));

    private final Names names;
    private final FactSentences facts;

    BodyWriter(Names names) {
        this.names = names;
        this.facts = new FactSentences(names);
    }

    List<Section> write(Occasion occasion, Pick pick, Expected expected) {
        return occasion.cast().scope() == Scope.VISIT ? visit(occasion, pick, expected) : event(occasion, pick, expected);
    }

    private List<Section> event(Occasion o, Pick pick, Expected expected) {
        var sections = new ArrayList<Section>();
        if (pick.chance(0.9)) {
            sections.add(objectives(o, pick, expected));
        }
        if (pick.chance(0.7)) {
            sections.add(section(SectionKind.BACKGROUND, pick.oneOf("Background", "Context", "Introduction"),
                    paragraphs(background(o, pick, expected), pick), expected));
        }
        sections.add(section(SectionKind.HIGHLIGHTS, pick.oneOf("Highlights", "Summary", "Proceedings", "Discussions",
                "Summary of discussions", "Main points"), paragraphs(highlights(o, pick, expected), pick), expected));
        if (pick.chance(0.1)) {
            sections.add(section(SectionKind.OTHER, pick.oneOf("Programme", "Next Steps"), List.of(List.of(
                    Passage.of("The " + o.noun() + " combined presentations with practical exercises in small groups."))),
                    expected));
        }
        if (pick.chance(0.6)) {
            sections.add(section(SectionKind.OUTCOME, pick.oneOf("Outcome", "Results", "Conclusions"),
                    paragraphs(outcome(o, pick, expected), pick), expected));
        }
        if (pick.chance(0.25)) {
            sections.add(recommendations(o, pick, expected));
        }
        if (pick.chance(0.8)) {
            sections.add(section(SectionKind.COMMENTS, pick.oneOf("Additional comments", "Comments", "Remarks"),
                    List.of(comments(o, pick, expected)), expected));
        }
        return sections;
    }

    private List<Section> visit(Occasion o, Pick pick, Expected expected) {
        var sections = new ArrayList<Section>();
        State host = o.cast().host();
        var objectives = List.of(
                Passage.of("To hold a dialogue with the national authorities on the implementation of resolution 1540 "
                        + "(2004)"),
                Passage.of("To review together the information in the 1540 matrix", REPORTING),
                Passage.of("To discuss any assistance that the authorities may wish to request", ASSISTANCE));
        sections.add(section(SectionKind.OBJECTIVES, pick.oneOf("Objectives of the visit", "Purpose of the visit"),
                bullets(objectives), expected));
        var background = new ArrayList<Passage>();
        if (pick.chance(0.5)) {
            background.add(Passage.of("The Government invited the 1540 Committee to conduct a country visit in a letter "
                    + "to the Chair of the Committee in " + o.year() + "."));
        } else {
            background.add(Passage.of(host.shortName() + " invited the 1540 Committee to conduct a country visit in a "
                    + "letter to the Chair of the Committee in " + o.year() + "."));
        }
        expected.fact(FactSentences.VISIT, host.code());
        if (pick.chance(0.4)) {
            background.add(facts.relatedEvent(o, pick, expected));
        }
        sections.add(section(SectionKind.BACKGROUND, "Background", paragraphs(background, pick), expected));
        var summary = new ArrayList<Passage>();
        summary.add(Passage.of("The delegation met officials from " + pick.between(6, 14) + " national agencies over "
                + days(o) + " days."));
        summary.add(Passage.of("The meetings reviewed, paragraph by paragraph, the measures recorded in the 1540 matrix.",
                REPORTING));
        summary.add(pick.one(List.of(
                Passage.of("At the nuclear regulatory authority the delegation was briefed on the national registry of "
                        + "radioactive sources.", NUCLEAR_SECURITY),
                Passage.of("The customs administration presented its risk management system for goods crossing the "
                        + "border.", BORDER_SECURITY),
                Passage.of("The financial intelligence unit described how it shares information with supervisors."))));
        if (pick.chance(0.7)) {
            summary.add(facts.nationalNeed(o, pick, expected));
        }
        sections.add(section(SectionKind.HIGHLIGHTS, pick.oneOf("Summary of discussions", "Summary", "Discussions"),
                paragraphs(summary, pick), expected));
        var outcome = new ArrayList<Passage>();
        if (pick.chance(0.5)) {
            expected.fact(FactSentences.PLAN, host.code());
            outcome.add(Passage.of("At the closing meeting, the authorities announced that " + host.shortName()
                    + " will prepare a voluntary national implementation action plan.", NATIONAL_ACTION_PLANS));
        }
        outcome.add(Passage.of("It was agreed that the 1540 Committee experts will remain in contact with the national "
                + "point of contact.", POINTS_OF_CONTACT));
        sections.add(section(SectionKind.OUTCOME, "Outcome", paragraphs(outcome, pick), expected));
        if (pick.chance(0.6)) {
            sections.add(section(SectionKind.COMMENTS, pick.oneOf("Additional comments", "Comments"),
                    List.of(comments(o, pick, expected)), expected));
        }
        return sections;
    }

    private Section objectives(Occasion o, Pick pick, Expected expected) {
        var chosen = new ArrayList<Passage>();
        chosen.add(pick.one(o.theme().objectives()));
        for (Passage p : pick.some(COMMON_OBJECTIVES, 1, 3)) {
            chosen.add(pick.between(0, chosen.size()), p);
        }
        String heading = pick.oneOf("Objectives", titleCase(o.noun()) + " Objectives", "Aims", "Purpose");
        if (pick.chance(0.6)) {
            return section(SectionKind.OBJECTIVES, heading, bullets(chosen), expected);
        }
        var prose = new StringBuilder("The ").append(o.noun()).append(" was intended ");
        for (int i = 0; i < chosen.size(); i++) {
            if (i > 0) {
                prose.append(i == chosen.size() - 1 ? " and " : ", ");
            }
            String text = chosen.get(i).text();
            prose.append(Character.toLowerCase(text.charAt(0))).append(text.substring(1));
            expected.topics(chosen.get(i).topics());
        }
        return section(SectionKind.OBJECTIVES, heading, List.of(List.of(Passage.of(prose.append('.').toString()))),
                expected);
    }

    private List<Passage> background(Occasion o, Pick pick, Expected expected) {
        var sentences = new ArrayList<Passage>();
        sentences.add(pick.one(o.theme().background()).forEvent(o.noun()));
        int year = o.year();
        if (year >= 2012 && pick.chance(0.5)) {
            sentences.add(Passage.of("In " + Resolutions.cite(1977, expected) + " the Security Council encouraged States to "
                    + "prepare, on a voluntary basis, national implementation action plans mapping their priorities.",
                    NATIONAL_ACTION_PLANS));
        } else if (year >= 2009 && pick.chance(0.4)) {
            sentences.add(Passage.of(capitalised(Resolutions.cite(1810, expected)) + " called on the 1540 Committee to "
                    + "intensify its dialogue with States on the implementation of " + Resolutions.cite(1540, expected)
                    + "."));
        }
        if (year >= 2017 && pick.chance(0.4)) {
            sentences.add(Passage.of(capitalised(Resolutions.cite(2325, expected)) + " recognised the role that "
                    + "international, regional and sub-regional organisations play in supporting national "
                    + "implementation."));
        }
        if (year >= 2023 && pick.chance(0.5)) {
            sentences.add(Passage.of(capitalised(Resolutions.cite(2663, expected)) + " extended the mandate of the 1540 "
                    + "Committee for ten years."));
        }
        if (pick.chance(0.4)) {
            sentences.add(pick.between(0, sentences.size()), facts.relatedEvent(o, pick, expected));
        }
        String supporter = names.inText(o.cast().organisations().get(0));
        if (supporter != null && pick.chance(0.4)) {
            sentences.add(Passage.of(capitalised(supporter) + " has for several years supported States in implementing the "
                    + "resolution, in particular through its programme on effective practices.", EFFECTIVE_PRACTICES));
        }
        return sentences;
    }

    private List<Passage> highlights(Occasion o, Pick pick, Expected expected) {
        var sentences = new ArrayList<Passage>();
        sentences.add(Passage.of("The " + words(o) + " programme combined presentations on the obligations of resolution "
                + "1540 (2004) with discussions in smaller groups."));
        if (o.cast().scope() != Scope.NATIONAL) {
            sentences.add(Passage.of("Each participating State gave a short presentation of the measures it has in place."));
        }
        sentences.addAll(pick.some(o.theme().highlights(), 1, 2));
        List<String> speakers = o.cast().organisations().stream().map(names::inText).filter(Objects::nonNull)
                .distinct().toList();
        if (speakers.size() >= 2 && pick.chance(0.7)) {
            List<String> two = pick.some(speakers, 2, 2);
            sentences.add(Passage.of("Speakers from " + two.get(0) + " and " + two.get(1) + " described their "
                    + "training programmes for ").then("", pick.one(AUDIENCES)).then("", Passage.of(".")));
        }
        var other = new ArrayList<Passage>();
        if (o.cast().states().size() >= 2 && pick.chance(0.5)) {
            List<State> two = pick.some(o.cast().states(), 2, 2);
            other.add(Passage.of(two.get(0).shortName() + " and " + two.get(1).shortName() + " described recent changes to "
                    + "their national laws on ").then("", pick.one(LAW_AREAS)).then("", Passage.of(".")));
        }
        if (pick.chance(0.4)) {
            other.add(Passage.of("Participants stressed the value of regional cooperation, in particular for the exchange of "
                    + "information between ", REGIONAL_COOPERATION).then("", pick.one(AGENCIES)).then("", Passage.of(".")));
        }
        if (pick.chance(0.4)) {
            other.add(Passage.of("Several delegations shared effective practices in ", EFFECTIVE_PRACTICES)
                    .then("", pick.one(PRACTICE_AREAS)).then("", Passage.of(".")));
        }
        if (pick.chance(0.2)) {
            other.add(Passage.of("Representatives of industry and academia described their own compliance programmes.",
                    CIVIL_SOCIETY));
        }
        if (pick.chance(0.3)) {
            other.add(Passage.of("The 1540 Committee experts presented the assistance mechanism of the Committee and the "
                    + "template for assistance requests.", ASSISTANCE));
        }
        if (pick.chance(0.3)) {
            other.add(Passage.of("The 1540 Committee experts presented the structure of the 1540 matrix and explained how it "
                    + "can serve as a tool for dialogue with the Committee.", REPORTING));
        }
        if (pick.chance(0.2)) {
            other.add(Passage.of("Speakers offered help to States reviewing their legal frameworks.", LEGISLATION));
        }
        int plans = o.cast().scope() == Scope.NATIONAL ? 0 : pick.between(0, 2);
        for (int i = 0; i < plans; i++) {
            other.add(facts.actionPlan(o, pick, expected));
        }
        if (o.cast().scope() == Scope.NATIONAL) {
            if (pick.chance(0.6)) {
                other.add(facts.nationalNeed(o, pick, expected));
            }
        } else {
            int needs = pick.between(0, 2);
            for (int i = 0; i < needs; i++) {
                other.add(facts.need(o, pick, expected));
            }
            if (pick.chance(0.4)) {
                other.add(facts.countryVisit(o, pick, expected));
            }
        }
        for (Passage p : other) {
            sentences.add(pick.between(Math.min(2, sentences.size()), sentences.size()), p);
        }
        return sentences;
    }

    private List<Passage> outcome(Occasion o, Pick pick, Expected expected) {
        var sentences = new ArrayList<Passage>();
        if (pick.chance(0.5)) {
            sentences.add(facts.recommendations(o, pick, expected));
        }
        String platform = names.inText(o.cast().organisations().get(0));
        if (platform != null && pick.chance(0.6)) {
            sentences.add(Passage.of("Participants agreed that " + platform + " should continue to offer a platform for "
                    + "dialogue on the implementation of the resolution."));
        }
        sentences.add(Passage.of("Participants evaluated the " + o.noun() + " positively and asked that a similar event be "
                + "organised in " + (o.year() + pick.between(1, 2)) + "."));
        return sentences;
    }

    private Section recommendations(Occasion o, Pick pick, Expected expected) {
        if (!expected.hasFact(FactSentences.RECOMMENDATIONS)) {
            expected.fact(FactSentences.RECOMMENDATIONS, null);
        }
        var paragraphs = new ArrayList<List<Passage>>();
        paragraphs.add(List.of(Passage.of(pick.oneOf("On the last day, participants agreed on the following recommendations:",
                "Participants agreed on the following recommendations:"))));
        paragraphs.addAll(bullets(pick.some(RECOMMENDED, 2, 4)));
        return section(SectionKind.RECOMMENDATIONS, "Recommendations", paragraphs, expected);
    }

    private List<Passage> comments(Occasion o, Pick pick, Expected expected) {
        var sentences = new ArrayList<Passage>();
        if (pick.chance(0.5)) {
            expected.url(COMMITTEE_URL);
            sentences.add(Passage.of("Details of the assistance mechanism, national reports and the 1540 matrices are "
                    + "available at " + COMMITTEE_URL + ".", ASSISTANCE, REPORTING));
        }
        String source = names.inText(o.cast().organisations().get(0));
        if (source != null && pick.chance(0.4)) {
            sentences.add(Passage.of("The presentations can be obtained from " + source + "."));
        }
        expected.email(EXPERTS_EMAIL);
        sentences.add(Passage.of("For further information, please contact the 1540 Committee experts at " + EXPERTS_EMAIL
                + "."));
        return sentences;
    }

    /** Each passage a list item; all but the last end with a semicolon. */
    private static List<List<Passage>> bullets(List<Passage> items) {
        var lines = new ArrayList<List<Passage>>();
        for (int i = 0; i < items.size(); i++) {
            Passage item = items.get(i);
            lines.add(List.of(new Passage("- " + item.text() + (i == items.size() - 1 ? "." : ";"), item.topics())));
        }
        return lines;
    }

    /** Sentences grouped into paragraphs of one to three. */
    private static List<List<Passage>> paragraphs(List<Passage> sentences, Pick pick) {
        var paragraphs = new ArrayList<List<Passage>>();
        int i = 0;
        while (i < sentences.size()) {
            int n = Math.min(sentences.size() - i, pick.between(1, 3));
            paragraphs.add(List.copyOf(sentences.subList(i, i + n)));
            i += n;
        }
        return paragraphs;
    }

    private static Section section(SectionKind kind, String heading, List<List<Passage>> paragraphs, Expected expected) {
        expected.section(kind, heading);
        var lines = new ArrayList<String>();
        for (List<Passage> paragraph : paragraphs) {
            var line = new StringBuilder();
            for (Passage sentence : paragraph) {
                expected.topics(sentence.topics());
                line.append(line.length() == 0 ? "" : " ").append(sentence.text());
            }
            lines.add(line.toString());
        }
        return new Section(kind, heading, lines);
    }

    /** "two-day", as in "the two-day programme". */
    private static String words(Occasion o) {
        return days(o) + "-day";
    }

    /** How many days the event lasted, in words: "one", "two", ... */
    private static String days(Occasion o) {
        int days = (int) (o.end().toEpochDay() - o.start().toEpochDay() + 1);
        return days <= 5 ? List.of("one", "two", "three", "four", "five").get(days - 1) : String.valueOf(days);
    }

    private static String titleCase(String words) {
        var result = new StringBuilder();
        for (String word : words.split(" ")) {
            result.append(result.length() == 0 ? "" : " ").append(capitalised(word));
        }
        return result.toString();
    }

    private static String capitalised(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
