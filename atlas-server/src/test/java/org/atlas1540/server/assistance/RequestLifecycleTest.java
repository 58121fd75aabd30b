package org.atlas1540.server.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every pair of statuses, allowed or refused, against the published process written out here
 * once more as the specification: a move not listed is refused.
 */
class RequestLifecycleTest {
    private static final Map<String, Set<String>> PROCESS = Map.of(
            "received", Set.of("authenticated", "closed", "withdrawn"),
            "authenticated", Set.of("acknowledged", "withdrawn"),
            "acknowledged", Set.of("distributed", "withdrawn"),
            "distributed", Set.of("matched", "closed", "withdrawn"),
            "matched", Set.of("in-delivery", "withdrawn"),
            "in-delivery", Set.of("fulfilled", "closed", "withdrawn"),
            "fulfilled", Set.of("closed"),
            "closed", Set.of(),
            "withdrawn", Set.of());

    static Stream<Arguments> everyPair() {
        var pairs = new ArrayList<Arguments>();
        for (RequestStatus from : RequestStatus.values()) {
            for (RequestStatus to : RequestStatus.values()) {
                pairs.add(Arguments.of(from, to, PROCESS.get(from.slug()).contains(to.slug())));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}: allowed {2}")
    @MethodSource("everyPair")
    void aMoveIsAllowedExactlyWhenTheProcessListsIt(RequestStatus from, RequestStatus to, boolean allowed) {
        assertThat(RequestLifecycle.allows(from, to)).isEqualTo(allowed);
        if (allowed) {
            RequestLifecycle.check(from, to);
        } else {
            assertThatThrownBy(() -> RequestLifecycle.check(from, to))
                    .isInstanceOf(TransitionRefusedException.class)
                    .hasMessageContaining(from.label().toLowerCase(java.util.Locale.ROOT))
                    .hasMessageContaining(to.label().toLowerCase(java.util.Locale.ROOT));
        }
    }

    @org.junit.jupiter.api.Test
    void theTableCoversEveryStatusAndTheProcessRunsFromReceivedToClosed() {
        assertThat(PROCESS).hasSize(RequestStatus.values().length);
        List<RequestStatus> happyPath = List.of(RequestStatus.RECEIVED, RequestStatus.AUTHENTICATED,
                RequestStatus.ACKNOWLEDGED, RequestStatus.DISTRIBUTED, RequestStatus.MATCHED, RequestStatus.IN_DELIVERY,
                RequestStatus.FULFILLED, RequestStatus.CLOSED);
        for (int i = 1; i < happyPath.size(); i++) {
            assertThat(RequestLifecycle.allows(happyPath.get(i - 1), happyPath.get(i))).isTrue();
        }
        assertThat(RequestLifecycle.initial()).isEqualTo(RequestStatus.RECEIVED);
    }

    @org.junit.jupiter.api.Test
    void aRefusalSaysWhatIsAllowedInsteadOrThatTheStatusIsFinal() {
        assertThatThrownBy(() -> RequestLifecycle.check(RequestStatus.RECEIVED, RequestStatus.MATCHED))
                .hasMessage("A request that is received cannot become matched; it can become: authenticated, closed, "
                        + "withdrawn.");
        assertThatThrownBy(() -> RequestLifecycle.check(RequestStatus.WITHDRAWN, RequestStatus.RECEIVED))
                .hasMessageEndingWith("it is final.");
    }
}
