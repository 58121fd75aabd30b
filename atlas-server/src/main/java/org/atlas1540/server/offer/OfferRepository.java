package org.atlas1540.server.offer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.atlas1540.server.assistance.AssistanceArea;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The SQL of offers, their areas and regions, for H2 and PostgreSQL. */
@Repository
class OfferRepository {
    private static final String COLUMNS = "o.id, o.provider_key, o.programme, o.description, o.contact, o.offered_on, "
            + "o.created_at, o.updated_at, o.version";

    private final JdbcClient jdbc;

    OfferRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    AssistanceOfferId insert(NewOffer offer, OffsetDateTime now) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO assistance_offers (provider_key, provider_state, provider_organisation, programme,
                    description, contact, offered_on, created_at, updated_at, version)
                VALUES (:key, :state, :organisation, :programme, :description, :contact, :offered, :now, :now, 0)""")
                .params(columns(offer))
                .param("now", now)
                .update(key, "id");
        var id = new AssistanceOfferId(key.getKeyAs(Number.class).longValue());
        saveAreasAndRegions(id, offer);
        return id;
    }

    /** @return false when the row is not at {@code version} any more */
    boolean update(AssistanceOfferId id, int version, NewOffer offer, OffsetDateTime now) {
        int updated = jdbc.sql("""
                UPDATE assistance_offers SET provider_key = :key, provider_state = :state,
                    provider_organisation = :organisation, programme = :programme, description = :description,
                    contact = :contact, offered_on = :offered, updated_at = :now, version = version + 1
                WHERE id = :id AND version = :version""")
                .params(columns(offer))
                .param("now", now)
                .param("id", id.value())
                .param("version", version)
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM assistance_offer_areas WHERE offer_id = :id").param("id", id.value()).update();
        jdbc.sql("DELETE FROM assistance_offer_regions WHERE offer_id = :id").param("id", id.value()).update();
        saveAreasAndRegions(id, offer);
        return true;
    }

    private void saveAreasAndRegions(AssistanceOfferId id, NewOffer offer) {
        offer.areas().forEach(area -> jdbc.sql("INSERT INTO assistance_offer_areas (offer_id, area) VALUES (:id, :area)")
                .param("id", id.value()).param("area", area.id()).update());
        offer.regions().forEach(region -> jdbc.sql(
                        "INSERT INTO assistance_offer_regions (offer_id, region_id) VALUES (:id, :region)")
                .param("id", id.value()).param("region", region).update());
    }

    Optional<AssistanceOffer> find(AssistanceOfferId id) {
        return withAreasAndRegions(jdbc.sql("SELECT " + COLUMNS + " FROM assistance_offers o WHERE o.id = :id")
                .param("id", id.value())
                .query(OfferRepository::row)
                .list()).stream().findFirst();
    }

    boolean programmeExists(Provider provider, String programme, AssistanceOfferId except) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM assistance_offers
                WHERE provider_key = :key AND LOWER(programme) = LOWER(:programme) AND id <> :except""")
                .param("key", provider.key())
                .param("programme", programme)
                .param("except", except == null ? 0L : except.value())
                .query(Long.class).single() > 0;
    }

    /**
     * Offers, newest first.
     *
     * @param provider only this provider's; null for all
     * @param area     only offers in this area; null for all
     */
    List<AssistanceOffer> list(Provider provider, AssistanceArea area, long offset, int limit) {
        var where = where(provider, area);
        return withAreasAndRegions(jdbc.sql("SELECT " + COLUMNS + " FROM assistance_offers o WHERE 1 = 1"
                        + where.getKey() + " ORDER BY o.offered_on DESC, o.id DESC LIMIT :limit OFFSET :offset")
                .params(where.getValue())
                .param("limit", limit)
                .param("offset", offset)
                .query(OfferRepository::row)
                .list());
    }

    long count(Provider provider, AssistanceArea area) {
        var where = where(provider, area);
        return jdbc.sql("SELECT COUNT(*) FROM assistance_offers o WHERE 1 = 1" + where.getKey())
                .params(where.getValue())
                .query(Long.class).single();
    }

    private static Map.Entry<String, Map<String, Object>> where(Provider provider, AssistanceArea area) {
        var sql = new StringBuilder();
        var params = new HashMap<String, Object>();
        if (provider != null) {
            sql.append(" AND o.provider_key = :key");
            params.put("key", provider.key());
        }
        if (area != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM assistance_offer_areas a WHERE a.offer_id = o.id AND a.area = :area)");
            params.put("area", area.id());
        }
        return Map.entry(sql.toString(), params);
    }

    /** The rows with their areas and regions, two queries for the whole list. */
    private List<AssistanceOffer> withAreasAndRegions(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var ids = rows.stream().map(r -> r.id).toList();
        var areas = new HashMap<Long, List<AssistanceArea>>();
        jdbc.sql("SELECT offer_id, area FROM assistance_offer_areas WHERE offer_id IN (:ids) ORDER BY offer_id, area")
                .param("ids", ids)
                .query(rs -> {
                    areas.computeIfAbsent(rs.getLong("offer_id"), k -> new ArrayList<>())
                            .add(AssistanceArea.parse(rs.getString("area")));
                });
        var regions = new HashMap<Long, List<String>>();
        jdbc.sql("SELECT offer_id, region_id FROM assistance_offer_regions WHERE offer_id IN (:ids) "
                        + "ORDER BY offer_id, region_id")
                .param("ids", ids)
                .query(rs -> {
                    regions.computeIfAbsent(rs.getLong("offer_id"), k -> new ArrayList<>()).add(rs.getString("region_id"));
                });
        return rows.stream().map(r -> new AssistanceOffer(new AssistanceOfferId(r.id), Provider.fromKey(r.providerKey),
                areas.getOrDefault(r.id, List.of()), regions.getOrDefault(r.id, List.of()), r.programme,
                r.description, r.contact, r.offeredOn, r.createdAt, r.updatedAt, r.version)).toList();
    }

    /** How many offers were made each year, for the annual report. */
    Map<Integer, Long> offeredByYear() {
        var counts = new HashMap<Integer, Long>();
        jdbc.sql("SELECT offered_on FROM assistance_offers")
                .query((rs, n) -> rs.getObject("offered_on", LocalDate.class).getYear())
                .list()
                .forEach(year -> counts.merge(year, 1L, Long::sum));
        return counts;
    }

    private static Map<String, Object> columns(NewOffer offer) {
        var columns = new HashMap<String, Object>();
        columns.put("key", offer.provider().key());
        columns.put("state", offer.provider().isState() ? offer.provider().id() : null);
        columns.put("organisation", offer.provider().isState() ? null : offer.provider().id());
        columns.put("programme", offer.programme());
        columns.put("description", offer.description());
        columns.put("contact", offer.contact());
        columns.put("offered", offer.offeredOn());
        return columns;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("provider_key"), rs.getString("programme"),
                rs.getString("description"), rs.getString("contact"), rs.getObject("offered_on", LocalDate.class),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
                rs.getInt("version"));
    }

    private record Row(long id, String providerKey, String programme, String description, String contact,
            LocalDate offeredOn, OffsetDateTime createdAt, OffsetDateTime updatedAt, int version) {
    }
}
