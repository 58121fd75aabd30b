package org.atlas1540.notes.citations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.atlas1540.notes.ResolutionCitation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CitationFinderTest {
    private final CitationFinder finder = new CitationFinder();

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                                                             | citations (number/year)
            Implementation of UNSC Resolution 1540 (2004)                      | 1540/2004
            practical implementation of resolution 1540(2004), with a focus    | 1540/2004
            Security Council resolution 1977 ( 2011 ) encourages               | 1977/2011
            RESOLUTION 1540 (2004)                                             | 1540/2004
            UNSCR 1540 and SCR 1673                                            | 1540/2004 1673/2006
            S/RES/1540 (2004) and S/RES/2325(2016)                             | 1540/2004 2325/2016
            resolutions 1540 (2004), 1673 (2006) and 1977 (2011)               | 1540/2004 1673/2006 1977/2011
            resolutions 1540 (2004), 1673 (2006), and 1977 (2011)              | 1540/2004 1673/2006 1977/2011
            resolutions 1810 & 2055                                            | 1810/2008 2055/2012
            resolution 1540 and resolution 1540 (2004) and Resolution 1540     | 1540/2004
            implementing resolution 1540                                       | 1540/2004
            resolution 1373 (2001) on terrorism                                | 1373/2001
            resolution 2663                                                    | 2663/2022
            resolution 1540 (2005) as written                                  | 1540/2005
            resolution 2118 (2013) on Syria                                    | 2118/2013
            resolution 2118 without a year, then resolution 1540               | 1540/2004
            an assessment of resolution 1540's contribution                    | 1540/2004
            resolution 1540 (2004)-related implementation activities           | 1540/2004
            International Health Regulations (2005) and resolution 1977 (2011) | 1977/2011
            """)
    void readsResolutionCitations(String text, String citations) {
        assertThat(finder.resolutions(text)).containsExactlyElementsOf(citations(citations));
    }

    @Test
    void readsAResolutionWhoseYearIsBrokenAcrossLines() {
        assertThat(finder.resolutions("resolution 1540\n(2004)")).containsExactly(new ResolutionCitation(1540, 2004));
        assertThat(finder.resolutions("With resolution 1673\n\n¹ For information only\n\n(2006) the Council"))
                .containsExactly(new ResolutionCitation(1673, 2006));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "International Health Regulations (2005)",
        "the Biological Weapons Convention (1972)",
        "1540 (2004) without a keyword",
        "the 1540 Committee",
        "resolution 2118",
        "resolution 15400 (2004)",
        "resolution 12 (1946)",
        "conflict resolution in 2013",
        "scr 1540 in lower case",
        "irresolution 1540 (2004)",
        "PRESCRIPTION 1540 (2004)",
        "",
    })
    void readsNoResolutionFromOtherNumbersAndYears(String text) {
        assertThat(finder.resolutions(text)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                                                             | addresses
            please contact the experts by e-mail at 1540experts@un.org.        | 1540experts@un.org
            write to 1540experts@un.org, or first.last+tag@mail.example.co.uk; | 1540experts@un.org first.last+tag@mail.example.co.uk
            (contact: jane_doe@osce.org)                                       | jane_doe@osce.org
            <a.b@un-oda.org>                                                   | a.b@un-oda.org
            1540experts@un.org and 1540Experts@UN.org                          | 1540experts@un.org
            x@un.org, y@un.org, x@un.org                                       | x@un.org y@un.org
            """)
    void readsEmailAddresses(String text, String addresses) {
        assertThat(finder.emails(text)).containsExactly(addresses.split(" "));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"@un.org", "experts@", "experts@un", "experts@un.o", "experts@-un.org", "experts@un..org",
        "experts@un.123", "a @ b.org", ""})
    void readsNoEmailAddressFromWhatIsNotOne(String text) {
        assertThat(finder.emails(text)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                                                                                         | addresses
            such a plan (http://www.un.org/en/sc/1540/national-implementation/pdf/Serbia_action-plan.pdf). | http://www.un.org/en/sc/1540/national-implementation/pdf/Serbia_action-plan.pdf
            see www.un.org/1540.                                                                           | www.un.org/1540
            see https://example.org/a_(b), then                                                            | https://example.org/a_(b)
            at https://example.org/page?x=1&y=2; also ftp://files.example.org/a.txt:                       | https://example.org/page?x=1&y=2 ftp://files.example.org/a.txt
            HTTPS://EXAMPLE.ORG/X!                                                                         | HTTPS://EXAMPLE.ORG/X
            “https://example.org/quoted” and ‘www.example.org’                                             | https://example.org/quoted www.example.org
            http://example.org/a and http://example.org/a again                                            | http://example.org/a
            [see https://example.org/list]                                                                 | https://example.org/list
            """)
    void readsWebAddresses(String text, String addresses) {
        assertThat(finder.urls(text)).containsExactly(addresses.split(" "));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"http://", "www.", "awww.example.org", "un.org/1540", "mailto:x@un.org", ""})
    void readsNoWebAddressFromWhatIsNotOne(String text) {
        assertThat(finder.urls(text)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"a", "a.", "@", "a@", "@a.", "resolution ", "resolution 1540, ", "1540 (2004) ",
        "http://a)", "www.(", "(", " "})
    void readsAMegabyteOfRepetitiveTextQuickly(String unit) {
        String text = unit.repeat(1_000_000 / unit.length());
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            finder.resolutions(text);
            finder.emails(text);
            finder.urls(text);
        });
    }

    private static List<ResolutionCitation> citations(String numbersAndYears) {
        return Arrays.stream(numbersAndYears.trim().split("\\s+"))
                .map(c -> c.split("/"))
                .map(c -> new ResolutionCitation(Integer.parseInt(c[0]), Integer.parseInt(c[1])))
                .toList();
    }
}
