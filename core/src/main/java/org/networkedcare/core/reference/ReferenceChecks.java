package org.networkedcare.core.reference;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.networkedcare.core.validation.Checks;
import org.networkedcare.core.validation.Problems;

/** Checks shared by the reference data files. */
final class ReferenceChecks {

  private ReferenceChecks() {}

  static void header(Problems problems, String id, String version) {
    Checks.id(problems.at("id"), id);
    Checks.name(problems.at("version"), version);
  }

  /** Reports each element whose key an earlier element already had, at {@code /i/field}. */
  static <T> void distinct(
      Problems problems, List<T> elements, Function<T, String> key, String field) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < elements.size(); i++) {
      T element = elements.get(i);
      if (element == null) {
        problems.at(i).required(null);
        continue;
      }
      String k = key.apply(element);
      Integer first = seen.putIfAbsent(k, i);
      if (first != null) {
        problems
            .at(i)
            .at(field)
            .add("id.duplicate", "'" + k + "' is already used by element " + first);
      }
    }
  }
}
