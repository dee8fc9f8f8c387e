package org.networkedcare.metrics.spc;

import java.util.Locale;
import org.networkedcare.core.measure.ImprovementDirection;

/** The variation icon of a facet, chosen from the point type of its latest point only. */
public enum VariationIcon {
  /** The latest point is common cause. */
  COMMON_CAUSE,
  /** The latest point is an improvement and high (direction increase). */
  IMPROVEMENT_HIGH,
  /** The latest point is an improvement and low (direction decrease). */
  IMPROVEMENT_LOW,
  /** The latest point is a concern and high (direction decrease). */
  CONCERN_HIGH,
  /** The latest point is a concern and low (direction increase). */
  CONCERN_LOW,
  /** The latest point is a high special cause (direction neutral). */
  NEUTRAL_HIGH,
  /** The latest point is a low special cause (direction neutral). */
  NEUTRAL_LOW;

  private final String code = name().toLowerCase(Locale.ROOT);

  /** {@return the lower-case code used in files, such as {@code improvement_high}} */
  public String code() {
    return code;
  }

  /**
   * {@return the icon for a facet whose latest point has this type}
   *
   * @param last the point type of the facet's latest point
   * @param improvement the improvement direction
   */
  static VariationIcon of(PointType last, ImprovementDirection improvement) {
    boolean increase = improvement == ImprovementDirection.INCREASE;
    return switch (last) {
      case COMMON_CAUSE -> COMMON_CAUSE;
      case SPECIAL_CAUSE_IMPROVEMENT -> increase ? IMPROVEMENT_HIGH : IMPROVEMENT_LOW;
      case SPECIAL_CAUSE_CONCERN -> increase ? CONCERN_LOW : CONCERN_HIGH;
      case SPECIAL_CAUSE_NEUTRAL_HIGH -> NEUTRAL_HIGH;
      case SPECIAL_CAUSE_NEUTRAL_LOW -> NEUTRAL_LOW;
    };
  }
}
