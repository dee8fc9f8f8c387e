/**
 * The benefit calculator: Green Book appraisal of networked care against an explicit
 * counterfactual. Chained discount schedules as versioned data, optimism bias, data-quality
 * corrections, additionality, benefits derived from baselines, results per organisation and
 * category, switching values, one-way sensitivity and scenarios, and the benefits realised after
 * the change. Start at {@link org.networkedcare.metrics.appraisal.BenefitCalculator}.
 */
package org.networkedcare.metrics.appraisal;
