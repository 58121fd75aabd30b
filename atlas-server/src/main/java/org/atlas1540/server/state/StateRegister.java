package org.atlas1540.server.state;

import java.util.Collection;
import org.atlas1540.reference.State;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The module's API for keeping the States table in step with the library's reference data. */
@Service
public class StateRegister {
    private final StateRepository states;

    StateRegister(StateRepository states) {
        this.states = states;
    }

    /**
     * Inserts the States that are new and updates those that changed. States are never deleted:
     * events may refer to them.
     */
    @Transactional
    public void synchronise(Collection<State> reference) {
        reference.forEach(states::save);
    }
}
