package org.atlas1540.reference;

import java.util.Arrays;

/** The five United Nations regional groups of Member States. */
public enum UnRegionalGroup {
    AFRICAN("african", "African States"),
    ASIA_PACIFIC("asia-pacific", "Asia-Pacific States"),
    EASTERN_EUROPEAN("eastern-european", "Eastern European States"),
    LATIN_AMERICAN_AND_CARIBBEAN("latin-american-and-caribbean", "Latin American and Caribbean States"),
    WESTERN_EUROPEAN_AND_OTHERS("western-european-and-others", "Western European and other States");

    private final String slug;
    private final String label;

    UnRegionalGroup(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    public static UnRegionalGroup fromSlug(String slug) {
        return Arrays.stream(values()).filter(g -> g.slug.equals(slug)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown UN regional group: '" + slug + "'"));
    }
}
