package org.atlas1540.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hard names of real participant lists, as a table: what is written, and the parties it must
 * give ("?" marks an unresolved party, "id@STATE" an organisation or unresolved body linked to a State).
 */
class PartyHardCasesTest {
    private static final NoteReader READER = new NoteReader();

    static List<String> participants(String list) throws NoteReadException {
        String note = "Information Note\n\nEvent\tWorkshop on resolution 1540 (2004)\nDate and Venue\t9-10 May 2013, Vienna, Austria\n"
                + "Participants\t" + list + "\n\nBackground\n\nText.\n";
        return READER.read("table", note.getBytes(StandardCharsets.UTF_8)).participants().stream()
                .map(p -> (p.id() == null ? "?" + p.mention() : p.id()) + (p.state() == null ? "" : "@" + p.state()))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Serbia Slovenia                                        | SRB ; SVN
            Korea, Republic of, Japan                              | KOR ; JPN
            Iran (Islamic Republic of), Iraq                       | IRN ; IRQ
            Bosnia & Herzegovina, Croatia                          | BIH ; HRV
            Côte d’Ivoire, Ghana                                   | CIV ; GHA
            The former Yugoslav Republic of Macedonia              | MKD
            Holy See, State of Palestine                           | VAT ; PSE
            Lao PDR, Kyrgyz Republic, Türkiye                      | LAO ; KGZ ; TUR
            Niger, Nigeria                                         | NER ; NGA
            Nigeria and Niger                                      | NGA ; NER
            Guinea, Guinea-Bissau, Equatorial Guinea               | GIN ; GNB ; GNQ
            Dominica, Dominican Republic                           | DMA ; DOM
            South Sudan, Sudan                                     | SSD ; SDN
            Russia, Moldova, United States                         | RUS ; MDA ; USA
            WHO, OPCW and UN ODA                                   | WHO ; OPCW ; UNODA
            Germany's BAFA                                         | BAFA@DEU
            U.S. State Department                                  | US-DOS@USA
            Ministry of Health of Ghana, Kenya                     | ?Ministry of Health of Ghana@GHA ; KEN
            New Zealand Ministry of Foreign Affairs and Trade      | ?New Zealand Ministry of Foreign Affairs and Trade@NZL
            The Government of Ukraine                              | UKR
            Permanent Mission of Japan                             | JPN
            States: Albania Other: OSCE, 1540 Committee expert     | ALB ; OSCE ; 1540-GOE
            Albania, Ruritanian Institute of Peace                 | ALB ; ?Ruritanian Institute of Peace
            OSCE Conflict Prevention Centre, OSCE                  | OSCE
            - Albania\\n- Montenegro                              | ALB ; MNE
            """)
    void readsHardNamesAsTheRightParties(String written, String expected) throws NoteReadException {
        assertThat(participants(written.replace("\\n", "\n"))).containsExactly(expected.split(" ; "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            officials who attended, WHO                              | WHO
            Albania (via video-message)                             | ALB
            """)
    void acronymsMatchOnlyAsWritten(String written, String expected) throws NoteReadException {
        assertThat(participants(written)).containsExactly(expected);
    }

    @org.junit.jupiter.api.Test
    void everyoneNamedWithSupportOrFundingIsAnOrganiser() throws NoteReadException {
        String note = "Event: Seminar on export controls\nDates: 2 December 2024\nVenue: Geneva\n"
                + "Organisers: Switzerland in partnership with UNODA, with the support of the European Union and with funding from Norway\n"
                + "Participants: Albania\n\nSummary\n\nText.\n";
        Note read = READER.read("organisers", note.getBytes(StandardCharsets.UTF_8));
        assertThat(read.organisers()).extracting(Party::id).containsExactly("CHE", "UNODA", "EU", "NOR");
        assertThat(read.venue().country().value()).isEqualTo("CHE");
    }
}
