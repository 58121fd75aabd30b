package org.atlas1540.server.generate;

import static org.atlas1540.notes.Topic.BIOSECURITY;
import static org.atlas1540.notes.Topic.BORDER_SECURITY;
import static org.atlas1540.notes.Topic.CHEMICAL_SECURITY;
import static org.atlas1540.notes.Topic.EFFECTIVE_PRACTICES;
import static org.atlas1540.notes.Topic.EXPORT_CONTROL;
import static org.atlas1540.notes.Topic.LAW_ENFORCEMENT;
import static org.atlas1540.notes.Topic.LEGISLATION;
import static org.atlas1540.notes.Topic.MEANS_OF_DELIVERY;
import static org.atlas1540.notes.Topic.NATIONAL_ACTION_PLANS;
import static org.atlas1540.notes.Topic.NUCLEAR_SECURITY;
import static org.atlas1540.notes.Topic.POINTS_OF_CONTACT;
import static org.atlas1540.notes.Topic.PROLIFERATION_FINANCING;

import java.util.List;

/**
 * What an event is about: the words of its title and the theme's own objectives, background and
 * highlights, and the organisations that usually speak on it (registry ids). A general theme
 * names no topic.
 */
enum Theme {
    EXPORT(
            List.of(Passage.of("Export Control", EXPORT_CONTROL), Passage.of("Strategic Trade Controls", EXPORT_CONTROL),
                    Passage.of("Export and Trans-shipment Controls", EXPORT_CONTROL)),
            List.of(Passage.of("To review the state of export controls on sensitive goods in the region", EXPORT_CONTROL),
                    Passage.of("To exchange effective practices on licensing and enforcement", EFFECTIVE_PRACTICES,
                            EXPORT_CONTROL)),
            List.of(Passage.of("Several States of the region are hubs for the transit and trans-shipment of goods, which "
                            + "makes effective controls on sensitive items particularly important.", EXPORT_CONTROL),
                    Passage.of("Few States of the region have so far adopted national control lists.", EXPORT_CONTROL)),
            List.of(Passage.of("Participants discussed the control lists used in the region and the licensing of transfers "
                            + "of dual-use items.", EXPORT_CONTROL),
                    Passage.of("Speakers explained how licensing authorities work with enforcement agencies to detect "
                            + "illicit shipments.", EXPORT_CONTROL),
                    Passage.of("A practical exercise on the classification of goods showed how much depends on the "
                            + "experience of the officials concerned.")),
            List.of("WCO", "UNODC", "US-EXBS", "BAFA", "STIMSON", "EU-CBRN-COE")),
    BORDER(
            List.of(Passage.of("Border Security", BORDER_SECURITY), Passage.of("Border and Customs Controls", BORDER_SECURITY)),
            List.of(Passage.of("To strengthen cooperation among the agencies that control the movement of goods across "
                    + "borders", BORDER_SECURITY)),
            List.of(Passage.of("Long land borders and limited means make the control of goods at crossing points a shared "
                    + "concern of States of the region.", BORDER_SECURITY)),
            List.of(Passage.of("Participants were shown how vehicles and cargo are screened at a land border crossing.",
                            BORDER_SECURITY),
                    Passage.of("Speakers from customs administrations described how risk profiles help them select "
                            + "consignments for inspection.", BORDER_SECURITY)),
            List.of("WCO", "INTERPOL", "IAEA", "UNODC", "US-EXBS")),
    BIO(
            List.of(Passage.of("Biosecurity", BIOSECURITY), Passage.of("Biosafety and Biosecurity", BIOSECURITY),
                    Passage.of("Laboratory Biosafety", BIOSECURITY)),
            List.of(Passage.of("To show how measures taken for public health reasons also contribute to biosecurity",
                    BIOSECURITY)),
            List.of(Passage.of("The number of laboratories that work with dangerous pathogens has grown in the region, "
                    + "which makes sound biosafety practice all the more important.", BIOSECURITY)),
            List.of(Passage.of("WHO presented its guidance on laboratory biosafety and on the security of dangerous "
                            + "pathogens.", BIOSECURITY),
                    Passage.of("Participants discussed how health and security authorities can work together when a "
                            + "disease outbreak may have been caused on purpose.")),
            List.of("WHO", "BWC-ISU", "INTERPOL", "UNICRI")),
    CHEMICAL(
            List.of(Passage.of("Chemical Security", CHEMICAL_SECURITY)),
            List.of(Passage.of("To exchange effective practices in chemical security, including the security of chemicals "
                    + "in transport", CHEMICAL_SECURITY, EFFECTIVE_PRACTICES)),
            List.of(Passage.of("The use of toxic chemicals by non-State actors has made chemical security a growing concern "
                    + "for States of the region.", CHEMICAL_SECURITY)),
            List.of(Passage.of("The OPCW presented its programme on chemical security for facility operators.",
                            CHEMICAL_SECURITY),
                    Passage.of("Speakers described the difficulty that small enterprises face in keeping toxic chemicals "
                            + "secure.")),
            List.of("OPCW", "WINS", "INTERPOL")),
    NUCLEAR(
            List.of(Passage.of("Nuclear Security", NUCLEAR_SECURITY)),
            List.of(Passage.of("To review national measures for the physical protection of nuclear material and "
                    + "radioactive sources", NUCLEAR_SECURITY)),
            List.of(Passage.of("The growing use of radioactive sources in medicine, research and agriculture raises the "
                    + "question of how to keep them secure throughout their life.", NUCLEAR_SECURITY)),
            List.of(Passage.of("The IAEA presented its nuclear security guidance and the training it offers to regulators.",
                            NUCLEAR_SECURITY),
                    Passage.of("Speakers discussed the security of radioactive sources in use, in storage and in transport.",
                            NUCLEAR_SECURITY)),
            List.of("IAEA", "WINS", "GICNT", "INTERPOL")),
    ACTION_PLANS(
            List.of(Passage.of("Voluntary National Implementation Action Plans", NATIONAL_ACTION_PLANS),
                    Passage.of("National Action Plans", NATIONAL_ACTION_PLANS)),
            List.of(Passage.of("To explain what a voluntary national implementation action plan is and how it can be used "
                    + "to set priorities", NATIONAL_ACTION_PLANS)),
            List.of(Passage.of("Only a small number of States of the region have so far submitted such a document to the "
                    + "1540 Committee.")),
            List.of(Passage.of("The 1540 Committee experts walked participants through a model structure for a national "
                            + "action plan.", NATIONAL_ACTION_PLANS),
                    Passage.of("In a working session, participants started to outline their own national documents.")),
            List.of("VERTIC", "UNODA", "OSCE")),
    FINANCING(
            List.of(Passage.of("Countering the Financing of Proliferation", PROLIFERATION_FINANCING),
                    Passage.of("Proliferation Financing", PROLIFERATION_FINANCING)),
            List.of(Passage.of("To help States understand the financial provisions of the resolution and the risks of "
                    + "proliferation financing", PROLIFERATION_FINANCING)),
            List.of(Passage.of("Measures against the financing of proliferation remain among the least developed areas of "
                    + "national implementation.", PROLIFERATION_FINANCING)),
            List.of(Passage.of("Speakers explained how financial intelligence units detect transactions linked to "
                            + "proliferation financing.", PROLIFERATION_FINANCING),
                    Passage.of("Representatives of banks and insurers described how they screen customers and "
                            + "transactions.")),
            List.of("FATF", "UNODC", "CTED")),
    LEGAL(
            List.of(Passage.of("Legislative Frameworks", LEGISLATION), Passage.of("National Legislation", LEGISLATION)),
            List.of(Passage.of("To review the legal frameworks that give effect to the obligations of the resolution",
                    LEGISLATION)),
            List.of(Passage.of("Several States of the region are reviewing their criminal codes so that they cover every "
                    + "prohibition of the resolution.")),
            List.of(Passage.of("VERTIC presented model legislation and reviewed, with each delegation, the provisions of "
                    + "its national law.", LEGISLATION)),
            List.of("VERTIC", "UNODC", "IAEA")),
    CONTACTS(
            List.of(Passage.of("National Points of Contact", POINTS_OF_CONTACT)),
            List.of(Passage.of("To give national points of contact a working knowledge of the resolution and of the "
                    + "Committee's procedures", POINTS_OF_CONTACT)),
            List.of(Passage.of("Not all States of the region have yet designated a national point of contact for "
                    + "resolution 1540 (2004).", POINTS_OF_CONTACT)),
            List.of(Passage.of("Participants practised the exchange of information between points of contact and the "
                    + "Committee.", POINTS_OF_CONTACT)),
            List.of("UNODA", "OSCE")),
    DELIVERY(
            List.of(Passage.of("Controls on Missiles and Related Technology", MEANS_OF_DELIVERY)),
            List.of(Passage.of("To discuss controls on missiles and on the technology used to make them", MEANS_OF_DELIVERY)),
            List.of(Passage.of("Controls on missiles and related items are less developed in the region than controls on "
                    + "materials.", MEANS_OF_DELIVERY)),
            List.of(Passage.of("Speakers described controls on missiles and on unmanned aerial vehicles.", MEANS_OF_DELIVERY)),
            List.of("UNODA", "WA", "MTCR")),
    LAW(
            List.of(Passage.of("Law Enforcement Cooperation", LAW_ENFORCEMENT)),
            List.of(Passage.of("To improve cooperation among police, customs and prosecutors in cases involving sensitive "
                    + "materials", LAW_ENFORCEMENT, BORDER_SECURITY)),
            List.of(Passage.of("Few cases of illicit trafficking of sensitive materials in the region have so far led to a "
                    + "prosecution.", LAW_ENFORCEMENT)),
            List.of(Passage.of("INTERPOL presented the tools it offers police services for sharing alerts across the "
                    + "region.", LAW_ENFORCEMENT)),
            List.of("INTERPOL", "UNODC", "UNICRI")),
    GENERAL(
            List.of(Passage.of("the Implementation of Resolution 1540 (2004)"),
                    Passage.of("National Implementation of Security Council Resolution 1540 (2004)")),
            List.of(Passage.of("To raise awareness of the obligations of resolution 1540 (2004) among officials of the "
                    + "participating States")),
            List.of(Passage.of("The {event} was part of the programme of outreach that the 1540 Committee carries out with "
                    + "UNODA.")),
            List.of(Passage.of("Participants discussed the obligations of the resolution one operative paragraph at a "
                    + "time.")),
            List.of("IAEA", "OPCW", "WCO", "INTERPOL", "UNODC"));

    private final List<Passage> titles;
    private final List<Passage> objectives;
    private final List<Passage> background;
    private final List<Passage> highlights;
    private final List<String> speakers;

    Theme(List<Passage> titles, List<Passage> objectives, List<Passage> background, List<Passage> highlights,
            List<String> speakers) {
        this.titles = titles;
        this.objectives = objectives;
        this.background = background;
        this.highlights = highlights;
        this.speakers = speakers;
    }

    List<Passage> titles() {
        return titles;
    }

    List<Passage> objectives() {
        return objectives;
    }

    List<Passage> background() {
        return background;
    }

    List<Passage> highlights() {
        return highlights;
    }

    List<String> speakers() {
        return speakers;
    }

    /** Whether the title already cites the resolution, so that no "and the Implementation of ..." follows. */
    boolean titleCitesResolution(Passage title) {
        return title.text().contains("1540");
    }
}
