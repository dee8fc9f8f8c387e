package org.networkedcare.metrics.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.networkedcare.core.json.JsonDecoder;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;

/**
 * Reading a document's lists so that problems found after reading are reported where the document
 * has them.
 */
final class IndexedLists {

  private IndexedLists() {}

  /** A list read from JSON with the original index of each element that could be read. */
  record Indexed<T>(List<T> values, List<Integer> indices) {}

  /**
   * Reads an optional array field, remembering the JSON index of every element read, so that
   * problems found later, at positions in the list of values, can be reported at the element's
   * position in the document.
   */
  static <T> Indexed<T> indexedList(JsonObject object, String name, JsonDecoder<T> element) {
    List<T> values = new ArrayList<>();
    List<Integer> indices = new ArrayList<>();
    object.optional(
        name,
        v -> {
          if (!v.node().isArray()) {
            v.problems().add("type", "an array is required");
            return Optional.empty();
          }
          for (int i = 0; i < v.node().size(); i++) {
            int index = i;
            element
                .decode(JsonValue.root(v.node().get(i), v.problems().at(i)))
                .ifPresent(
                    t -> {
                      values.add(t);
                      indices.add(index);
                    });
          }
          return Optional.of(true);
        });
    return new Indexed<>(values, indices);
  }

  /**
   * Moves a path from positions in lists of values read to positions in the document: {@code
   * /list/i/...} becomes {@code /list/indices[i]/...} for each top-level list given, and for
   * options also {@code /options/i/lines/j}.
   */
  static String remap(
      String path, Map<String, List<Integer>> lists, List<List<Integer>> lineIndices) {
    String[] tokens = path.split("/", -1);
    if (tokens.length >= 3 && lists.containsKey(tokens[1]) && tokens[2].matches("[0-9]+")) {
      int i = Integer.parseInt(tokens[2]);
      List<Integer> indices = lists.get(tokens[1]);
      if (i < indices.size()) {
        tokens[2] = Integer.toString(indices.get(i));
        if (tokens[1].equals("options")
            && tokens.length >= 5
            && tokens[3].equals("lines")
            && tokens[4].matches("[0-9]+")
            && i < lineIndices.size()) {
          int j = Integer.parseInt(tokens[4]);
          List<Integer> lines = lineIndices.get(i);
          if (j < lines.size()) {
            tokens[4] = Integer.toString(lines.get(j));
          }
        }
      }
    }
    return String.join("/", tokens);
  }
}
