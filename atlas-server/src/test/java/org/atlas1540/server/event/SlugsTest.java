package org.atlas1540.server.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @ParameterizedTest(name = "{0} in {1} on {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Regional Workshop on the Implementation of UNSC Resolution 1540 (2004) | Belgrade | 2013-05-09 | 2013-05-09-belgrade-regional-workshop
            Visit to the Republic of Peru at its invitation                       | Lima     | 2018-07-03 | 2018-07-03-lima-visit
            The 2016 Comprehensive Review Conference of Resolution 1540            | Lomé     | 2016-06-20 | 2016-06-20-lome-comprehensive-review-conference
            Workshop on <script>alert(1)</script>                                 | Vienna   | 2015-03-03 | 2015-03-03-vienna-workshop
            """)
    void aSlugIsTheDateTheCityAndTheHeadOfTheTitle(String title, String city, LocalDate start, String slug) {
        assertThat(Slugs.base(start, city, title, "workshop")).isEqualTo(slug);
    }

    @Test
    void withoutDateCityOrTitleTheSlugStillReads() {
        assertThat(Slugs.base(null, null, null, "country-visit")).isEqualTo("undated-country-visit");
    }

    @Test
    void aTakenSlugGetsTheFirstFreeNumber() {
        Set<String> taken = Set.of("2013-05-09-belgrade-workshop", "2013-05-09-belgrade-workshop-2");

        assertThat(Slugs.unique("2013-05-09-belgrade-workshop", taken::contains)).isEqualTo("2013-05-09-belgrade-workshop-3");
        assertThat(Slugs.unique("2014-01-01-kyiv-workshop", taken::contains)).isEqualTo("2014-01-01-kyiv-workshop");
    }

    @Test
    void aLongTitleIsCutAtAWordWithinTheLimit() {
        String slug = Slugs.base(LocalDate.of(2020, 1, 1), "Llanfairpwllgwyngyll ".repeat(10), "Workshop", "workshop");

        assertThat(slug.length()).isLessThanOrEqualTo(120);
        assertThat(slug).doesNotEndWith("-");
    }
}
