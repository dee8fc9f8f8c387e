package org.networkedcare.core.network;

import java.util.LinkedHashMap;
import java.util.Map;

/** The area a network covers. JSON: the {@link #id()} of the constant. */
public enum Footprint {
  /** An integrated care system. */
  ICS("ics"),
  /** An NHS region. */
  REGION("region"),
  /** England. */
  NATIONAL("national");

  private final String id;

  Footprint(String id) {
    this.id = id;
  }

  /** {@return the stable JSON identifier} */
  public String id() {
    return id;
  }

  /** {@return the footprints by JSON identifier, in order} */
  public static Map<String, Footprint> byId() {
    Map<String, Footprint> map = new LinkedHashMap<>();
    for (Footprint footprint : values()) {
      map.put(footprint.id, footprint);
    }
    return map;
  }

  /** {@return the JSON identifier} */
  @Override
  public String toString() {
    return id;
  }
}
