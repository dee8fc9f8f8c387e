package org.networkedcare.governance.json;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** The JSON identifiers of an enum's constants, in declaration order. Stateless. */
final class Identifiers {

  private Identifiers() {}

  static <E extends Enum<E>> Map<String, E> of(E[] values, Function<E, String> id) {
    Map<String, E> map = new LinkedHashMap<>();
    for (E e : values) {
      map.put(id.apply(e), e);
    }
    return map;
  }
}
