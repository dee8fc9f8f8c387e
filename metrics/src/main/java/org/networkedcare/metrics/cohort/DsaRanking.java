package org.networkedcare.metrics.cohort;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What ranks the bars of the one-way sensitivity analysis: the swing of which incremental result.
 */
public enum DsaRanking {
  /**
   * The incremental net monetary benefit per person at the model's willingness to pay (the
   * default).
   */
  NMB("nmb"),
  /** The incremental cost-effectiveness ratio. */
  ICER("icer");

  private final String id;

  DsaRanking(String id) {
    this.id = id;
  }

  /** {@return the JSON name} */
  public String id() {
    return id;
  }

  /** {@return every ranking by its JSON name, in declaration order} */
  public static Map<String, DsaRanking> byId() {
    Map<String, DsaRanking> map = new LinkedHashMap<>();
    for (DsaRanking m : values()) {
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
