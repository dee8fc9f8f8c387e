package org.networkedcare.metrics.funnel;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The result of a funnel analysis.
 *
 * @param options the options used
 * @param target the target on the value scale (pooled, 1 for ratios, or as given)
 * @param phi the dispersion ratio estimated from the trimmed z-scores (whatever the adjustment);
 *     empty when no site is left after trimming
 * @param tau2 the DerSimonian-Laird between-site variance on the transformed scale (whatever the
 *     adjustment); empty when fewer than two sites are left after trimming
 * @param adjustment the adjustment applied
 * @param limitMethod how the limits in force were computed ({@link LimitMethod#NORMAL} whenever an
 *     adjustment was applied)
 * @param sites one result per site, in order of first appearance in the input
 * @param curve the four limit curves in force, by increasing denominator, for drawing
 */
public record FunnelResult(
    FunnelOptions options,
    double target,
    OptionalDouble phi,
    OptionalDouble tau2,
    Adjustment adjustment,
    LimitMethod limitMethod,
    List<FunnelSite> sites,
    List<CurvePoint> curve) {

  /**
   * Checks that nothing is missing and copies the lists.
   *
   * @param options the options used
   * @param target the target
   * @param phi the dispersion ratio
   * @param tau2 the between-site variance
   * @param adjustment the adjustment applied
   * @param limitMethod the limit method in force
   * @param sites the sites
   * @param curve the limit curves
   */
  public FunnelResult {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(phi, "phi");
    Objects.requireNonNull(tau2, "tau2");
    Objects.requireNonNull(adjustment, "adjustment");
    Objects.requireNonNull(limitMethod, "limitMethod");
    sites = List.copyOf(sites);
    curve = List.copyOf(curve);
  }

  /** {@return the sites outside their 95% limits, in input order} */
  public List<FunnelSite> outliers() {
    return sites.stream().filter(s -> s.outlier() != Outlier.NONE).toList();
  }
}
