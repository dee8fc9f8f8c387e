package org.networkedcare.metrics.appraisal;

import java.util.LinkedHashMap;
import java.util.Map;

/** Whether a line is a cost or a benefit. */
public enum LineType {
  /** A cost: money an organisation spends (or, in the counterfactual, would spend). */
  COST("cost"),
  /** A benefit: money, or QALYs, an organisation or person gains. */
  BENEFIT("benefit");

  private final String id;

  LineType(String id) {
    this.id = id;
  }

  /** {@return the JSON name} */
  public String id() {
    return id;
  }

  /** {@return every value by its JSON name, in declaration order} */
  public static Map<String, LineType> byId() {
    Map<String, LineType> map = new LinkedHashMap<>();
    for (LineType value : values()) {
      map.put(value.id, value);
    }
    return map;
  }

  /** {@return the JSON name} */
  @Override
  public String toString() {
    return id;
  }
}
