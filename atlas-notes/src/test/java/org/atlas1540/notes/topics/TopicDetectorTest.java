package org.atlas1540.notes.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.atlas1540.notes.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TopicDetectorTest {
    private final TopicDetector detector = new TopicDetector();

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                                                      | topics (JSON values)
            Serbia prepared a national action plan                      | national-action-plans
            voluntary National Implementation Action Plans              | national-action-plans
            the action plans of States                                  | national-action-plans
            two NAPs were submitted                                     | national-action-plans
            submitted its national report and the 1540 matrix           | reporting
            the matrices were updated; reporting continues              | reporting
            assistance programmes                                       | assistance
            capacity-building and capacity building                     | assistance
            effective practices, good practice and best practices       | effective-practices
            experience-sharing and an exchange of experiences           | effective-practices
            experience sharing                                          | effective-practices
            legislation, legislative drafting, the legal framework      | legislation
            drafting laws and the penal code                            | legislation
            export controls and trans-shipment                          | export-control
            transhipment, transshipment, strategic trade, control lists | export-control
            licensing officers                                          | export-control
            border security                                             | border-security
            open borders                                                | border-security
            a border-crossing point and cross-border trade              | border-security
            customs officers at check points and checkpoints            | border-security
            law enforcement and law-enforcement agencies                | law-enforcement
            the police and prosecution services                         | law-enforcement
            biosecurity, bio-security, biosafety and bio-safety         | biosecurity
            the BWC and biological weapons                              | biosecurity
            chemical security and the CWC                               | chemical-security
            the prohibition of chemical weapons                         | chemical-security
            nuclear security, physical protection, radiological sources | nuclear-security
            radioactive sources                                         | nuclear-security
            means of delivery, missiles, the MTCR and the HCoC          | means-of-delivery
            financing of proliferation and the FATF                     | proliferation-financing
            proliferation financing and financial controls              | proliferation-financing
            national points of contact, a point of contact, PoCs        | points-of-contact
            regional cooperation                                        | regional-cooperation
            regional co-operation                                       | regional-cooperation
            co-operation in the region                                  | regional-cooperation
            civil society, industry, academia and the private sector    | civil-society
            BORDER SECURITY AND EXPORT CONTROL                          | export-control border-security
            """)
    void recognisesEachTopicByItsPhrases(String text, String topics) {
        assertThat(detector.detect(text)).containsExactlyElementsOf(topics(topics));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "who attended",
        "the WHO and the World Health Organisation",
        "the OPCW and the IAEA",
        "a borderline case",
        "reassistance",
        "a nap after lunch",
        "bwc, cwc, mtcr, fatf in lower case",
        "policy and policies",
        "industrial and academic",
        "customary law",
        "reported to the Committee",
        "penalty",
        "capacity, building",
        "export. Control",
        "action\n\nplan",
        "the cooperation of the regional centre",
        "matrix",
        "",
    })
    void recognisesNoTopicInTextThatOnlyLooksLikeIt(String text) {
        assertThat(detector.detect(text)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "keep nuclear, chemical and biological weapons and their means of delivery from non-State actors",
        "nuclear, biological and chemical weapons",
        "nuclear, chemical or biological weapons and their means of delivery",
    })
    void ignoresTheResolutionsDescriptionOfItsScope(String text) {
        assertThat(detector.detect(text)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Organisation for the Prohibition of Chemical Weapons (OPCW)",
        "the Organization for the Prohibition of Chemical Weapons",
        "Federal Office of Economics and Export Control (BAFA)",
    })
    void ignoresOrganisationNamesThatContainATrigger(String text) {
        assertThat(detector.detect(text)).isEmpty();
    }

    @Test
    void readsAPhraseBrokenAcrossALine() {
        assertThat(detector.detect("voluntary national action\nplans")).containsExactly(Topic.NATIONAL_ACTION_PLANS);
    }

    @Test
    void listsTopicsOnceEachInTheOrderOfTheVocabulary() {
        String text = """
                The workshop focused on regional cooperation, bio-security, assistance programmes,
                effective practices and voluntary action plans. More assistance was offered, and
                regional cooperation will be enhanced.""";

        assertThat(detector.detect(text)).containsExactly(
                Topic.NATIONAL_ACTION_PLANS, Topic.ASSISTANCE, Topic.EFFECTIVE_PRACTICES, Topic.BIOSECURITY,
                Topic.REGIONAL_COOPERATION);
    }

    @Test
    void documentsEveryRuleInDocsTopicsMd() throws IOException {
        // Tests run in the module's directory; the documentation is at the root of the project.
        String doc = Files.readString(Path.of("..", "docs", "topics.md"));

        for (Topic topic : Topic.values()) {
            assertThat(doc).as("topic %s", topic).contains("| `" + topic.json() + "` | " + topic.label() + " |");
        }
        for (TopicVocabulary.Rule rule : TopicVocabulary.RULES) {
            assertThat(doc).as("rule %s", rule).contains("`" + rule.phrase() + "`");
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"national ", "national action ", "capacity-", "a", "- ", " \n", "chemical and biological "})
    void readsAMegabyteOfRepetitiveTextQuickly(String unit) {
        String text = unit.repeat(1_000_000 / unit.length());
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> detector.detect(text));
    }

    private static List<Topic> topics(String jsonValues) {
        List<String> values = Arrays.asList(jsonValues.trim().split("\\s+"));
        return Arrays.stream(Topic.values()).filter(t -> values.contains(t.json())).toList();
    }
}
