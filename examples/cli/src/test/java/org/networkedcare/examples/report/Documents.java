package org.networkedcare.examples.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import org.networkedcare.core.json.Json;

/** Edited copies of the shipped evaluation documents and their parts, for tests. */
final class Documents {

  private Documents() {}

  static byte[] resource(String name) {
    try (InputStream in = Documents.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A shipped evaluation document with its JSON edited, its parts read beside it, some replaced.
   */
  static EvaluationDocument edited(
      String resource, Consumer<ObjectNode> edit, Map<String, byte[]> replaced) {
    ObjectNode tree = (ObjectNode) Json.parse(resource(resource));
    edit.accept(tree);
    String dir = resource.substring(0, resource.lastIndexOf('/') + 1);
    return EvaluationDocuments.parse(
        Json.write(tree).getBytes(StandardCharsets.UTF_8),
        (name, limit) -> replaced.containsKey(name) ? replaced.get(name) : resource(dir + name));
  }

  static EvaluationDocument edited(String resource, Consumer<ObjectNode> edit) {
    return edited(resource, edit, Map.of());
  }
}
