package org.atlas1540.server.account;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.atlas1540.server.web.ApiPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what, by address:
 * <ul>
 *   <li>every change (POST, PUT, PATCH, DELETE) needs an editor, except signing in and out;</li>
 *   <li>{@code /admin/**} needs an administrator; the import page needs an editor;</li>
 *   <li>everything else may be read by anyone. Restricted material on public pages is left out by
 *       the pages themselves ({@link Viewer}); a staff-only page is marked
 *       {@code @PreAuthorize("hasRole('EDITOR')")}.</li>
 * </ul>
 * People sign in with a form ({@code /login}); programs send an API token. A page that needs a
 * sign-in sends the browser to the sign-in form; an API address answers 401 or 403 problem details.
 * Forms carry a CSRF token; the session id changes at sign-in.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {
    static final String LOGIN = "/login";

    @Bean
    SecurityFilterChain rules(HttpSecurity http, Accounts accounts, AccountRepository repository, ApiRefusals refusals)
            throws Exception {
        RequestMatcher api = ApiPaths::matches;
        http.authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers(LOGIN, "/logout").permitAll()
                        .requestMatchers("/admin", "/admin/**").hasRole("ADMIN")
                        .requestMatchers("/import", "/import/**", "/api/v1/imports", "/api/v1/imports/**")
                        .hasRole("EDITOR")
                        .requestMatchers(HttpMethod.GET).permitAll()
                        .requestMatchers(HttpMethod.HEAD).permitAll()
                        .requestMatchers(HttpMethod.OPTIONS).permitAll()
                        .anyRequest().hasRole("EDITOR"))
                .formLogin(form -> form.loginPage(LOGIN).failureUrl(LOGIN + "?failed").defaultSuccessUrl("/"))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signed-out"))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::cannotBeForged))
                .headers(headers -> headers.frameOptions(frame -> frame.deny()))
                .addFilterBefore(new ApiTokenAuthentication(accounts, refusals),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new SignedInAccountCheck(repository), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor((request, response, e) -> refusals.notSignedIn(request,
                                response, ApiRefusals.NOT_SIGNED_IN), api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LOGIN),
                                request -> true)
                        .defaultAccessDeniedHandlerFor((request, response, e) -> refusals.notAllowed(request,
                                response, e instanceof CsrfException ? ApiRefusals.NO_CSRF : ApiRefusals.NOT_ALLOWED),
                                api)
                        .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), request -> true));
        return http.build();
    }

    /**
     * A request that a page on another site cannot make in a signed-in person's name, so it needs no
     * CSRF token: it carries an API token (a header no other site can add), or it is for the API and
     * comes without any session (so it is not signed in by a cookie, and gets 401).
     */
    static boolean cannotBeForged(HttpServletRequest request) {
        return ApiTokenAuthentication.carriesToken(request)
                || (ApiPaths.matches(request) && request.getRequestedSessionId() == null);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
