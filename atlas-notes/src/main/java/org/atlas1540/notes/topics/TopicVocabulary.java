package org.atlas1540.notes.topics;

import static org.atlas1540.notes.Topic.ASSISTANCE;
import static org.atlas1540.notes.Topic.BIOSECURITY;
import static org.atlas1540.notes.Topic.BORDER_SECURITY;
import static org.atlas1540.notes.Topic.CHEMICAL_SECURITY;
import static org.atlas1540.notes.Topic.CIVIL_SOCIETY;
import static org.atlas1540.notes.Topic.EFFECTIVE_PRACTICES;
import static org.atlas1540.notes.Topic.EXPORT_CONTROL;
import static org.atlas1540.notes.Topic.LAW_ENFORCEMENT;
import static org.atlas1540.notes.Topic.LEGISLATION;
import static org.atlas1540.notes.Topic.MEANS_OF_DELIVERY;
import static org.atlas1540.notes.Topic.NATIONAL_ACTION_PLANS;
import static org.atlas1540.notes.Topic.NUCLEAR_SECURITY;
import static org.atlas1540.notes.Topic.POINTS_OF_CONTACT;
import static org.atlas1540.notes.Topic.PROLIFERATION_FINANCING;
import static org.atlas1540.notes.Topic.REGIONAL_COOPERATION;
import static org.atlas1540.notes.Topic.REPORTING;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.atlas1540.notes.Topic;

/**
 * The rules that recognise each topic. Keep {@code docs/topics.md} in step with this class; a
 * test checks that every rule is listed there.
 *
 * <p>Judgements: naming an organisation (OPCW, IAEA, WHO) does not make a note about a topic,
 * since notes name every participating organisation, and organisation names that contain a
 * trigger are ignored; the treaties and regimes the brief names (BWC, CWC, MTCR, HCoC, FATF) do
 * count. The resolution's own description of its scope ("nuclear,
 * chemical and biological weapons and their means of delivery") appears in nearly every note
 * and signals no topic.
 */
final class TopicVocabulary {

    /**
     * One rule: a phrase as documented ("point(s) of contact"), for a topic.
     *
     * @param topic         the topic, or null for a phrase that signals none
     * @param phrase        words separated by blanks or hyphens; "(s)" marks an optional plural
     * @param caseSensitive whether it must be written exactly so (acronyms)
     */
    record Rule(Topic topic, String phrase, boolean caseSensitive) {
    }

    static final List<Rule> RULES = concat(
            phrases(NATIONAL_ACTION_PLANS, "national action plan(s)", "action plan(s)",
                    "national implementation action plan(s)"),
            acronyms(NATIONAL_ACTION_PLANS, "NAP(s)"),
            phrases(REPORTING, "national report(s)", "1540 matrix", "matrices", "reporting"),
            phrases(ASSISTANCE, "assistance", "capacity-building"),
            phrases(EFFECTIVE_PRACTICES, "effective practice(s)", "good practice(s)", "best practice(s)",
                    "experience-sharing", "exchange of experience(s)", "sharing of experience(s)"),
            phrases(LEGISLATION, "legislation", "legislative", "legal framework(s)", "drafting law(s)",
                    "draft law(s)", "penal"),
            phrases(EXPORT_CONTROL, "export control(s)", "trans-shipment", "transhipment", "transshipment",
                    "strategic trade", "control list(s)", "licensing", "dual-use goods", "dual-use items"),
            phrases(BORDER_SECURITY, "border(s)", "customs", "check point(s)", "checkpoint(s)"),
            phrases(LAW_ENFORCEMENT, "law enforcement", "police", "prosecution"),
            phrases(BIOSECURITY, "biosecurity", "bio-security", "biosafety", "bio-safety", "biological weapon(s)"),
            acronyms(BIOSECURITY, "BWC"),
            phrases(CHEMICAL_SECURITY, "chemical security", "chemical weapon(s)"),
            acronyms(CHEMICAL_SECURITY, "CWC"),
            phrases(NUCLEAR_SECURITY, "nuclear security", "physical protection", "radiological",
                    "radioactive source(s)", "radioactive material(s)", "nuclear material(s)"),
            phrases(MEANS_OF_DELIVERY, "means of delivery", "missile(s)"),
            acronyms(MEANS_OF_DELIVERY, "MTCR", "HCoC"),
            phrases(PROLIFERATION_FINANCING, "financing of proliferation", "proliferation financing",
                    "proliferation finance", "financial control(s)"),
            acronyms(PROLIFERATION_FINANCING, "FATF"),
            phrases(POINTS_OF_CONTACT, "point(s) of contact", "contact point(s)"),
            acronyms(POINTS_OF_CONTACT, "PoC(s)", "POC(s)"),
            phrases(REGIONAL_COOPERATION, "regional cooperation", "regional co-operation", "cooperation in the region",
                    "co-operation in the region"),
            phrases(CIVIL_SOCIETY, "civil society", "industry", "industries", "academia", "private sector"),
            // The resolution's scope, in the words notes use to restate it: no topic.
            phrases(null, "chemical and biological weapons", "biological and chemical weapons",
                    "chemical or biological weapons", "biological or chemical weapons", "their means of delivery"),
            // Names of organisations that contain a trigger: naming the organisation is no topic.
            phrases(null, "organisation for the prohibition of chemical weapons",
                    "organization for the prohibition of chemical weapons",
                    "federal office of economics and export control"));

    private TopicVocabulary() {
    }

    /** Every phrase the rules stand for. */
    static List<Phrase> phrases() {
        return RULES.stream()
                .flatMap(rule -> Phrase.expand(rule.topic(), rule.phrase(), rule.caseSensitive()).stream())
                .toList();
    }

    private static List<Rule> phrases(Topic topic, String... phrases) {
        return Arrays.stream(phrases).map(p -> new Rule(topic, p, false)).toList();
    }

    private static List<Rule> acronyms(Topic topic, String... acronyms) {
        return Arrays.stream(acronyms).map(a -> new Rule(topic, a, true)).toList();
    }

    @SafeVarargs
    private static List<Rule> concat(List<Rule>... lists) {
        return Stream.of(lists).flatMap(List::stream).toList();
    }
}
