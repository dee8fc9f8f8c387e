package org.networkedcare.metrics.funnel;

import java.util.Objects;

/**
 * One input row: a site's numerator and denominator (rows of the same site are summed before the
 * analysis). The numbers are checked by {@link Funnel#analyse(java.util.List, FunnelOptions)},
 * which names the site of every bad one.
 *
 * @param site the site's name
 * @param numerator events, observed count or count (units of the indicator's numerator)
 * @param denominator cases, expected count, count or exposure (units of the denominator)
 */
public record SiteCount(String site, double numerator, double denominator) {

  /**
   * Checks that the site is named.
   *
   * @param site the site's name
   * @param numerator the numerator
   * @param denominator the denominator
   */
  public SiteCount {
    Objects.requireNonNull(site, "site");
  }
}
