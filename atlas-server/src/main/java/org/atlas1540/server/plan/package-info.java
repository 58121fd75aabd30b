/**
 * National action plans: each State's voluntary national implementation action plan, version by
 * version, with its status, document and the source it was learned from. Owns the
 * {@code action_plans} table. Its API: {@link org.atlas1540.server.plan.ActionPlans} (create,
 * update, a State's history, the latest plan of each State; used by the State and region pages and
 * by the review queue). Its pages ({@code /action-plans}), JSON API ({@code /api/v1/action-plans})
 * and CSV export ({@code /exports/action-plans.csv}).
 */
package org.atlas1540.server.plan;
