package org.networkedcare.governance.assurance;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Assertions;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.governance.json.AssuranceJson;
import org.networkedcare.governance.json.GovernanceReferenceJson;

/** Edits of the worked example's JSON, for tests of bad input. */
final class Documents {

  private Documents() {}

  static ObjectNode tree() {
    return (ObjectNode) Json.parse(EasternEye.bytes());
  }

  static byte[] bytes(ObjectNode tree) {
    return Json.write(tree).getBytes(StandardCharsets.UTF_8);
  }

  static GovernanceDocument read(ObjectNode tree) {
    return AssuranceJson.parse(bytes(tree), GovernanceReferenceJson.defaults());
  }

  static GovernanceDocument edited(Consumer<ObjectNode> edit) {
    ObjectNode tree = tree();
    edit.accept(tree);
    return read(tree);
  }

  static ObjectNode agreement(ObjectNode tree, int i) {
    return (ObjectNode) tree.get("agreements").get(i);
  }

  static ArrayNode array(ObjectNode node, String field) {
    return (ArrayNode) node.get(field);
  }

  /** The problems of an edited document; fails when it reads. */
  static List<Problem> problems(Consumer<ObjectNode> edit) {
    ObjectNode tree = tree();
    edit.accept(tree);
    ValidationException e = Assertions.assertThrows(ValidationException.class, () -> read(tree));
    return e.problems();
  }

  static void assertHas(List<Problem> problems, String path, String code) {
    Assertions.assertTrue(
        problems.stream().anyMatch(p -> p.path().equals(path) && p.code().equals(code)),
        () ->
            "expected "
                + code
                + " at "
                + path
                + " in:\n"
                + problems.stream().map(Problem::toString).reduce("", (a, b) -> a + b + "\n"));
  }
}
