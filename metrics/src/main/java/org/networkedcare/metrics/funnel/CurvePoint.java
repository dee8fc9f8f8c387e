package org.networkedcare.metrics.funnel;

/**
 * One point of the four limit curves, for drawing the funnel.
 *
 * @param denominator the denominator (x axis, in the denominator's units)
 * @param limits the limits in force at that denominator, on the value scale
 */
public record CurvePoint(double denominator, Limits limits) {

  /**
   * Checks that the limits are given.
   *
   * @param denominator the denominator
   * @param limits the limits
   */
  public CurvePoint {
    java.util.Objects.requireNonNull(limits, "limits");
  }
}
