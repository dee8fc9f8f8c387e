package org.networkedcare.metrics.spc;

import java.util.Locale;
import org.networkedcare.core.measure.ImprovementDirection;

/** The verdict on one point, after the improvement direction is applied to its special cause. */
public enum PointType {
  /** No special-cause rule marked the point (also every point with a missing value). */
  COMMON_CAUSE,
  /** A special cause in the improving direction. */
  SPECIAL_CAUSE_IMPROVEMENT,
  /** A special cause in the worsening direction. */
  SPECIAL_CAUSE_CONCERN,
  /** A high special cause when the direction is neutral. */
  SPECIAL_CAUSE_NEUTRAL_HIGH,
  /** A low special cause when the direction is neutral. */
  SPECIAL_CAUSE_NEUTRAL_LOW;

  private final String code = name().toLowerCase(Locale.ROOT);

  /** {@return the lower-case code used in files, such as {@code special_cause_concern}} */
  public String code() {
    return code;
  }

  /**
   * {@return the point type of a special cause of one side under a direction}
   *
   * @param side +1 high, -1 low, 0 no special cause
   * @param improvement the improvement direction
   */
  static PointType of(int side, ImprovementDirection improvement) {
    if (side == 0) {
      return COMMON_CAUSE;
    }
    return switch (improvement) {
      case INCREASE -> side > 0 ? SPECIAL_CAUSE_IMPROVEMENT : SPECIAL_CAUSE_CONCERN;
      case DECREASE -> side > 0 ? SPECIAL_CAUSE_CONCERN : SPECIAL_CAUSE_IMPROVEMENT;
      case NEUTRAL -> side > 0 ? SPECIAL_CAUSE_NEUTRAL_HIGH : SPECIAL_CAUSE_NEUTRAL_LOW;
    };
  }
}
