/**
 * Cohort state-transition (Markov) models of counterfactual pathways, matching the R package
 * heemod: states, strategies, transition matrices and state values as expressions of named
 * parameters and the model time, the three state-membership conventions, discounting, incremental
 * results, one-way sensitivity, a prepared model for probabilistic analysis, and the link that
 * turns a result into appraisal lines. Start at {@link
 * org.networkedcare.metrics.cohort.CohortModel}.
 */
package org.networkedcare.metrics.cohort;
