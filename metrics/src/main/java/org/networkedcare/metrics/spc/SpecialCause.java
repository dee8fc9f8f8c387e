package org.networkedcare.metrics.spc;

import java.util.Locale;

/**
 * The special-cause rule that marked a point, in order of precedence: a point marked by several
 * rules carries the first. The package's label is given for each.
 */
public enum SpecialCause {
  /** Above the upper process limit (R1; "Above UCL"). */
  OUTSIDE_ABOVE(1),
  /** Below the lower process limit (R1; "Below LCL"). */
  OUTSIDE_BELOW(-1),
  /** Part of seven points each higher than the last (R2; "7 Point Trend (Increasing)"). */
  TREND_INCREASING(1),
  /**
   * Part of seven points each lower than the last (R2; "7 Point Trend (Decreasing)"); also the
   * label of a trend point whose direction step is zero (the package's quirk, kept).
   */
  TREND_DECREASING(-1),
  /** Close to the upper limit in a window of three with two such points above the mean (R3). */
  TWO_OF_THREE_ABOVE(1),
  /** Close to the lower limit in a window of three with two such points below the mean (R3). */
  TWO_OF_THREE_BELOW(-1),
  /** Part of a run of seven or more points above the centre line (R4; "7 Points Above CL"). */
  RUN_ABOVE(1),
  /** Part of a run of seven or more points below the centre line (R4; "7 Points Below CL"). */
  RUN_BELOW(-1);

  private final String code = name().toLowerCase(Locale.ROOT);

  private final int side;

  SpecialCause(int side) {
    this.side = side;
  }

  /** {@return +1 for a high signal (above, increasing), -1 for a low one} */
  public int side() {
    return side;
  }

  /** {@return the lower-case code used in files, such as {@code outside_above}} */
  public String code() {
    return code;
  }
}
