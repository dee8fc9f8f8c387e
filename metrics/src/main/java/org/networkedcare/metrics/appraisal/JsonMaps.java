package org.networkedcare.metrics.appraisal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.networkedcare.core.json.JsonValue;

/** Reading JSON objects used as maps from names to values. */
final class JsonMaps {

  private JsonMaps() {}

  /**
   * Reads an object whose field names are keys; each value is read by {@code reader}. Entries with
   * problems are left out; their problems are recorded at {@code /name}.
   */
  static <T> Optional<Map<String, T>> map(JsonValue value, BiFunction<String, JsonValue, Optional<T>> reader) {
    List<String> names = new ArrayList<>();
    if (value.node().isObject()) {
      for (Iterator<String> i = value.node().fieldNames(); i.hasNext(); ) {
        names.add(i.next());
      }
    }
    return value.object(object -> {
      Map<String, T> map = new LinkedHashMap<>();
      for (String name : names) {
        object.optional(name, v -> reader.apply(name, v)).ifPresent(t -> map.put(name, t));
      }
      return Optional.of(map);
    });
  }
}
