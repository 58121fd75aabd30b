package org.atlas1540.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.atlas1540.testing.SharedFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The two real information notes in {@code ../shared/samples} must come out exactly right, field by
 * field. Section texts are checked by their SHA-256 (so the notes' text is not copied into this
 * project) and by the joins the footnote repair makes.
 */
class SampleNotesGoldenTest {
    private static final NoteReader READER = new NoteReader();

    static Note read(String file) throws Exception {
        Path path = SharedFiles.require(SharedFiles.samples().resolve(file));
        return READER.read(path);
    }

    static List<String> ids(List<Party> parties) {
        return parties.stream().map(p -> p.id() == null ? "?" + p.mention() : p.id()).toList();
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Every span points at the text it claims to: the mention of a party, the text of a section. */
    static void spansAreExact(Note note) {
        for (Party party : note.organisers()) {
            assertThat(party.span().of(note.text())).isEqualTo(party.mention());
        }
        for (Party party : note.participants()) {
            assertThat(party.span().of(note.text())).isEqualTo(party.mention());
        }
        for (Section section : note.sections()) {
            assertThat(section.span().of(note.text())).isEqualTo(section.text());
        }
        for (Fact fact : note.facts()) {
            assertThat(fact.span().end()).isLessThanOrEqualTo(note.text().length());
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Belgrade2013 {
        Note note;

        @BeforeAll
        void read() throws Exception {
            note = SampleNotesGoldenTest.read("belgrade-2013-05.txt");
        }

        @Test
        void readsTheHeader() {
            assertThat(note.source().mediaType()).isEqualTo("text/plain");
            assertThat(note.title()).isEqualTo("Regional Workshop on the Implementation of UNSC Resolution 1540 (2004)");
            assertThat(note.kind()).isEqualTo(EventKind.WORKSHOP);
            assertThat(note.dates()).isEqualTo(new DateRange(java.time.LocalDate.of(2013, 5, 9), java.time.LocalDate.of(2013, 5, 10)));
            assertThat(note.venue().text()).isEqualTo("Belgrade, Serbia");
            assertThat(note.venue().city()).isEqualTo("Belgrade");
            assertThat(note.venue().country().value()).isEqualTo("SRB");
        }

        @Test
        void everyoneInTheOrganiserFieldIsAnOrganiser() {
            assertThat(ids(note.organisers())).containsExactly("SRB", "OSCE", "UNODA");
            assertThat(note.organisers()).extracting(Party::mention)
                    .containsExactly("Republic of Serbia", "Conflict Prevention Centre (CPC)",
                            "United Nations Office for Disarmament Affairs (UNODA)");
        }

        @Test
        void readsTheSevenStatesIncludingTheTwoWithoutAComma() {
            assertThat(note.participants().stream().filter(Party::isState).map(Party::id))
                    .containsExactly("ALB", "BIH", "HRV", "MNE", "SRB", "SVN", "MKD");
            assertThat(note.participants()).filteredOn(p -> "MKD".equals(p.id())).extracting(Party::name, Party::mention)
                    .containsExactly(tuple("North Macedonia", "The former Yugoslav Republic of Macedonia"));
            assertThat(note.participants()).filteredOn(p -> "BIH".equals(p.id())).extracting(Party::mention)
                    .containsExactly("Bosnia & Herzegovina");
        }

        @Test
        void readsTheOrganisationsAndNationalBodiesWithoutMakingTheirStatesParticipants() {
            assertThat(ids(note.participants())).containsExactly(
                    "ALB", "BIH", "HRV", "MNE", "SRB", "SVN", "MKD",
                    "BWC-ISU", "BAFA", "BLR-MOH", "OPCW", "OSCE", "SEESAC", "UNDP", "UNICRI", "UNODA", "US-DOS", "US-EXBS",
                    "WHO", "1540-GOE");
            assertThat(note.participants()).filteredOn(p -> p.state() != null)
                    .extracting(Party::id, p -> p.state().value())
                    .containsExactly(tuple("BAFA", "DEU"), tuple("BLR-MOH", "BLR"), tuple("US-DOS", "USA"), tuple("US-EXBS", "USA"));
            assertThat(note.participants()).filteredOn(p -> p.remark() != null).extracting(Party::id, Party::remark)
                    .containsExactly(tuple("BWC-ISU", "via video-message"),
                            tuple("BLR-MOH", "Republican Research & Practical Centre for Epidemiology & Microbiology"),
                            tuple("US-DOS", "1540 Coordinator and EXBS"));
            assertThat(note.participants()).noneMatch(p -> p.type() == PartyType.UNRESOLVED);
        }

        @Test
        void readsTheSectionsExactlyWithTheFootnoteRemovedAndTheSentenceRejoined() throws Exception {
            assertThat(note.sections()).extracting(Section::kind, Section::heading).containsExactly(
                    tuple(SectionKind.OBJECTIVES, "Conference Objectives"),
                    tuple(SectionKind.BACKGROUND, "Background"),
                    tuple(SectionKind.HIGHLIGHTS, "Highlights"));
            assertThat(sha256(note.sections().get(0).text()))
                    .isEqualTo("e774a6d35b9868fdc728b76d60ac6d134533ad0627249ea4f039c858924bb111");
            assertThat(sha256(note.sections().get(1).text()))
                    .isEqualTo("97ba0b9092094505675f0bd3b61001d27aef2716a514cdf8cfe966e96c43bc35");
            assertThat(sha256(note.sections().get(2).text()))
                    .isEqualTo("907f229c93adbba59f2580dec6aeab9d3702c5534cbd7499e2b7b6b606a6de5d");
            assertThat(note.sections().get(1).text()).contains("With resolution 1977 (2011) the UN Security Council");
            assertThat(note.text()).doesNotContain("For information").doesNotContain("¹").doesNotContain("<i>");
            spansAreExact(note);
        }

        @Test
        void readsTopicsCitationsAndContacts() {
            assertThat(note.topics()).containsExactly(Topic.NATIONAL_ACTION_PLANS, Topic.ASSISTANCE,
                    Topic.EFFECTIVE_PRACTICES, Topic.BIOSECURITY, Topic.REGIONAL_COOPERATION);
            assertThat(note.resolutions()).containsExactly(new ResolutionCitation(1540, 2004), new ResolutionCitation(1977, 2011));
            assertThat(note.emails()).containsExactly("1540experts@un.org");
            assertThat(note.urls()).containsExactly("http://www.un.org/en/sc/1540/national-implementation/pdf/Serbia_action-plan.pdf");
        }

        @Test
        void suggestsThePlanTheEarlierWorkshopAndTheRecommendations() {
            assertThat(note.facts()).hasSize(3);
            var plan = (NationalActionPlanFact) note.facts().get(0);
            assertThat(plan.state().value()).isEqualTo("SRB");
            assertThat(plan.status()).isEqualTo("prepared");
            assertThat(plan.link()).endsWith("/Serbia_action-plan.pdf");
            assertThat(plan.span().of(note.text())).startsWith("The host was the first State in the region");

            var earlier = (RelatedEventFact) note.facts().get(1);
            assertThat(earlier.relation()).isEqualTo("follow-up");
            assertThat(earlier.title()).isEqualTo("Workshop on Implementing Security Council Resolution 1540 (2004) for Southeast European States");
            assertThat(earlier.dates()).isEqualTo(new DateRange(java.time.LocalDate.of(2010, 6, 14), java.time.LocalDate.of(2010, 6, 17)));
            assertThat(earlier.venue().city()).isEqualTo("Split");
            assertThat(earlier.venue().country().value()).isEqualTo("HRV");

            var recommendations = (RecommendationsFact) note.facts().get(2);
            assertThat(recommendations.description()).isEqualTo("informal recommendations for follow up action");
            assertThat(recommendations.attachment()).isEqualTo("Attachment");
            assertThat(recommendations.span().of(note.text())).startsWith("Concluding the workshop");
        }

        @Test
        void warnsOnlyAboutTheMissingComma() {
            assertThat(note.warnings()).containsExactly(
                    "line 6: 'Serbia' and 'Slovenia' in Participants have no comma between them; read as two States, please check");
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Kiev2013 {
        Note note;

        @BeforeAll
        void read() throws Exception {
            note = SampleNotesGoldenTest.read("kiev-2013-11.txt");
        }

        @Test
        void readsTheHeaderWithTheOldNameOfTheCity() {
            assertThat(note.title()).isEqualTo("Regional Workshop on the Implementation of UNSC Resolution 1540 (2004)");
            assertThat(note.kind()).isEqualTo(EventKind.WORKSHOP);
            assertThat(note.dates()).isEqualTo(new DateRange(java.time.LocalDate.of(2013, 11, 5), java.time.LocalDate.of(2013, 11, 6)));
            assertThat(note.venue()).isEqualTo(new Venue("Kiev, Ukraine", "Kyiv", org.atlas1540.reference.StateCode.of("UKR")));
        }

        @Test
        void readsTheGovernmentAndThePartnersInTheOrganiserField() {
            assertThat(ids(note.organisers())).containsExactly("UKR", "OSCE", "UNODA");
            assertThat(note.organisers()).extracting(Party::mention)
                    .containsExactly("Ukraine", "Conflict Prevention Center", "UN Office for Disarmament Affairs (UN ODA)");
        }

        @Test
        void readsEveryParticipantAndNotTheSubListHeadings() {
            assertThat(ids(note.participants())).containsExactly(
                    "ALB", "DZA", "ARM", "AZE", "BLR", "CAN", "DNK", "EGY", "FIN", "GEO", "DEU", "VAT", "HUN", "ITA", "KAZ",
                    "KGZ", "LTU", "MLT", "MDA", "MAR", "MNE", "JPN", "POL", "ROU", "RUS", "SRB", "SVN", "CHE", "TJK", "MKD",
                    "UKR", "USA", "EU", "UNODA", "OSCE", "1540-GOE");
            assertThat(note.participants()).filteredOn(p -> "OSCE".equals(p.id())).extracting(Party::span)
                    .allMatch(span -> note.text().substring(span.start(), span.end()).equals("OSCE"))
                    .allMatch(span -> !note.text().substring(span.start() - 20, span.start()).contains("States-Members"));
        }

        @Test
        void warnsAboutThePartnersForCooperationListedAsParticipatingStates() {
            assertThat(note.warnings()).containsExactly(
                    "line 6: Algeria is listed under 'States-Members of the OSCE' but is an OSCE Partner for Co-operation, not a participating State",
                    "line 6: Egypt is listed under 'States-Members of the OSCE' but is an OSCE Partner for Co-operation, not a participating State",
                    "line 6: Morocco is listed under 'States-Members of the OSCE' but is an OSCE Partner for Co-operation, not a participating State",
                    "line 6: Japan is listed under 'States-Members of the OSCE' but is an OSCE Partner for Co-operation, not a participating State");
        }

        @Test
        void readsTheSectionsExactlyWithTheFootnoteTakenOutOfTheBulletList() throws Exception {
            assertThat(note.sections()).extracting(Section::kind, Section::heading).containsExactly(
                    tuple(SectionKind.BACKGROUND, "Background"),
                    tuple(SectionKind.OBJECTIVES, "Objectives for 1540 expert participation"),
                    tuple(SectionKind.HIGHLIGHTS, "Highlights"),
                    tuple(SectionKind.COMMENTS, "Additional comments"));
            assertThat(note.sections()).extracting(s -> sha256(s.text())).containsExactly(
                    "a674b435dd9d3396042a4a544489bb839c1ffd4eb40bdb852004d4c17c3500f8",
                    "cabd8e1010e5796384b077bd4f3d3c629c8c09ebc3f3bb22d6dc492a38211d11",
                    "39a012979f927e0d9335e93f6386d2e2d44c5c3d2257b56943ede0f9fc349c80",
                    "a91a97eedf2dce5c50d9bdcd2d7fc02b06ee5d2390d3b93cb9346784f48be2c6");
            assertThat(note.sections().get(1).text()).contains("(2004).\n- Participate in interactive discussions");
            assertThat(note.text()).doesNotContain("For information only");
            spansAreExact(note);
        }

        @Test
        void readsTopicsCitationsAndContacts() {
            assertThat(note.topics()).containsExactly(Topic.ASSISTANCE, Topic.EFFECTIVE_PRACTICES, Topic.EXPORT_CONTROL,
                    Topic.BORDER_SECURITY, Topic.LAW_ENFORCEMENT, Topic.REGIONAL_COOPERATION);
            assertThat(note.resolutions()).containsExactly(new ResolutionCitation(1540, 2004));
            assertThat(note.emails()).containsExactly("1540experts@un.org");
            assertThat(note.urls()).isEmpty();
        }

        @Test
        void suggestsTwoPossibleVisitsTheNeedsAndTheRecommendations() {
            assertThat(note.facts()).extracting(Fact::type).containsExactly(
                    "country-visit", "country-visit", "assistance-need", "recommendations");
            assertThat(note.facts().subList(0, 2)).map(f -> (CountryVisitFact) f)
                    .extracting(v -> v.state().value(), CountryVisitFact::status, CountryVisitFact::year)
                    .containsExactly(tuple("ALB", "proposed", 2013), tuple("MDA", "proposed", 2013));
            var need = (AssistanceNeedFact) note.facts().get(2);
            assertThat(need.state()).isNull();
            assertThat(need.areas()).containsExactly(Topic.EXPORT_CONTROL, Topic.BORDER_SECURITY, Topic.LAW_ENFORCEMENT);
            assertThat(need.needs()).containsExactly("training of personnel", "establishing necessary equipment at border check points");
            assertThat(need.span().of(note.text())).startsWith("Round-table discussions").endsWith("border check points.");
            var recommendations = (RecommendationsFact) note.facts().get(3);
            assertThat(recommendations.attachment()).isEqualTo("Attachment 1");
            assertThat(recommendations.description())
                    .isEqualTo("unofficial recommendations for the implementation of resolution 1540 (2004)");
        }
    }
}
