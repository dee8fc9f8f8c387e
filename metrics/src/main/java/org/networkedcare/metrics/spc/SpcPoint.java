package org.networkedcare.metrics.spc;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One point of an SPC chart with its segment's centre line and process limits and its verdict.
 * Values, means and limits are in the measure's own unit.
 *
 * @param date the point's date
 * @param value the value, empty when missing
 * @param segment the number of the facet's rows up to and including this one whose date is a rebase
 *     date (0 without rebasing)
 * @param mean the segment's centre line, empty when the segment's baseline has no value
 * @param lowerLimit the point's lower process limit (three sigma), empty when it does not exist (no
 *     moving range, or a missing denominator)
 * @param upperLimit the point's upper process limit, empty when it does not exist
 * @param lowerNearLimit the point's lower near-limit line (two sigma, two thirds of the way to the
 *     limit on an XmR chart) that rule R3 looks beyond, empty when it does not exist
 * @param upperNearLimit the point's upper near-limit line, empty when it does not exist
 * @param specialCause the rule that marked the point, if any (the first in precedence order)
 * @param pointType the verdict after applying the improvement direction
 */
public record SpcPoint(
    LocalDate date,
    OptionalDouble value,
    int segment,
    OptionalDouble mean,
    OptionalDouble lowerLimit,
    OptionalDouble upperLimit,
    OptionalDouble lowerNearLimit,
    OptionalDouble upperNearLimit,
    Optional<SpecialCause> specialCause,
    PointType pointType) {

  /**
   * Checks that no part is null.
   *
   * @param date the point's date
   * @param value the value, empty when missing
   * @param segment the segment number, at least 0
   * @param mean the segment's centre line
   * @param lowerLimit the lower process limit
   * @param upperLimit the upper process limit
   * @param lowerNearLimit the lower near-limit line
   * @param upperNearLimit the upper near-limit line
   * @param specialCause the rule that marked the point, if any
   * @param pointType the verdict
   */
  public SpcPoint {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(mean, "mean");
    Objects.requireNonNull(lowerLimit, "lowerLimit");
    Objects.requireNonNull(upperLimit, "upperLimit");
    Objects.requireNonNull(lowerNearLimit, "lowerNearLimit");
    Objects.requireNonNull(upperNearLimit, "upperNearLimit");
    Objects.requireNonNull(specialCause, "specialCause");
    Objects.requireNonNull(pointType, "pointType");
    if (segment < 0) {
      throw new IllegalArgumentException("segment " + segment + " is negative");
    }
  }
}
