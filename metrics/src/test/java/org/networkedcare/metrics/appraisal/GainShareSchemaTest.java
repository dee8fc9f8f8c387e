package org.networkedcare.metrics.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.metrics.json.AppraisalJson;

/**
 * The appraisal schema and the reader agree on a gain-share's two forms (flat terms, or a schedule
 * of periods): what one accepts the other accepts, and what one rejects the other rejects, checked
 * with a JSON Schema 2020-12 validator on whole documents.
 */
class GainShareSchemaTest {

  private static JsonSchema schema() throws IOException {
    try (InputStream in =
        GainShareSchemaTest.class.getResourceAsStream(
            "/org/networkedcare/metrics/appraisal/appraisal.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(Json.parse(in.readAllBytes()));
    }
  }

  private static Set<ValidationMessage> validate(String doc) throws IOException {
    JsonNode node = Json.parse(doc);
    return schema().validate(node);
  }

  private static String with(String gainShare) {
    return GainShareScheduleTest.doc("\"gainShares\": [" + gainShare + "]");
  }

  private static final String HEAD =
      """
      "id": "g", "option": "network", "lines": ["theatre-saving"], "holder": "district\"""";

  @Test
  void bothFormsAreValidForTheSchemaAndTheReader() throws IOException {
    for (String good :
        List.of(
            "{" + HEAD + ", \"shares\": {\"hub\": 0.5}}",
            "{"
                + HEAD
                + ", \"shares\": {\"hub\": 0.5}, \"threshold\": 100000, \"cap\": 250000,"
                + " \"floor\": -1000, \"firstYear\": 1, \"lastYear\": 2}",
            "{"
                + HEAD
                + ", \"schedule\": [{\"firstYear\": 1, \"lastYear\": 2, \"shares\": {\"hub\": 0.5},"
                + " \"threshold\": 100000, \"cap\": 250000}, {\"firstYear\": 3, \"shares\":"
                + " {\"hub\": 0.3, \"icb\": 0.1}}]}")) {
      String doc = with(good);
      assertEquals(Set.of(), validate(doc), good);
      AppraisalJson.parse(doc);
    }
  }

  @Test
  void badFormsAreRejectedByBoth() throws IOException {
    for (String bad :
        List.of(
            // flat terms beside a schedule
            "{"
                + HEAD
                + ", \"threshold\": 5, \"schedule\": [{\"shares\": {\"hub\": 0.5}}, {\"firstYear\":"
                + " 2, \"shares\": {\"hub\": 0.1}}]}",
            // neither
            "{" + HEAD + "}",
            // a schedule of one period
            "{" + HEAD + ", \"schedule\": [{\"shares\": {\"hub\": 0.5}}]}",
            // a period without shares, or with a field it does not have
            "{"
                + HEAD
                + ", \"schedule\": [{\"firstYear\": 1}, {\"firstYear\": 2, \"shares\": {\"hub\":"
                + " 0.1}}]}",
            "{"
                + HEAD
                + ", \"schedule\": [{\"shares\": {\"hub\": 0.5}, \"holder\": \"hub\"},"
                + " {\"firstYear\": 2, \"shares\": {\"hub\": 0.1}}]}",
            // a negative first year in a period
            "{"
                + HEAD
                + ", \"schedule\": [{\"firstYear\": -1, \"shares\": {\"hub\": 0.5}},"
                + " {\"firstYear\": 2, \"shares\": {\"hub\": 0.1}}]}")) {
      String doc = with(bad);
      assertTrue(!validate(doc).isEmpty(), "the schema accepts " + bad);
      assertThrows(ValidationException.class, () -> AppraisalJson.parse(doc), bad);
    }
  }
}
