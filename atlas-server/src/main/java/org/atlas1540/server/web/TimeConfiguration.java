package org.atlas1540.server.web;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's clock: the system clock in UTC. A bean, so that tests of rules about time
 * (the seven days to distribute an assistance request) run on a fixed clock instead of waiting.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
