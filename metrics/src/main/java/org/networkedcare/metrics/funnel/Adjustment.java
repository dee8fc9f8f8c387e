package org.networkedcare.metrics.funnel;

import java.util.LinkedHashMap;
import java.util.Map;

/** The over-dispersion adjustment applied. */
public enum Adjustment {
  /** No adjustment was applied. */
  NONE("none"),
  /** The standard error was scaled by sqrt(phi). */
  MULTIPLICATIVE("multiplicative"),
  /** tau2 was added to the variance. */
  ADDITIVE("additive");

  private final String id;

  Adjustment(String id) {
    this.id = id;
  }

  /** {@return the identifier used on the command line and in files} */
  public String id() {
    return id;
  }

  /** {@return the constants by identifier, in order} */
  public static Map<String, Adjustment> byId() {
    Map<String, Adjustment> map = new LinkedHashMap<>();
    for (Adjustment c : values()) {
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
