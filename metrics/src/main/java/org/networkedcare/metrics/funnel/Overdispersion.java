package org.networkedcare.metrics.funnel;

import java.util.LinkedHashMap;
import java.util.Map;

/** The over-dispersion adjustment asked for. */
public enum Overdispersion {
  /** No adjustment: limits from sampling variation only. */
  NONE("none"),
  /** The standard error scaled by sqrt(phi). */
  MULTIPLICATIVE("multiplicative"),
  /** The random-effects standard error sqrt(s^2 + tau2). */
  ADDITIVE("additive"),
  /** Additive when phi &gt; 1, else none (FunnelPlotR's rule). */
  AUTO("auto");

  private final String id;

  Overdispersion(String id) {
    this.id = id;
  }

  /** {@return the identifier used on the command line and in files} */
  public String id() {
    return id;
  }

  /** {@return the constants by identifier, in order} */
  public static Map<String, Overdispersion> byId() {
    Map<String, Overdispersion> map = new LinkedHashMap<>();
    for (Overdispersion c : values()) {
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
