package org.atlas1540.server.generate;

import java.util.List;

/**
 * A group of States that outreach events bring together, with the bodies that usually organise
 * them there. Curated by us from the reference data's codes; every UN regional group is covered.
 *
 * @param phrase       how a title names the States ("West African States")
 * @param states       ISO alpha-3 codes of its States
 * @param organisers   registry ids of the regional bodies that organise events there
 * @param centre       the registry id of the UN body that usually supports them
 */
record Region(String phrase, List<String> states, List<String> organisers, String centre) {

    static final List<Region> ALL = List.of(
            new Region("West African States",
                    List.of("BEN", "BFA", "CPV", "CIV", "GMB", "GHA", "GIN", "GNB", "LBR", "MLI", "NER", "NGA", "SEN",
                            "SLE", "TGO"),
                    List.of("ECOWAS", "AU"), "UNREC"),
            new Region("Member States of the Southern African Development Community",
                    List.of("AGO", "BWA", "COM", "COD", "SWZ", "LSO", "MDG", "MWI", "MUS", "MOZ", "NAM", "SYC", "ZAF",
                            "TZA", "ZMB", "ZWE"),
                    List.of("SADC", "AU"), "UNREC"),
            new Region("States of Eastern Africa and the Horn of Africa",
                    List.of("BDI", "DJI", "ERI", "ETH", "KEN", "RWA", "SOM", "SSD", "SDN", "UGA", "TZA"),
                    List.of("EAC", "AU"), "UNREC"),
            new Region("Central African States",
                    List.of("AGO", "BDI", "CMR", "CAF", "TCD", "COG", "COD", "GNQ", "GAB", "RWA", "STP"),
                    List.of("ECCAS", "AU"), "UNREC"),
            new Region("States of the Middle East and North Africa",
                    List.of("DZA", "EGY", "LBY", "MAR", "TUN", "JOR", "LBN", "IRQ", "KWT", "OMN", "QAT", "SAU", "ARE",
                            "BHR", "YEM"),
                    List.of("LAS"), "UNODA"),
            new Region("Member States of the Gulf Cooperation Council",
                    List.of("BHR", "KWT", "OMN", "QAT", "SAU", "ARE"),
                    List.of("GCC", "LAS"), "UNODA"),
            new Region("Central Asian States",
                    List.of("KAZ", "KGZ", "TJK", "TKM", "UZB", "AFG", "MNG"),
                    List.of("OSCE"), "UNRCCA"),
            new Region("States of South-East Asia",
                    List.of("BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM", "TLS"),
                    List.of("ASEAN", "ARF"), "UNRCPD"),
            new Region("States of South Asia",
                    List.of("AFG", "BGD", "BTN", "IND", "MDV", "NPL", "PAK", "LKA"),
                    List.of("UNRCPD"), "UNRCPD"),
            new Region("Pacific Island States",
                    List.of("FJI", "KIR", "MHL", "FSM", "NRU", "PLW", "PNG", "WSM", "SLB", "TON", "TUV", "VUT"),
                    List.of("PIF"), "UNRCPD"),
            new Region("States of North-East Asia",
                    List.of("CHN", "JPN", "KOR", "MNG"),
                    List.of("ARF"), "UNRCPD"),
            new Region("States of South-Eastern Europe",
                    List.of("ALB", "BIH", "HRV", "MNE", "MKD", "SRB", "SVN", "BGR", "ROU"),
                    List.of("OSCE", "RACVIAC", "SEESAC"), "UNODA"),
            new Region("States of Eastern Europe and the South Caucasus",
                    List.of("ARM", "AZE", "GEO", "MDA", "UKR", "BLR"),
                    List.of("OSCE"), "UNODA"),
            new Region("Central American States",
                    List.of("BLZ", "CRI", "SLV", "GTM", "HND", "NIC", "PAN", "DOM"),
                    List.of("SICA", "OAS"), "UNLIREC"),
            new Region("Caribbean States",
                    List.of("ATG", "BHS", "BRB", "BLZ", "DMA", "GRD", "GUY", "HTI", "JAM", "KNA", "LCA", "VCT", "SUR",
                            "TTO"),
                    List.of("CARICOM", "CARICOM-IMPACS", "OAS-CICTE"), "UNLIREC"),
            new Region("South American States",
                    List.of("ARG", "BOL", "BRA", "CHL", "COL", "ECU", "PRY", "PER", "URY", "VEN"),
                    List.of("OAS", "OAS-CICTE"), "UNLIREC"),
            new Region("Member States of the European Union",
                    List.of("AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN",
                            "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP",
                            "SWE"),
                    List.of("EU"), "UNODA"),
            new Region("Western European and Other States",
                    List.of("AND", "AUS", "AUT", "BEL", "CAN", "DNK", "FIN", "FRA", "DEU", "GRC", "ISL", "IRL", "ISR",
                            "ITA", "LIE", "LUX", "MLT", "MCO", "NLD", "NZL", "NOR", "PRT", "SMR", "ESP", "SWE", "CHE",
                            "TUR", "GBR", "USA"),
                    List.of("OSCE", "EU"), "UNODA"));
}
