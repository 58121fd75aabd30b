package org.atlas1540.server.organisation;

import java.util.List;

/** An organisation as its page shows it. */
record OrganisationDetails(String id, String acronym, String name, String kind, String countryCode,
        List<String> aliases) {

    public String kindLabel() {
        if (kind == null || kind.isEmpty()) {
            return "";
        }
        String words = kind.replace('-', ' ').replace("un body", "UN body");
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
