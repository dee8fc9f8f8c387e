package org.networkedcare.governance.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.json.Json;
import org.networkedcare.governance.json.AssuranceJson;
import org.networkedcare.governance.json.GovernanceReferenceJson;

/**
 * The JSON Schemas shipped in {@code schema/} name the fields the reader and writer use. (Full
 * validation of the examples against the schemas was run with Python's jsonschema while writing
 * them; this test keeps the field lists in step without a schema library.)
 */
class SchemaTest {

  private static JsonNode schema(String name) throws IOException {
    try (InputStream in =
        SchemaTest.class.getResourceAsStream("/org/networkedcare/governance/schema/" + name)) {
      return Json.parse(in.readAllBytes());
    }
  }

  private static Set<String> names(JsonNode object) {
    Set<String> names = new TreeSet<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void theDocumentSchemaNamesEveryTopLevelField() throws IOException {
    JsonNode schema = schema("governance-document.schema.json");
    assertEquals(1, schema.get("properties").get("schemaVersion").get("const").asInt());
    assertTrue(names(schema.get("properties")).containsAll(names(Json.parse(EasternEye.bytes()))));
  }

  @Test
  void theResultSchemaNamesEveryFieldOfTheResult() throws IOException {
    JsonNode schema = schema("assessment.schema.json");
    JsonNode result =
        AssuranceJson.tree(
            DecisionEngine.evaluate(
                EasternEye.document(),
                GovernanceReferenceJson.defaults(),
                LocalDate.of(2024, 9, 20)));
    assertEquals(names(schema.get("properties")), names(result));
    Set<String> findingFields = names(schema.get("$defs").get("finding").get("properties"));
    List<String> codes = new ArrayList<>();
    schema
        .get("$defs")
        .get("finding")
        .get("properties")
        .get("code")
        .get("enum")
        .forEach(c -> codes.add(c.asText()));
    for (JsonNode f : result.get("findings")) {
      assertTrue(findingFields.containsAll(names(f)), f.toString());
      assertTrue(codes.contains(f.get("code").asText()));
    }
    assertEquals(
        new TreeSet<>(GovernanceReferenceJson.defaults().findingSeverities().severities().keySet()),
        new TreeSet<>(codes));
  }
}
