package org.atlas1540.server.web;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock that dates records, transitions, due dates and lockouts. Tests replace it with a fixed
 * clock instead of sleeping.
 */
@Configuration(proxyBeanMethods = false)
class Clocks {
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
