package org.atlas1540.server.account;

import java.util.Locale;
import java.util.Optional;

/** What a person may do. An administrator may do everything an editor may. */
public enum Role {
    /** Not signed in: reads what is published. */
    PUBLIC,
    /** Imports notes, edits records, confirms suggested facts. */
    EDITOR,
    /** Also manages accounts and reads the audit log. */
    ADMIN;

    /** The role as stored and typed on the command line ("editor", "admin"). */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A role that an account can hold, from its word; empty for anything else (including "public"). */
    public static Optional<Role> ofAccount(String word) {
        if (word == null) {
            return Optional.empty();
        }
        return switch (word.strip().toLowerCase(Locale.ROOT)) {
            case "editor" -> Optional.of(EDITOR);
            case "admin", "administrator" -> Optional.of(ADMIN);
            default -> Optional.empty();
        };
    }
}
