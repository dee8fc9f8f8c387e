package org.networkedcare.metrics.funnel;

import java.util.LinkedHashMap;
import java.util.Map;

/** How the unadjusted control limits are computed (adjusted limits are always normal). */
public enum LimitMethod {
  /** Exact: Poisson in chi-square (gamma) form for ratios and rates, binomial for proportions. */
  EXACT("exact"),
  /** Normal approximation on the transformed scale, transformed back. */
  NORMAL("normal");

  private final String id;

  LimitMethod(String id) {
    this.id = id;
  }

  /** {@return the identifier used on the command line and in files} */
  public String id() {
    return id;
  }

  /** {@return the constants by identifier, in order} */
  public static Map<String, LimitMethod> byId() {
    Map<String, LimitMethod> map = new LinkedHashMap<>();
    for (LimitMethod c : values()) {
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
