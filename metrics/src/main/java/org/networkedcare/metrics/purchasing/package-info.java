/**
 * Shared purchasing, one model for the appraisal and the governance document: price schedules of
 * tiers (all-units or incremental pricing) with an opt-out surcharge, and consortia of members
 * buying items together, with each member's saving and what an opt-out would cost it and the
 * others.
 *
 * <p>One rounding rule (see {@link org.networkedcare.metrics.purchasing.Consortium}): every amount
 * is worked exactly and rounded once, half-even, to the penny, per member and item.
 */
package org.networkedcare.metrics.purchasing;
