/**
 * Assistance offers: programmes of assistance that States and organisations offer, by subject
 * area and the regions they cover; public. Pages under {@code /assistance/offers}, JSON under
 * {@code /api/v1/assistance-offers}, CSV at {@code /exports/assistance-offers.csv}. API for other
 * modules: {@link org.atlas1540.server.offer.AssistanceOffers} and its value types.
 */
package org.atlas1540.server.offer;
