package org.networkedcare.core.measure;

import java.util.LinkedHashMap;
import java.util.Map;

/** What kind of number a measure is. JSON: the {@link #id()} of the constant. */
public enum MeasureKind {
  /** A count of events, such as never events. */
  COUNT("count"),
  /** A proportion: a numerator out of a denominator, such as waits within 18 weeks. */
  PROPORTION("proportion"),
  /** A rate with a denominator, such as infections per 1,000 bed days. */
  RATE("rate"),
  /** A continuous value, such as a mean score or a length of stay. */
  CONTINUOUS("continuous");

  private final String id;

  MeasureKind(String id) {
    this.id = id;
  }

  /** {@return the stable JSON identifier} */
  public String id() {
    return id;
  }

  /** {@return the kinds by JSON identifier, in order} */
  public static Map<String, MeasureKind> byId() {
    Map<String, MeasureKind> map = new LinkedHashMap<>();
    for (MeasureKind kind : values()) {
      map.put(kind.id, kind);
    }
    return map;
  }

  /** {@return the JSON identifier} */
  @Override
  public String toString() {
    return id;
  }
}
