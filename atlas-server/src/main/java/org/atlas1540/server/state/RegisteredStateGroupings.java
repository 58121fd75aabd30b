package org.atlas1540.server.state;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.atlas1540.reference.StateCode;
import org.atlas1540.reference.UnRegionalGroup;
import org.atlas1540.server.event.StateGrouping;
import org.atlas1540.server.event.StateGrouping.Kind;
import org.atlas1540.server.event.StateGrouping.Member;
import org.atlas1540.server.event.StateGroupings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The UN regional groups, M49 regions and sub-regions as the States tables hold them (loaded from
 * the library's reference data). Read on each call: two small queries, and always in step with
 * the tables.
 */
@Component
class RegisteredStateGroupings implements StateGroupings {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final JdbcClient jdbc;

    RegisteredStateGroupings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(StateCode code, String name, String region, String subregion, String sortKey) {
    }

    @Override
    public List<StateGrouping> all() {
        List<Row> states = jdbc.sql("SELECT code, short_name, m49_region, m49_subregion FROM states")
                .query((rs, n) -> new Row(StateCode.of(rs.getString("code")), rs.getString("short_name"),
                        rs.getString("m49_region"), rs.getString("m49_subregion"),
                        sortKey(rs.getString("short_name"))))
                .list().stream()
                .sorted(Comparator.comparing(Row::sortKey))
                .toList();
        // Members are listed in the order of the sorted States: each group's list is then sorted already.
        Map<String, Integer> order = new HashMap<>();
        Map<String, List<Member>> byGroup = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        states.forEach(s -> {
            names.put(s.code().value(), s.name());
            order.put(s.code().value(), order.size());
        });
        jdbc.sql("SELECT state_code, un_group FROM state_groups")
                .query(rs -> {
                    String code = rs.getString("state_code");
                    byGroup.computeIfAbsent(rs.getString("un_group"), g -> new ArrayList<>())
                            .add(new Member(StateCode.of(code), names.getOrDefault(code, code)));
                });

        var groupings = new ArrayList<StateGrouping>();
        for (UnRegionalGroup group : UnRegionalGroup.values()) {
            List<Member> members = byGroup.getOrDefault(group.slug(), List.of()).stream()
                    .sorted(Comparator.comparing(m -> order.getOrDefault(m.code().value(), Integer.MAX_VALUE)))
                    .toList();
            if (!members.isEmpty()) {
                groupings.add(new StateGrouping(slug(group.label()), group.label(), Kind.UN_GROUP, null, members));
            }
        }
        // Each name's key worked out once per call: the maps below compare names thousands of times.
        Map<String, String> keys = new HashMap<>();
        Comparator<String> byName = Comparator.comparing(name -> keys.computeIfAbsent(name,
                RegisteredStateGroupings::sortKey));
        Map<String, Map<String, List<Member>>> regions = new TreeMap<>(byName);
        Map<String, List<Member>> regionMembers = new TreeMap<>(byName);
        for (Row s : states) {
            if (s.region() == null) {
                continue;
            }
            var member = new Member(s.code(), s.name());
            regionMembers.computeIfAbsent(s.region(), r -> new ArrayList<>()).add(member);
            var subregions = regions.computeIfAbsent(s.region(), r -> new TreeMap<>(byName));
            if (s.subregion() != null) {
                subregions.computeIfAbsent(s.subregion(), r -> new ArrayList<>()).add(member);
            }
        }
        regionMembers.forEach((region, members) -> {
            String id = slug(region);
            groupings.add(new StateGrouping(id, region, Kind.M49_REGION, null, members));
            regions.get(region).forEach((subregion, inside) -> groupings.add(
                    new StateGrouping(slug(subregion), subregion, Kind.M49_SUBREGION, id, inside)));
        });
        return groupings;
    }

    /** "Latin America and the Caribbean" gives "latin-america-and-the-caribbean". */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
    }

    /** Accents do not change the order: "Côte d'Ivoire" stands between "Costa Rica" and "Croatia". */
    private static String sortKey(String name) {
        return MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
