package org.atlas1540.notes.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.atlas1540.notes.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateRangeParserTest {
    private final DateRangeParser parser = new DateRangeParser();

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                                          | read as                           | first day  | last day
            Date and Venue  9-10 May 2013, Belgrade, Serbia | 9-10 May 2013                     | 2013-05-09 | 2013-05-10
            5 - 6 November 2013, Kiev                       | 5 - 6 November 2013               | 2013-11-05 | 2013-11-06
            held 23–24 September 2014 in Vienna             | 23–24 September 2014              | 2014-09-23 | 2014-09-24
            held 23—24 September 2014                       | 23—24 September 2014              | 2014-09-23 | 2014-09-24
            held 9 to 10 May 2013                           | 9 to 10 May 2013                  | 2013-05-09 | 2013-05-10
            held 14-17 June 2010 in Split                   | 14-17 June 2010                   | 2010-06-14 | 2010-06-17
            9th-10th May 2013                               | 9th-10th May 2013                 | 2013-05-09 | 2013-05-10
            the 1st – 3rd of June 2014                      | 1st – 3rd of June 2014            | 2014-06-01 | 2014-06-03
            Monday 9 to Wednesday 11 May 2013               | Monday 9 to Wednesday 11 May 2013 | 2013-05-09 | 2013-05-11
            """)
    void readsADayRangeWithinOneMonth(String text, String readAs, LocalDate first, LocalDate last) {
        assertFinds(text, readAs, first, last);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            28 February – 1 March 2012          | 28 February – 1 March 2012        | 2012-02-28 | 2012-03-01
            30 November to 2 December 2015      | 30 November to 2 December 2015    | 2015-11-30 | 2015-12-02
            from 30 November to 2 December 2015 | 30 November to 2 December 2015    | 2015-11-30 | 2015-12-02
            9 May – 10 May 2013                 | 9 May – 10 May 2013               | 2013-05-09 | 2013-05-10
            30 December 2015 – 2 January 2016   | 30 December 2015 – 2 January 2016 | 2015-12-30 | 2016-01-02
            28 February 2012 - 1 March 2012     | 28 February 2012 - 1 March 2012   | 2012-02-28 | 2012-03-01
            30 December – 2 January 2016        | 30 December – 2 January 2016      | 2015-12-30 | 2016-01-02
            """)
    void readsARangeAcrossMonthsOrYears(String text, String readAs, LocalDate first, LocalDate last) {
        assertFinds(text, readAs, first, last);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            on 2 December 2024. | 2 December 2024     | 2024-12-02 | 2024-12-02
            Tuesday, 9 May 2013 | Tuesday, 9 May 2013 | 2013-05-09 | 2013-05-09
            on Tue. 9 May 2013  | Tue. 9 May 2013     | 2013-05-09 | 2013-05-09
            9th of May 2013     | 9th of May 2013     | 2013-05-09 | 2013-05-09
            9 May, 2013         | 9 May, 2013         | 2013-05-09 | 2013-05-09
            29 February 2012    | 29 February 2012    | 2012-02-29 | 2012-02-29
            9 MAY 2013          | 9 MAY 2013          | 2013-05-09 | 2013-05-09
            9 may 2013          | 9 may 2013          | 2013-05-09 | 2013-05-09
            9 Sept. 2013        | 9 Sept. 2013        | 2013-09-09 | 2013-09-09
            9 Sep 2013          | 9 Sep 2013          | 2013-09-09 | 2013-09-09
            5-6 Nov. 2013       | 5-6 Nov. 2013       | 2013-11-05 | 2013-11-06
            """)
    void readsASingleDayWrittenDayFirst(String text, String readAs, LocalDate first, LocalDate last) {
        assertFinds(text, readAs, first, last);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            May 9-10, 2013                      | May 9-10, 2013                      | 2013-05-09 | 2013-05-10
            May 9 - 10, 2013                    | May 9 - 10, 2013                    | 2013-05-09 | 2013-05-10
            May 30 – June 2, 2015               | May 30 – June 2, 2015               | 2015-05-30 | 2015-06-02
            May 9, 2013                         | May 9, 2013                         | 2013-05-09 | 2013-05-09
            Tuesday, May 9, 2013                | Tuesday, May 9, 2013                | 2013-05-09 | 2013-05-09
            Sept. 9 2013                        | Sept. 9 2013                        | 2013-09-09 | 2013-09-09
            Nov. 5-6, 2013                      | Nov. 5-6, 2013                      | 2013-11-05 | 2013-11-06
            May 9th - 10th, 2013                | May 9th - 10th, 2013                | 2013-05-09 | 2013-05-10
            December 30, 2015 – January 2, 2016 | December 30, 2015 – January 2, 2016 | 2015-12-30 | 2016-01-02
            """)
    void readsDatesWrittenMonthFirst(String text, String readAs, LocalDate first, LocalDate last) {
        assertFinds(text, readAs, first, last);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            9 and 10 May 2013        | 9 and 10 May 2013      | 2013-05-09 | 2013-05-10
            9, 10 and 11 May 2013    | 9, 10 and 11 May 2013  | 2013-05-09 | 2013-05-11
            9, 10, and 11 May 2013   | 9, 10, and 11 May 2013 | 2013-05-09 | 2013-05-11
            9 & 10 May 2013          | 9 & 10 May 2013        | 2013-05-09 | 2013-05-10
            between 2 and 4 May 2013 | 2 and 4 May 2013       | 2013-05-02 | 2013-05-04
            May 9 and 10, 2013       | May 9 and 10, 2013     | 2013-05-09 | 2013-05-10
            May 9, 10 and 11, 2013   | May 9, 10 and 11, 2013 | 2013-05-09 | 2013-05-11
            """)
    void readsAListOfDaysAsTheRangeFromFirstToLast(String text, String readAs, LocalDate first, LocalDate last) {
        assertFinds(text, readAs, first, last);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            09.05.2013               | 09.05.2013               | 2013-05-09 | 2013-05-09
            on 9.5.2013 in Belgrade  | 9.5.2013                 | 2013-05-09 | 2013-05-09
            09.05.2013 – 10.05.2013  | 09.05.2013 – 10.05.2013  | 2013-05-09 | 2013-05-10
            9.-10.5.2013             | 9.-10.5.2013             | 2013-05-09 | 2013-05-10
            28.2.-1.3.2012           | 28.2.-1.3.2012           | 2012-02-28 | 2012-03-01
            2013-05-09               | 2013-05-09               | 2013-05-09 | 2013-05-09
            (2013-05-09)             | 2013-05-09               | 2013-05-09 | 2013-05-09
            2013-05-09/2013-05-10    | 2013-05-09/2013-05-10    | 2013-05-09 | 2013-05-10
            2013-05-09 to 2013-05-10 | 2013-05-09 to 2013-05-10 | 2013-05-09 | 2013-05-10
            """)
    void readsNumericDates(String text, String readAs, LocalDate first, LocalDate last) {
        assertFinds(text, readAs, first, last);
    }

    @Test
    void readsARangeBrokenAcrossALine() {
        assertFinds("held 9 –\n10 May 2013", "9 –\n10 May 2013", LocalDate.of(2013, 5, 9), LocalDate.of(2013, 5, 10));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Implementation of UNSC Resolution 1540 (2004)",
        "resolutions 1540 (2004), 1673 (2006) and 1977 (2011)",
        "S/RES/1540 (2004)",
        "Tel.: +381 11 306 1234, fax +41 22 917 2013",
        "on 2 December",
        "9-10 May",
        "9-10 May in Belgrade; 2013 was a good year",
        "in May 2013",
        "participants may 2013",
        "participants may 2 times",
        "the Mayor 9 2013",
        "09/05/2013",
        "version 1.12.10.2013",
        "09.05.2013.1",
        "9 May 1540",
        "9 May 20131",
        "32 May 2013",
        "0 May 2013",
        "2013-13-09",
        "2013-05-09-12",
        "paragraphs 3, 4 and 5 of the report",
        "",
    })
    void findsNothingInTextThatIsNotADate(String text) {
        assertThat(parser.find(text)).isEmpty();
        assertThat(parser.findAll(text)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"31 February 2013", "29 February 2013", "31 April 2013", "31.04.2013", "2013-02-30",
        "31 February – 2 March 2013", "February 30, 2013"})
    void rejectsADayThatDoesNotExist(String text) {
        assertThat(parser.find(text)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"10-9 May 2013", "2 March – 28 February 2013", "10 May 2014 – 9 May 2013",
        "11, 10 and 9 May 2013", "2013-05-10/2013-05-09"})
    void rejectsARangeThatEndsBeforeItStarts(String text) {
        assertThat(parser.find(text)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            31 February 2013, then 2 March 2013 | 2 March 2013
            10-9 May 2013 and 11 May 2013       | 11 May 2013
            9-10 May and 12 May 2013            | 12 May 2013
            """)
    void skipsWhatIsNotAValidDateAndFindsTheNextOne(String text, String readAs) {
        assertThat(parser.find(text)).get().extracting(m -> text.substring(m.start(), m.end())).isEqualTo(readAs);
    }

    @Test
    void findsEveryDateInBodyText() {
        String text = """
                The workshop was a follow-up to the regional workshop which was held 14-17 June 2010 in
                Split, Croatia, and to the seminar of May 30 – June 2, 2011. Resolution 1977 (2011) was
                adopted on 20 April 2011.""";

        List<DateMatch> matches = parser.findAll(text);

        assertThat(matches).extracting(DateMatch::range).containsExactly(
                new DateRange(LocalDate.of(2010, 6, 14), LocalDate.of(2010, 6, 17)),
                new DateRange(LocalDate.of(2011, 5, 30), LocalDate.of(2011, 6, 2)),
                DateRange.day(LocalDate.of(2011, 4, 20)));
        assertThat(matches).extracting(m -> m.span().of(text))
                .containsExactly("14-17 June 2010", "May 30 – June 2, 2011", "20 April 2011");
    }

    @Test
    void findsTheFirstDateOnly() {
        assertThat(parser.find("9-10 May 2013, after 14-17 June 2010")).get()
                .extracting(DateMatch::range)
                .isEqualTo(new DateRange(LocalDate.of(2013, 5, 9), LocalDate.of(2013, 5, 10)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"1, ", "9 May ", "Monday, ", "1.1.", "1-", "2013-05-", "9 and ", "May 9, 10, ", " ", "\n",
        "September ", "aaaaaaaaaaaa"})
    void readsAMegabyteOfRepetitiveTextQuickly(String unit) {
        String text = unit.repeat(1_000_000 / unit.length());
        // A backtracking or quadratic reader takes minutes here; a linear one takes milliseconds. The
        // bound is generous so that a loaded CI machine (it once took 2 s under load 8) does not fail it.
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parser.findAll(text));
    }

    private void assertFinds(String text, String readAs, LocalDate first, LocalDate last) {
        DateMatch match = parser.find(text).orElseThrow(() -> new AssertionError("no date found in: " + text));

        assertThat(match.range()).isEqualTo(new DateRange(first, last));
        assertThat(text.substring(match.start(), match.end())).isEqualTo(readAs);
        assertThat(match.start()).isEqualTo(text.indexOf(readAs));
    }
}
