package org.networkedcare.core.network;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where one aspect of the members' organisations sits under an organisational form (Dalton). JSON:
 * the {@link #id()} of the constant.
 */
public enum Pooling {
  /** It stays with each member. */
  STAYS("stays"),
  /** It is shared between the members. */
  SHARED("shared"),
  /** It is transferred to the lead. */
  TRANSFERRED("transferred");

  private final String id;

  Pooling(String id) {
    this.id = id;
  }

  /** {@return the stable JSON identifier} */
  public String id() {
    return id;
  }

  /** {@return the values by JSON identifier, in order} */
  public static Map<String, Pooling> byId() {
    Map<String, Pooling> map = new LinkedHashMap<>();
    for (Pooling pooling : values()) {
      map.put(pooling.id, pooling);
    }
    return map;
  }

  /** {@return the JSON identifier} */
  @Override
  public String toString() {
    return id;
  }
}
