package org.atlas1540.notes;

/**
 * The controlled vocabulary of topics a note can be about. The JSON value is stable: it is used
 * in URLs, filters and exports. How each topic is recognised is documented in
 * {@code docs/topics.md}.
 */
public enum Topic {
    NATIONAL_ACTION_PLANS("national-action-plans", "National action plans"),
    REPORTING("reporting", "National reports and the 1540 matrix"),
    ASSISTANCE("assistance", "Assistance and capacity-building"),
    EFFECTIVE_PRACTICES("effective-practices", "Effective practices and experience-sharing"),
    LEGISLATION("legislation", "Legislation and legal frameworks"),
    EXPORT_CONTROL("export-control", "Export and trans-shipment controls"),
    BORDER_SECURITY("border-security", "Border security"),
    LAW_ENFORCEMENT("law-enforcement", "Law enforcement"),
    BIOSECURITY("biosecurity", "Biological security and biosafety"),
    CHEMICAL_SECURITY("chemical-security", "Chemical security"),
    NUCLEAR_SECURITY("nuclear-security", "Nuclear and radiological security"),
    MEANS_OF_DELIVERY("means-of-delivery", "Means of delivery"),
    PROLIFERATION_FINANCING("proliferation-financing", "Financing of proliferation"),
    POINTS_OF_CONTACT("points-of-contact", "Points of contact"),
    REGIONAL_COOPERATION("regional-cooperation", "Regional cooperation"),
    CIVIL_SOCIETY("civil-society", "Industry, academia and civil society");

    private final String json;
    private final String label;

    Topic(String json, String label) {
        this.json = json;
        this.label = label;
    }

    public String json() {
        return json;
    }

    public String label() {
        return label;
    }
}
