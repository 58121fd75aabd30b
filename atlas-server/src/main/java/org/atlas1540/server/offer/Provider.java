package org.atlas1540.server.offer;

import java.util.Locale;
import java.util.Objects;
import org.atlas1540.reference.OrganisationId;
import org.atlas1540.reference.ReferenceData;
import org.atlas1540.reference.StateCode;

/**
 * Who offers assistance: a State (by its ISO alpha-3 code) or an organisation (by its stable id
 * in the registry).
 */
public record Provider(Kind kind, String id) {

    public enum Kind {
        STATE("state"),
        ORGANISATION("organisation");

        private final String slug;

        Kind(String slug) {
            this.slug = slug;
        }

        public String slug() {
            return slug;
        }
    }

    public Provider {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static Provider state(StateCode code) {
        return new Provider(Kind.STATE, code.value());
    }

    public static Provider organisation(OrganisationId id) {
        return new Provider(Kind.ORGANISATION, id.value());
    }

    /**
     * A known provider from a kind ({@code state}, {@code organisation}) and an id.
     *
     * @throws IllegalArgumentException with a sentence naming what is unknown
     */
    public static Provider parse(String kind, String id) {
        String k = kind == null ? "" : kind.strip().toLowerCase(Locale.ROOT);
        String i = id == null ? "" : id.strip().toUpperCase(Locale.ROOT);
        if (i.isEmpty()) {
            throw new IllegalArgumentException("Give the provider: a State's code or an organisation's id.");
        }
        switch (k) {
            case "state" -> {
                if (!i.matches("[A-Z]{3}") || ReferenceData.standard().states().find(StateCode.of(i)).isEmpty()) {
                    throw new IllegalArgumentException("No State has the code '" + echo(id) + "'.");
                }
                return new Provider(Kind.STATE, i);
            }
            case "organisation" -> {
                if (!i.matches("[A-Z0-9][A-Z0-9-]{0,39}")
                        || ReferenceData.standard().organisations().find(OrganisationId.of(i)).isEmpty()) {
                    throw new IllegalArgumentException("No organisation in the registry has the id '" + echo(id) + "'.");
                }
                return new Provider(Kind.ORGANISATION, i);
            }
            default -> throw new IllegalArgumentException(
                    "The provider is a State or an organisation, not '" + echo(kind) + "'.");
        }
    }

    /** {@code state:SRB} or {@code organisation:OSCE}: one key for both kinds. */
    public String key() {
        return kind.slug() + ":" + id;
    }

    public static Provider fromKey(String key) {
        int colon = key.indexOf(':');
        return new Provider(colon > 0 && key.startsWith("state") ? Kind.STATE : Kind.ORGANISATION,
                key.substring(colon + 1));
    }

    public boolean isState() {
        return kind == Kind.STATE;
    }

    public String name() {
        var reference = ReferenceData.standard();
        return isState()
                ? reference.states().shortNameOf(StateCode.of(id))
                : reference.organisations().find(OrganisationId.of(id)).map(o -> o.name()).orElse(id);
    }

    /** The provider's page. */
    public String path() {
        return isState() ? "/states/" + id : "/organisations/" + id;
    }

    private static String echo(String value) {
        return value == null ? "" : value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
