package org.atlas1540.reference;

/**
 * The reference data that ships with the library: States, organisations, cities. Loaded once,
 * on first use, and immutable after that.
 */
public final class ReferenceData {
    private final States states;
    private final Organisations organisations;
    private final Cities cities;

    private ReferenceData(States states, Organisations organisations, Cities cities) {
        this.states = states;
        this.organisations = organisations;
        this.cities = cities;
    }

    /** The standard reference data, loaded from the library's resources on first call. */
    public static ReferenceData standard() {
        return Holder.STANDARD;
    }

    public States states() {
        return states;
    }

    public Organisations organisations() {
        return organisations;
    }

    public Cities cities() {
        return cities;
    }

    private static final class Holder {
        static final ReferenceData STANDARD = new ReferenceData(States.load(), Organisations.load(), Cities.load());
    }
}
