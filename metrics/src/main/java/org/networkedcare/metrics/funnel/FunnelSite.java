package org.networkedcare.metrics.funnel;

import java.util.Objects;

/**
 * One site's result.
 *
 * @param site the site's name
 * @param numerator the site's numerator, summed over its rows
 * @param denominator the site's denominator, summed over its rows
 * @param value numerator / denominator (a proportion, ratio or rate)
 * @param z the unadjusted z-score on the transformed scale
 * @param zAdjusted the z-score under the adjustment applied ({@code z} when none)
 * @param limits the limits in force at the site's denominator (adjusted when an adjustment was
 *     applied), on the value scale
 * @param outlier the outermost limit the value is strictly beyond
 * @param judgement the outlier's meaning under the options' improvement direction
 */
public record FunnelSite(
    String site,
    double numerator,
    double denominator,
    double value,
    double z,
    double zAdjusted,
    Limits limits,
    Outlier outlier,
    OutlierJudgement judgement) {

  /**
   * Checks that nothing is missing.
   *
   * @param site the site's name
   * @param numerator the numerator
   * @param denominator the denominator
   * @param value the value
   * @param z the unadjusted z-score
   * @param zAdjusted the adjusted z-score
   * @param limits the limits in force
   * @param outlier the outlier label
   * @param judgement the outlier's meaning
   */
  public FunnelSite {
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(outlier, "outlier");
    Objects.requireNonNull(judgement, "judgement");
  }
}
