package org.atlas1540.server.account;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Spring Security's view of the accounts: their password hash, role, and whether they are locked;
 * and the count of failed sign-ins, kept from Spring Security's authentication events.
 */
@Component
class AccountUsers implements UserDetailsService {
    private final AccountRepository repository;
    private final Accounts accounts;
    private final Clock clock;

    AccountUsers(AccountRepository repository, Accounts accounts, Clock clock) {
        this.repository = repository;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = repository.find(username).orElseThrow(() -> new UsernameNotFoundException("no such account"));
        String hash = repository.passwordHash(username).orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return User.withUsername(account.username()).password(hash).authorities(Authorities.of(account.role()))
                .disabled(!account.enabled()).accountLocked(account.lockedAt(clock.instant())).build();
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt) {
            accounts.signInFailed(attempt.getName());
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
            accounts.signedIn(event.getAuthentication().getName());
        }
    }
}
