package org.atlas1540.server.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock that dates records, transitions, due dates and lockouts. Tests replace it with a fixed
 * clock instead of sleeping.
 */
@Configuration(proxyBeanMethods = false)
public class Clocks {
    /** Now, as both databases keep a time: in UTC, to the microsecond, so that a value read back equals the value written. */
    public static OffsetDateTime storedNow(Clock clock) {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
