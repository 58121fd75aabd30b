package org.atlas1540.server.account;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What is wrong with a form, by field name, in the order found; the page shows each beside its field. */
final class FieldProblems {
    private final Map<String, String> byField = new LinkedHashMap<>();

    /** Runs a check and keeps its {@link AccountProblem}, if any, for the field it names. */
    FieldProblems check(Runnable rule) {
        try {
            rule.run();
        } catch (AccountProblem problem) {
            add(problem);
        }
        return this;
    }

    FieldProblems add(AccountProblem problem) {
        byField.putIfAbsent(problem.field(), problem.getMessage());
        return this;
    }

    FieldProblems add(String field, String message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    boolean isEmpty() {
        return byField.isEmpty();
    }

    Map<String, String> asMap() {
        return Collections.unmodifiableMap(byField);
    }
}
