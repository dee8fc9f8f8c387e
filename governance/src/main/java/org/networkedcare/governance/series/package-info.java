/**
 * Baselines and observations of measures at sites, the data the decision engine reads. (Kept in the
 * governance module: the appraisal's single-value baseline lives in metrics.)
 */
package org.networkedcare.governance.series;
