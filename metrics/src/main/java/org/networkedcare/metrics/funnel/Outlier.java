package org.networkedcare.metrics.funnel;

import java.util.LinkedHashMap;
import java.util.Map;
import org.networkedcare.core.measure.ImprovementDirection;

/** The outermost control limit a site's value is strictly beyond, if any. */
public enum Outlier {
  /** Within the 95% limits (a value on a limit is within). */
  NONE(""),
  /** Below the lower 95% limit, not below the lower 99.8% limit. */
  LOW_95("low_95"),
  /** Above the upper 95% limit, not above the upper 99.8% limit. */
  HIGH_95("high_95"),
  /** Below the lower 99.8% limit. */
  LOW_998("low_998"),
  /** Above the upper 99.8% limit. */
  HIGH_998("high_998");

  private final String id;

  Outlier(String id) {
    this.id = id;
  }

  /** {@return the identifier used on the command line and in files} */
  public String id() {
    return id;
  }

  /** {@return whether the value is below a lower limit} */
  public boolean low() {
    return this == LOW_95 || this == LOW_998;
  }

  /** {@return whether the value is above an upper limit} */
  public boolean high() {
    return this == HIGH_95 || this == HIGH_998;
  }

  /**
   * {@return what this outlier means for a measure that improves in the given direction}
   *
   * @param direction which way the measure improves
   */
  public OutlierJudgement judge(ImprovementDirection direction) {
    if (this == NONE) {
      return OutlierJudgement.WITHIN;
    }
    return switch (direction) {
      case INCREASE -> high() ? OutlierJudgement.FAVOURABLE : OutlierJudgement.UNFAVOURABLE;
      case DECREASE -> low() ? OutlierJudgement.FAVOURABLE : OutlierJudgement.UNFAVOURABLE;
      case NEUTRAL -> OutlierJudgement.UNJUDGED;
    };
  }

  /** {@return the constants by identifier, in order} */
  public static Map<String, Outlier> byId() {
    Map<String, Outlier> map = new LinkedHashMap<>();
    for (Outlier c : values()) {
      map.put(c.id, c);
    }
    return map;
  }

  /** {@return the identifier} */
  @Override
  public String toString() {
    return id;
  }
}
