package org.networkedcare.metrics.funnel;

/**
 * Two-sided control limits at one denominator, on the value scale (numerator / denominator).
 *
 * @param lower95 the lower 95% limit
 * @param upper95 the upper 95% limit
 * @param lower998 the lower 99.8% limit
 * @param upper998 the upper 99.8% limit
 */
public record Limits(double lower95, double upper95, double lower998, double upper998) {

  /**
   * {@return the outermost limit a value is strictly beyond; a value on a limit is within}
   *
   * @param value a value on the value scale
   */
  public Outlier classify(double value) {
    if (value > upper998) {
      return Outlier.HIGH_998;
    }
    if (value < lower998) {
      return Outlier.LOW_998;
    }
    if (value > upper95) {
      return Outlier.HIGH_95;
    }
    if (value < lower95) {
      return Outlier.LOW_95;
    }
    return Outlier.NONE;
  }
}
