/**
 * Cost-effectiveness post-processing of a probabilistic sensitivity analysis (PSA): net monetary
 * benefit, the cost-effectiveness acceptability curve (CEAC) and frontier (CEAF), the expected
 * value of perfect information (EVPI), and incremental analysis of two labelled kinds: frontier
 * ICERs (strong then extended dominance, as dampack) and pairwise ICERs against a named reference
 * (as BCEA).
 *
 * <p>Input is a {@link org.networkedcare.metrics.uncertainty.CostEffectivenessSample}: option names
 * and a draws &times; options matrix of costs (money, for example pounds) and effects (health
 * units, for example QALYs). One draw is a deterministic comparison. Willingness to pay (WTP, money
 * per unit of effect) comes as a {@link org.networkedcare.metrics.uncertainty.WtpGrid}. Net
 * monetary benefit is {@code NMB = wtp * effect - cost}, computed in double precision as a
 * multiplication then a subtraction; when two options have equal NMB the first option in the given
 * order is the best, never one at random.
 */
package org.networkedcare.metrics.uncertainty;
