package org.networkedcare.metrics.appraisal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Green Book's split of value: fiscal (public budgets; cash-releasing or not), economic,
 * social, and health (QALYs, discounted on the health schedule).
 */
public enum ValueType {
  /** Value to public budgets, in pounds; cash-releasing or not. */
  FISCAL("fiscal"),
  /** Wider economic value, in pounds. */
  ECONOMIC("economic"),
  /** Social value, such as patients' time and travel, in pounds. */
  SOCIAL("social"),
  /** Health effects in QALYs, valued per QALY and discounted on the health schedule. */
  HEALTH("health");

  private final String id;

  ValueType(String id) {
    this.id = id;
  }

  /** {@return the JSON name} */
  public String id() {
    return id;
  }

  /** {@return every value by its JSON name, in declaration order} */
  public static Map<String, ValueType> byId() {
    Map<String, ValueType> map = new LinkedHashMap<>();
    for (ValueType value : values()) {
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
