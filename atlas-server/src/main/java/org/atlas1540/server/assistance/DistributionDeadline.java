package org.atlas1540.server.assistance;

import java.time.LocalDate;
import java.time.Period;

/**
 * The published rule that an acknowledged request goes to potential providers within one week:
 * it is due seven days after the day it was acknowledged, and overdue from the day after that
 * while it is still only acknowledged.
 */
public final class DistributionDeadline {
    public static final Period ONE_WEEK = Period.ofDays(7);

    private DistributionDeadline() {
    }

    /** The last day on which distribution is on time. */
    public static LocalDate dueOn(LocalDate acknowledgedOn) {
        return acknowledgedOn.plus(ONE_WEEK);
    }

    /** Still acknowledged (not yet distributed) after the day it was due. */
    public static boolean isOverdue(RequestStatus status, LocalDate acknowledgedOn, LocalDate today) {
        return status == RequestStatus.ACKNOWLEDGED && acknowledgedOn != null && today.isAfter(dueOn(acknowledgedOn));
    }
}
