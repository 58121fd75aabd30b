package org.atlas1540.server.assistance;

import java.time.LocalDate;
import java.util.List;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.offer.AssistanceOfferId;
import org.atlas1540.server.offer.AssistanceOffers;
import org.atlas1540.server.offer.OfferForm;

/**
 * The records the web tests of the assistance pages share: a published request of Serbia and a
 * restricted one of Albania (both distributed, in border security, with a marker in their text that
 * must never reach the public), and an OSCE offer for Europe.
 */
public record AssistanceWebFixture(AssistanceRequestId published, AssistanceRequestId restricted,
        AssistanceOfferId offer) {
    public static final String SECRET = "RESTRICTED-NEED-7f3a";
    public static final String PUBLIC_NEED = "Published need: radiation portal monitors";

    public static AssistanceWebFixture create(AssistanceRequests requests, AssistanceOffers offers) {
        var published = distributed(requests, new NewRequest(StateCode.of("SRB"), AssistanceArea.BORDER_SECURITY,
                PUBLIC_NEED, LocalDate.of(2024, 1, 15), RequestSource.text("Note verbale"), true));
        var restricted = distributed(requests, new NewRequest(StateCode.of("ALB"), AssistanceArea.BORDER_SECURITY,
                SECRET + " <script>alert(1)</script>", LocalDate.of(2024, 2, 1), RequestSource.text(SECRET), false));
        var offer = offers.create(new OfferForm("organisation", "OSCE", List.of("border-security"), List.of("europe"),
                "Border management <b>staff</b> college", "Courses", "bmsc@example.org", "2023-05-01", ""), "test");
        return new AssistanceWebFixture(published, restricted, offer);
    }

    private static AssistanceRequestId distributed(AssistanceRequests requests, NewRequest request) {
        var id = requests.create(request, "test");
        int version = 0;
        for (RequestStatus to : List.of(RequestStatus.AUTHENTICATED, RequestStatus.ACKNOWLEDGED,
                RequestStatus.DISTRIBUTED)) {
            version = requests.transition(id, to, version, "test").version();
        }
        return id;
    }
}
