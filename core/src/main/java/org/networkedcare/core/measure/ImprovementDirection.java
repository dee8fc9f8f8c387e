package org.networkedcare.core.measure;

import java.util.LinkedHashMap;
import java.util.Map;

/** Which way a measure improves. JSON: the {@link #id()} of the constant. */
public enum ImprovementDirection {
  /** Higher is better. */
  INCREASE("increase"),
  /** Lower is better. */
  DECREASE("decrease"),
  /** Neither direction is better in itself. */
  NEUTRAL("neutral");

  private final String id;

  ImprovementDirection(String id) {
    this.id = id;
  }

  /** {@return the stable JSON identifier} */
  public String id() {
    return id;
  }

  /** {@return the directions by JSON identifier, in order} */
  public static Map<String, ImprovementDirection> byId() {
    Map<String, ImprovementDirection> map = new LinkedHashMap<>();
    for (ImprovementDirection direction : values()) {
      map.put(direction.id, direction);
    }
    return map;
  }

  /** {@return the JSON identifier} */
  @Override
  public String toString() {
    return id;
  }
}
