package org.atlas1540.server.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.atlas1540.notes.Note;
import org.atlas1540.notes.NoteReader;
import org.atlas1540.server.testing.SharedFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Host, speaker and remote roles, read from notes by the real reader. */
class PartyRolesTest {
    private static NoteReader reader;

    @BeforeAll
    static void reader() {
        reader = new NoteReader();
    }

    @Test
    void inTheBelgradeNoteSerbiaHostsTheOtherSpeakersSpeakAndTheVideoMessageIsRemote() throws Exception {
        Note note = reader.read(SharedFiles.sample("belgrade-2013-05.txt"));

        assertThat(ids(note, PartyRoles.HOST)).containsExactly("SRB");
        assertThat(ids(note, PartyRoles.SPEAKER)).contains("BWC-ISU", "BAFA", "OPCW", "OSCE", "UNODA", "1540-GOE")
                .doesNotContain("ALB", "SRB", "HRV");
        assertThat(ids(note, PartyRoles.REMOTE)).containsExactly("BWC-ISU");
    }

    @Test
    void aPartyTheOrganiserFieldNamesAsHostIsHostEvenAwayFromItsOwnCountry() throws Exception {
        Note note = read("""
                Information Note

                Event\tSeminar on Export Control
                Organisers\tUNODA and the OSCE, hosted by the Government of Austria
                Date and Venue\t3-4 March 2015, Geneva, Switzerland
                Participants\tStates: Austria, Hungary and Slovakia Organisations: UNODA, OSCE
                """);

        assertThat(ids(note, PartyRoles.HOST)).containsExactly("AUT");
        assertThat(ids(note, PartyRoles.SPEAKER)).isEmpty();
    }

    @Test
    void noHostWhenTheVenueCountryNeitherOrganisedNorTookPart() throws Exception {
        Note note = read("""
                Information Note

                Event\tWorkshop on Border Security
                Organiser\tUNODA
                Date and Venue\t3-4 March 2015, Vienna, Austria
                Participants\tStates: Hungary and Slovakia Other: UNODA
                """);

        assertThat(ids(note, PartyRoles.HOST)).isEmpty();
    }

    @Test
    void theVenueCountryAmongTheParticipantsIsHostOnceThoughItIsAlsoAnOrganiser() throws Exception {
        Note note = read("""
                Information Note

                Event: Workshop on Border Security
                Organiser: Government of Hungary with the support of UNODA
                Date and Venue: 3-4 March 2015, Budapest, Hungary
                Participants: States: Hungary, Slovakia; Other: UNODA
                """);

        assertThat(roles(note)).filteredOn(r -> r.role().equals(PartyRoles.HOST)).hasSize(1);
        assertThat(ids(note, PartyRoles.HOST)).containsExactly("HUN");
    }

    @Test
    void aSubListHeadingThatSaysOnlineMakesItsNamesRemoteAndTheNextHeadingEndsIt() throws Exception {
        Note note = read("""
                Information Note

                Event
                Regional Seminar on Biosecurity

                Organisers
                UNODA

                Date and Venue
                3-4 March 2015, Nairobi, Kenya

                Participants
                States:
                Kenya, Uganda
                Participated online:
                WHO, INTERPOL
                Other speakers:
                UNODA
                """);

        assertThat(ids(note, PartyRoles.REMOTE)).containsExactly("WHO", "INTERPOL");
        assertThat(ids(note, PartyRoles.SPEAKER)).containsExactly("UNODA");
        assertThat(ids(note, PartyRoles.HOST)).containsExactly("KEN");
    }

    @Test
    void aRemarkThatSaysSoMakesOnePartyRemote() throws Exception {
        Note note = read("""
                Information Note

                Event: Regional Seminar on Biosecurity
                Organisers: UNODA
                Date and Venue: 3-4 March 2015, Nairobi, Kenya
                Participants: States: Kenya, Uganda (by video conference) and Rwanda; Organisations: WHO (online), IAEA
                """);

        assertThat(ids(note, PartyRoles.REMOTE)).containsExactly("UGA", "WHO");
    }

    private static Note read(String text) throws Exception {
        return reader.read("note.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<PartyRoles.Role> roles(Note note) {
        return PartyRoles.of(note);
    }

    private static List<String> ids(Note note, String role) {
        return PartyRoles.of(note).stream().filter(r -> r.role().equals(role)).map(r -> r.party().id()).toList();
    }
}
