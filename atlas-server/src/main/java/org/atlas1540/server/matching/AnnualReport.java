package org.atlas1540.server.matching;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.atlas1540.server.assistance.AssistanceRequestId;
import org.atlas1540.server.assistance.AssistanceRequests;
import org.atlas1540.server.assistance.Audience;
import org.atlas1540.server.offer.AssistanceOffers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assistance report, a year at a time: requests received, offers made, matches accepted and
 * delivered. A request the public may not see counts only for staff, and so do its matches.
 */
@Service
@Transactional(readOnly = true)
public class AnnualReport {
    private final AssistanceRequests requests;
    private final AssistanceOffers offers;
    private final MatchRepository matches;

    AnnualReport(AssistanceRequests requests, AssistanceOffers offers, MatchRepository matches) {
        this.requests = requests;
        this.offers = offers;
        this.matches = matches;
    }

    /** Every year that has a figure, newest first. */
    public List<YearFigures> years(Audience audience) {
        Map<Integer, Long> received = requests.receivedByYear(audience);
        Map<Integer, Long> offered = offers.offeredByYear();
        List<Match> visible = visibleMatches(audience);
        Map<Integer, Long> accepted = visible.stream()
                .collect(Collectors.groupingBy(m -> m.acceptedAt().getYear(), Collectors.counting()));
        Map<Integer, Long> delivered = visible.stream().filter(Match::delivered)
                .collect(Collectors.groupingBy(m -> m.deliveredAt().getYear(), Collectors.counting()));
        var years = new TreeSet<Integer>(Comparator.reverseOrder());
        years.addAll(received.keySet());
        years.addAll(offered.keySet());
        years.addAll(accepted.keySet());
        years.addAll(delivered.keySet());
        return years.stream().map(y -> new YearFigures(y, received.getOrDefault(y, 0L), offered.getOrDefault(y, 0L),
                accepted.getOrDefault(y, 0L), delivered.getOrDefault(y, 0L))).toList();
    }

    /** One year's figures (all zero for a year without any). */
    public YearFigures year(int year, Audience audience) {
        return years(audience).stream().filter(f -> f.year() == year).findFirst()
                .orElse(new YearFigures(year, 0, 0, 0, 0));
    }

    private List<Match> visibleMatches(Audience audience) {
        List<Match> all = matches.all();
        if (audience.seesRestricted()) {
            return all;
        }
        Set<AssistanceRequestId> visible = requests.visible(all.stream().map(Match::request).collect(
                Collectors.toSet()), audience);
        return all.stream().filter(m -> visible.contains(m.request())).toList();
    }
}
