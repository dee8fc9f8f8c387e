package org.networkedcare.metrics.funnel;

import java.util.LinkedHashMap;
import java.util.Map;

/** An outlier's meaning, from the measure's improvement direction. */
public enum OutlierJudgement {
  /** Within the 95% limits: no outlier. */
  WITHIN("within"),
  /** Outside the limits on the side the measure improves towards. */
  FAVOURABLE("favourable"),
  /** Outside the limits on the side the measure worsens towards: a concern. */
  UNFAVOURABLE("unfavourable"),
  /** Outside the limits, but the measure has no improvement direction. */
  UNJUDGED("unjudged");

  private final String id;

  OutlierJudgement(String id) {
    this.id = id;
  }

  /** {@return the identifier used on the command line and in files} */
  public String id() {
    return id;
  }

  /** {@return the constants by identifier, in order} */
  public static Map<String, OutlierJudgement> byId() {
    Map<String, OutlierJudgement> map = new LinkedHashMap<>();
    for (OutlierJudgement c : values()) {
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
