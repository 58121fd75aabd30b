/**
 * Recommendations agreed at events, and their follow-up: each with an owner, a due date, a status
 * that follows {@link org.atlas1540.server.recommendation.RecommendationLifecycle}, and dated
 * follow-up entries. Recommendations are entered by staff or taken from the note's recommendations
 * section and recommendations facts ({@link org.atlas1540.server.recommendation.NoteRecommendations}).
 * Owns the {@code recommendations} and {@code recommendation_follow_ups} tables. Its API: {@link
 * org.atlas1540.server.recommendation.Recommendations}. It adds a part to each event's page and,
 * for staff, the overdue recommendations to the home page (through the event module's
 * {@link org.atlas1540.server.event.EventPageParts} and {@link org.atlas1540.server.event.HomePageParts}).
 * Its pages ({@code /recommendations}), JSON API ({@code /api/v1/recommendations}) and CSV export
 * ({@code /exports/recommendations.csv}).
 */
package org.atlas1540.server.recommendation;
