package org.networkedcare.metrics.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.validation.Outcome;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.metrics.json.AppraisalJson;

/** Bad input: every problem at once, each with its JSON path and code. */
class BadInputTest {

  private static List<Problem> problems(String json) {
    return assertThrows(ValidationException.class, () -> AppraisalJson.evaluate(json)).problems();
  }

  private static Set<String> pathsAndCodes(List<Problem> problems) {
    return problems.stream().map(p -> p.path() + " " + p.code()).collect(Collectors.toSet());
  }

  @Test
  void everyProblemAtOnceWithItsPath() {
    String json =
        """
        {"schemaVersion": 1, "title": "bad", "yearZero": "2025/26", "horizonYears": -3,
         "parties": [{"id": "host", "name": "Host"}],
         "parameters": {"p": {"value": 1.5}},
         "options": [
           {"id": "bau", "name": "BAU", "counterfactual": true, "lines": []},
           {"id": "net", "name": "Net", "lines": [
             {"id": "a", "type": "cost", "organisation": "nobody", "category": "other", "valueType": "fiscal",
              "dataQuality": 1, "amount": 5, "firstYear": 2, "lastYear": 40},
             {"id": "b", "type": "cost", "organisation": "host", "category": "other", "valueType": "fiscal",
              "dataQuality": 1, "amount": 5, "probability": 1.2},
             {"id": "c", "type": "cost", "organisation": "host", "category": "other", "valueType": "fiscal",
              "dataQuality": 1, "amount": 5, "probability": "p"},
             {"id": "d", "type": "cost", "organisation": "host", "category": "other", "valueType": "fiscal",
              "dataQuality": 1, "amount": 5, "prices": "2020/21"}]}]}
        """;
    Set<String> found = pathsAndCodes(problems(json));
    assertEquals(
        Set.of(
            "/horizonYears range",
            "/options/1/lines/0/organisation unknown-reference",
            "/options/1/lines/1/probability range",
            "/options/1/lines/2/probability range",
            "/options/1/lines/3/prices price.no-deflator"),
        found.stream()
            .filter(s -> !s.contains("outside-horizon") && !s.contains("line.years"))
            .collect(Collectors.toSet()));
  }

  /**
   * The value-returning entry point reports the same problems as the throwing one, in the same
   * order.
   */
  @Test
  void outcomeCarriesTheSameProblemsAsTheException() {
    String json =
        """
        {"schemaVersion": 1, "title": "bad", "yearZero": "2025/26", "horizonYears": -3, "unknown": 1}
        """;
    Outcome<String> outcome = AppraisalJson.evaluateOutcome(json);
    assertTrue(!outcome.succeeded() && outcome.value().isEmpty());
    assertEquals(problems(json), outcome.problems());
    assertEquals(
        problems(json), assertThrows(ValidationException.class, outcome::orElseThrow).problems());
    Outcome<byte[]> bytes =
        AppraisalJson.evaluateOutcome(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(problems(json), bytes.problems());
  }

  @Test
  void lineOutsideTheHorizon() {
    String line =
        """
        {"id": "a", "type": "cost", "organisation": "host", "category": "other", "valueType": "fiscal",
         "dataQuality": 1, "amount": 5, "firstYear": 2, "lastYear": 12}""";
    String profile =
        """
        {"id": "b", "type": "cost", "organisation": "host", "category": "other", "valueType": "fiscal",
         "dataQuality": 1, "profile": [1, 2, 3], "firstYear": 9}""";
    assertEquals(
        Set.of(
            "/options/1/lines/0/lastYear line.outside-horizon",
            "/options/1/lines/1/profile line.outside-horizon"),
        pathsAndCodes(problems(Docs.appraisal(10, "", "", line + "," + profile))));
  }

  @Test
  void structuralProblemsNameTheirFields() {
    String json =
        """
        {"schemaVersion": 2, "title": "", "yearZero": "2025/27", "horizonYears": 1.5, "colour": "red",
         "options": [{"id": "x", "name": "X", "counterfactual": "yes", "lines": [
           {"id": "a", "type": "expense", "organisation": "host", "category": "other", "valueType": "fiscal",
            "dataQuality": 1, "amount": "1e3x"}]}]}""";
    Set<String> found = pathsAndCodes(problems(json));
    assertTrue(
        found.containsAll(
            Set.of(
                "/schemaVersion schema-version",
                "/title blank",
                "/yearZero financial-year.next-year",
                "/horizonYears type",
                "/colour unknown-field",
                "/options/0/counterfactual type",
                "/options/0/lines/0/type unknown-value")),
        found.toString());
  }

  @Test
  void deadweightIsNeverAppliedTwice() {
    String extra =
        """
        "measures": [{"id": "m", "name": "M", "unit": "proportion", "kind": "proportion", "direction": "decrease"}],
        "baselines": [{"id": "b", "measure": "m", "scope": {"organisation": "host"},
                       "period": {"from": "2024-04-01", "to": "2025-04-01"}, "value": 0.12, "count": 100,
                       "source": "s", "capturedOn": "2025-05-01", "dataQuality": 1}]""";
    String line =
        """
        {"id": "d", "type": "benefit", "organisation": "host", "category": "quality", "valueType": "fiscal",
         "dataQuality": 1, "additionality": {"deadweight": 0.2},
         "derivation": {"baseline": "b", "option": {"constant": 0.1}, "counterfactual": "unchanged", "unitValue": 1}}""";
    assertEquals(
        Set.of("/options/1/lines/0/additionality/deadweight additionality.deadweight-twice"),
        pathsAndCodes(problems(Docs.appraisal(3, extra, "", line))));
  }

  @Test
  void countersAndReferences() {
    String json =
        """
        {"schemaVersion": 1, "title": "t", "yearZero": "2025/26", "horizonYears": 3,
         "parties": [{"id": "host", "name": "Host"}], "discounting": {"cash": "weekly"},
         "scenarios": [{"name": "s", "parameters": {"ghost": 1}}],
         "options": [{"id": "a", "name": "A", "lines": [
            {"id": "x", "type": "benefit", "organisation": "host", "category": "other", "valueType": "fiscal",
             "dataQuality": 7, "amount": "ghost", "baseline": "nowhere"}]}]}""";
    assertEquals(
        Set.of(
            "/discounting/cash unknown-reference",
            "/options appraisal.counterfactual",
            "/options/0/lines/0/dataQuality range",
            "/scenarios/0/parameters/ghost unknown-reference"),
        pathsAndCodes(problems(json)));
  }

  @Test
  void malformedJsonIsOneProblem() {
    List<Problem> list = problems("{\"schemaVersion\": 1,");
    assertEquals(1, list.size());
    assertEquals("json.syntax", list.get(0).code());
  }
}
