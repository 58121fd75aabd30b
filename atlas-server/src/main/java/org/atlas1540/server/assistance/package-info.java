/**
 * Assistance requests: a State's request for assistance in one subject area, its lifecycle as the
 * 1540 Committee publishes the process ({@link org.atlas1540.server.assistance.RequestLifecycle}),
 * the seven-day rule for distributing it ({@link org.atlas1540.server.assistance.DistributionDeadline}),
 * and who may see it: a request is public only when the requesting State consented to publication
 * ({@link org.atlas1540.server.assistance.Audience}). Pages under {@code /assistance/requests}, JSON
 * under {@code /api/v1/assistance-requests}, CSV at {@code /exports/assistance-requests.csv}.
 *
 * <p>API for other modules: {@link org.atlas1540.server.assistance.AssistanceRequests} (create from a
 * source, change status, find what an audience may see) and the value types it uses. It publishes
 * {@link org.atlas1540.server.assistance.RequestStatusChanged} in the transaction of each change.
 */
package org.atlas1540.server.assistance;
