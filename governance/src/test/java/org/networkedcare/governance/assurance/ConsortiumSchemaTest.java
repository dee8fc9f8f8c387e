package org.networkedcare.governance.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.json.OrganisationJson;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.metrics.json.PurchasingJson;
import org.networkedcare.metrics.purchasing.Consortium;

/**
 * The governance schema and the governance reader are one rule for a consortium's supplier, an
 * item's name and its opt-out surcharge: the supplier and the name may be left out (the name is
 * then the item's id), but when given are text that is not blank; the surcharge may be left out (0:
 * the supplier charges none) and is otherwise a number at least 0; quantities, tier minimums and
 * unit prices are numbers at least 0, decimals included. Each case is put to a JSON Schema 2020-12
 * validator and to the reader the governance document uses, which must agree.
 */
class ConsortiumSchemaTest {

  private static final String CONSORTIUM =
      """
      {"id": "wound-care", "supplier": "Dressings Ltd", "members": ["ZWA", "ZWB", "ZWC"],
       "items": [{"id": "foam", "name": "Foam dressings", "optOutSurchargePercent": 4,
                  "tiers": [{"minimum": 0, "unitPrice": 2.10}, {"minimum": 50000, "unitPrice": 1.80}],
                  "quantities": [{"member": "ZWA", "quantity": 30000}, {"member": "ZWB", "quantity": 15000},
                                 {"member": "ZWC", "quantity": 9000}]}]}""";

  /** The consortium definition of the governance schema, with the definitions it refers to. */
  private static JsonSchema schema() throws IOException {
    try (InputStream in =
        ConsortiumSchemaTest.class.getResourceAsStream(
            "/org/networkedcare/governance/schema/governance-document.schema.json")) {
      ObjectNode whole = (ObjectNode) Json.parse(in.readAllBytes());
      ObjectNode consortium = Json.object();
      consortium.put("$schema", "https://json-schema.org/draft/2020-12/schema");
      consortium.set("$defs", whole.get("$defs"));
      consortium.put("$ref", "#/$defs/consortium");
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(consortium);
    }
  }

  private static boolean readerAccepts(JsonNode node) {
    Problems problems = Problems.collector();
    boolean read =
        PurchasingJson.consortium(
                JsonValue.root(node, problems),
                m -> OrganisationJson.odsCode(m).map(OdsCode::value))
            .isPresent();
    return read && problems.isEmpty();
  }

  /** Each case: where the edit goes (the consortium, or its first item), the field, its value. */
  private record Case(String where, String field, JsonNode value, boolean valid) {}

  private static Case change(String where, String field, String json, boolean valid) {
    return new Case(where, field, json == null ? null : Json.parse(json), valid);
  }

  @Test
  void theSchemaAndTheReaderAcceptAndRejectTheSameSupplierNameAndSurcharge() throws IOException {
    JsonSchema schema = schema();
    List<Case> cases =
        List.of(
            change("consortium", "supplier", null, true),
            change("consortium", "supplier", "\"Lens Co\"", true),
            change("consortium", "supplier", "\" Lens Co \"", true),
            change("consortium", "supplier", "\"\\u00a0\"", true), // a no-break space is text
            change("consortium", "supplier", "\"\"", false),
            change("consortium", "supplier", "\"   \"", false),
            change("consortium", "supplier", "\"\\t\\n\"", false),
            change("consortium", "supplier", "\"\\u3000\"", false),
            change("consortium", "supplier", "5", false),
            change("consortium", "supplier", "[\"Lens Co\"]", false),
            change("item", "name", null, true),
            change("item", "name", "\"Foam\"", true),
            change("item", "name", "\"\"", false),
            change("item", "name", "\" \"", false),
            change("item", "name", "false", false),
            change("item", "optOutSurchargePercent", null, true),
            change("item", "optOutSurchargePercent", "0", true),
            change("item", "optOutSurchargePercent", "12.5", true),
            change("item", "optOutSurchargePercent", "-0.5", false),
            change("item", "optOutSurchargePercent", "\"5\"", false),
            // quantities and tiers as the reader reads them: decimals at least 0
            change("item", "quantities", "[{\"member\": \"ZWA\", \"quantity\": 2.5}]", true),
            change("item", "quantities", "[{\"member\": \"ZWA\", \"quantity\": -1}]", false),
            change("item", "tiers", "[{\"minimum\": 0, \"unitPrice\": 0}]", true),
            change(
                "item",
                "tiers",
                "[{\"minimum\": 0, \"unitPrice\": 2}, {\"minimum\": 0.5, \"unitPrice\": 1}]",
                true),
            change("item", "tiers", "[{\"minimum\": 0.5, \"unitPrice\": 1}]", false),
            change("item", "tiers", "[{\"minimum\": -1, \"unitPrice\": 1}]", false),
            change("item", "tiers", "[{\"minimum\": 0, \"unitPrice\": -0.01}]", false));
    for (Case c : cases) {
      ObjectNode doc = (ObjectNode) Json.parse(CONSORTIUM);
      ObjectNode target = c.where().equals("item") ? (ObjectNode) doc.path("items").get(0) : doc;
      if (c.value() == null) {
        target.remove(c.field());
      } else {
        target.set(c.field(), c.value());
      }
      String what = c.where() + " " + c.field() + " = " + c.value();
      boolean schemaAccepts = schema.validate(doc).isEmpty();
      assertEquals(
          Map.of("schema", c.valid(), "reader", c.valid()),
          Map.of("schema", schemaAccepts, "reader", readerAccepts(doc)),
          what + ": " + schema.validate(doc));
    }
  }

  @Test
  void anItemWithoutANameIsNamedByItsIdAndWithoutASurchargeHasNone() {
    ObjectNode doc = (ObjectNode) Json.parse(CONSORTIUM);
    ObjectNode item = (ObjectNode) doc.path("items").get(0);
    item.remove("name");
    item.remove("optOutSurchargePercent");
    doc.remove("supplier");
    Consortium c =
        PurchasingJson.consortium(
                JsonValue.root(doc, Problems.collector()),
                m -> OrganisationJson.odsCode(m).map(OdsCode::value))
            .orElseThrow();
    assertEquals("foam", c.items().get(0).name());
    assertEquals(0, c.items().get(0).schedule().optOutSurchargePercent().signum());
    assertEquals(java.util.Optional.empty(), c.supplier());
  }
}
