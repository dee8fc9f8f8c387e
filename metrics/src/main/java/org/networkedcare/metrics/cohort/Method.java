package org.networkedcare.metrics.cohort;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which state membership counts the values of cycle t (heemod's {@code method}): the counts at the
 * beginning of the cycle, at its end, or their mean (the life-table half-cycle correction).
 */
public enum Method {
  /** The counts at the beginning of cycle t, x_(t-1). */
  BEGINNING("beginning"),
  /** The counts at the end of cycle t, x_t. */
  END("end"),
  /** The mean (x_(t-1) + x_t) / 2: the life-table half-cycle correction, and the default. */
  LIFE_TABLE("life-table");

  private final String id;

  Method(String id) {
    this.id = id;
  }

  /** {@return the JSON name, as heemod spells it} */
  public String id() {
    return id;
  }

  /** {@return every method by its JSON name, in declaration order} */
  public static Map<String, Method> byId() {
    Map<String, Method> map = new LinkedHashMap<>();
    for (Method m : values()) {
      map.put(m.id, m);
    }
    return map;
  }

  /** {@return the JSON name} */
  @Override
  public String toString() {
    return id;
  }
}
