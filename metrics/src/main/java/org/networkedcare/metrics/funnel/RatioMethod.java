package org.networkedcare.metrics.funnel;

import java.util.LinkedHashMap;
import java.util.Map;

/** How a standardised ratio ({@link IndicatorType#RATIO}) is put on a normal scale and trimmed. */
public enum RatioMethod {
  /** NHS Digital's SHMI method: log scale, s = 1/sqrt(E), truncation of the extreme z-scores. */
  SHMI("shmi"),
  /** CQC's method: square-root scale, s = 1/(2 sqrt(E)), winsorisation of the z-scores. */
  CQC("cqc");

  private final String id;

  RatioMethod(String id) {
    this.id = id;
  }

  /** {@return the identifier used on the command line and in files} */
  public String id() {
    return id;
  }

  /** {@return the constants by identifier, in order} */
  public static Map<String, RatioMethod> byId() {
    Map<String, RatioMethod> map = new LinkedHashMap<>();
    for (RatioMethod c : values()) {
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
