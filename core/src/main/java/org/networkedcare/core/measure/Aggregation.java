package org.networkedcare.core.measure;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the values of a continuous measure at several sites or organisations make one value for the
 * level above (site to organisation to network). Counts are always summed, and proportions and
 * rates always sum their numerators and denominators, so only a continuous measure names its
 * aggregation; a continuous measure without one is not aggregated. JSON: the {@link #id()}.
 */
public enum Aggregation {
  /** The sum of the values, such as a cost or a number of bed days given as a value. */
  SUM("sum"),
  /** The unweighted mean of the values, such as a mean score of each site. */
  MEAN("mean");

  private final String id;

  Aggregation(String id) {
    this.id = id;
  }

  /** {@return the stable JSON identifier} */
  public String id() {
    return id;
  }

  /** {@return the aggregations by JSON identifier, in order} */
  public static Map<String, Aggregation> byId() {
    Map<String, Aggregation> map = new LinkedHashMap<>();
    for (Aggregation a : values()) {
      map.put(a.id, a);
    }
    return map;
  }

  /** {@return the JSON identifier} */
  @Override
  public String toString() {
    return id;
  }
}
