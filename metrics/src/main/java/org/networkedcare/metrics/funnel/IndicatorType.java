package org.networkedcare.metrics.funnel;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a site's numerator and denominator are, which fixes the transformation and the target. */
public enum IndicatorType {
  /** Events over cases, events at most cases; arcsine square-root scale; target pooled. */
  PROPORTION("proportion"),
  /** Indirectly standardised ratio, observed over expected (SMR, SHMI); target 1. */
  RATIO("ratio"),
  /** A ratio of two counts (this year over last year); log scale; target pooled. */
  COUNT_RATIO("count-ratio"),
  /** Events over exposure (person-time); square-root (Poisson) scale; target pooled. */
  RATE("rate");

  private final String id;

  IndicatorType(String id) {
    this.id = id;
  }

  /** {@return the identifier used on the command line} */
  public String id() {
    return id;
  }

  /** {@return the types by identifier, in order} */
  public static Map<String, IndicatorType> byId() {
    Map<String, IndicatorType> map = new LinkedHashMap<>();
    for (IndicatorType t : values()) {
      map.put(t.id, t);
    }
    return map;
  }

  /** {@return the identifier} */
  @Override
  public String toString() {
    return id;
  }
}
