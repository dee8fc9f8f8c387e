package org.networkedcare.examples.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.Money;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.metrics.appraisal.Appraisal;
import org.networkedcare.metrics.appraisal.AppraisalResult;
import org.networkedcare.metrics.appraisal.BenefitCalculator;
import org.networkedcare.metrics.json.AppraisalJson;
import org.networkedcare.metrics.uncertainty.Distribution;

/**
 * The worked hub-and-host example: it reads, evaluates, its totals add up, and every field it and
 * its result use is one the JSON schemas document. (The schemas themselves were checked with a JSON
 * Schema 2020-12 validator against this example and its result; see docs/appraisal.md.)
 */
class HubAndHostExampleTest {

  private static byte[] resource(String path) throws IOException {
    try (InputStream in = HubAndHostExampleTest.class.getResourceAsStream(path)) {
      return in.readAllBytes();
    }
  }

  private static Set<String> names(JsonNode object) {
    Set<String> names = new HashSet<>();
    for (Iterator<String> i = object.fieldNames(); i.hasNext(); ) {
      names.add(i.next());
    }
    return names;
  }

  @Test
  void theExampleEvaluatesAndAddsUp() throws IOException {
    Appraisal appraisal =
        AppraisalJson.parse(resource("/org/networkedcare/examples/appraisal/hub-and-host.json"));
    AppraisalResult result = new BenefitCalculator().evaluate(appraisal);
    AppraisalResult.OptionResult hub = result.option("hub-and-host");
    Money byOrganisation =
        hub.byOrganisation().values().stream()
            .map(AppraisalResult.PresentValues::npsv)
            .reduce(Money.zero(), Money::plus);
    assertEquals(hub.npsv(), byOrganisation);
    assertTrue(hub.npsv().isPositive());
    assertTrue(result.warnings().stream().anyMatch(w -> w.code().equals("baseline.after-change")));
    assertEquals(1, result.realised().size());
  }

  @Test
  void everyFieldIsInTheSchemas() throws IOException {
    JsonNode input =
        Json.parse(resource("/org/networkedcare/metrics/appraisal/appraisal.schema.json"));
    JsonNode output =
        Json.parse(resource("/org/networkedcare/metrics/appraisal/appraisal-result.schema.json"));
    JsonNode example =
        Json.parse(resource("/org/networkedcare/examples/appraisal/hub-and-host.json"));
    Appraisal appraisal =
        AppraisalJson.parse(resource("/org/networkedcare/examples/appraisal/hub-and-host.json"));
    JsonNode written = Json.parse(AppraisalJson.write(appraisal));
    Set<String> top = names(input.get("properties"));
    assertTrue(top.containsAll(names(example)), names(example).toString());
    assertTrue(top.containsAll(names(written)), names(written).toString());
    Set<String> line = names(input.get("$defs").get("line").get("properties"));
    for (JsonNode option : written.get("options")) {
      for (JsonNode l : option.get("lines")) {
        assertTrue(line.containsAll(names(l)), names(l).toString());
      }
    }
    JsonNode result = Json.parse(AppraisalJson.write(new BenefitCalculator().evaluate(appraisal)));
    assertTrue(
        names(output.get("properties")).containsAll(names(result)), names(result).toString());
    Set<String> option = names(output.get("$defs").get("optionResult").get("properties"));
    assertTrue(option.containsAll(names(result.get("options").get(0))));
  }

  @Test
  void aProbabilityParameterNeedsADistributionThatStaysWithinZeroAndOne() throws IOException {
    // host-b-failure-probability is a line's probability: a normal around 0.3 can draw below 0 or
    // above 1, so it is refused where used; its beta in the shipped example is accepted.
    String json =
        new String(
            resource("/org/networkedcare/examples/appraisal/hub-and-host.json"),
            StandardCharsets.UTF_8);
    String normal =
        json.replace(
            "\"distribution\": {\"type\": \"beta\", \"mean\": 0.3, \"sd\": 0.1}",
            "\"distribution\": {\"type\": \"normal\", \"mean\": 0.3, \"sd\": 0.1}");
    assertNotEquals(json, normal);
    ValidationException e =
        assertThrows(ValidationException.class, () -> AppraisalJson.parse(normal));
    assertTrue(
        e.problems().stream()
            .anyMatch(
                q -> q.code().equals("distribution.support") && q.path().endsWith("/probability")),
        e::getMessage);
    assertTrue(new Distribution.Uniform(0.1, 0.5).drawsWithin(0, 1));
    assertFalse(new Distribution.Gamma(2, 0.1).drawsWithin(0, 1));
  }
}
