/**
 * Baselines: a service's measures as they were before a change, with their scope, period, source,
 * capture date and data quality, so that a benefit can be derived from them and proved afterwards.
 */
package org.networkedcare.metrics.baseline;
