package org.networkedcare.governance.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.governance.json.GovernanceReferenceJson;

class GovernanceReferenceTest {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void everyPartIsVersionedData() {
    GovernanceReference r = GovernanceReferenceJson.defaults();
    for (String id :
        List.of(
            "responsibility-areas",
            "severities",
            "red-line-consequences",
            "psirf-responses",
            "board-questions",
            "opel-levels",
            "oversight-segments",
            "risk-matrix",
            "dispute-routes",
            "baseline-policy",
            "finding-severities",
            "calendar",
            "ods-frames",
            "network-types",
            "network-roles")) {
      assertTrue(r.versions().containsKey(id), id);
    }
    assertEquals(List.of("critical", "high", "medium", "low", "info"), r.severities().ids());
    assertEquals(
        List.of(
            "quality",
            "experience",
            "governance",
            "standardisation",
            "range",
            "strategy",
            "resilience"),
        r.boardQuestions().ids());
    assertEquals(12, r.baselinePolicy().minimumPoints());
    assertEquals("high", r.riskMatrix().band(12).id());
    assertEquals(3, r.riskMatrix().band(4).reviewMonths());
  }

  @Test
  void aPartCanBeReplaced() {
    GovernanceReference r =
        GovernanceReferenceJson.withFile(
            GovernanceReferenceJson.defaults(),
            utf8(
                "{\"id\": \"risk-matrix\", \"version\": \"local-1\", \"bands\": ["
                    + "{\"id\": \"green\", \"name\": \"green\", \"min\": 1, \"max\": 9, \"reviewMonths\": 6},"
                    + "{\"id\": \"red\", \"name\": \"red\", \"min\": 10, \"max\": 25, \"reviewMonths\": 1}]}"));
    assertEquals("red", r.riskMatrix().band(12).id());
    assertEquals("local-1", r.versions().get("risk-matrix"));
  }

  @Test
  void aMatrixCoversEveryProductOnce() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                GovernanceReferenceJson.withFile(
                    GovernanceReferenceJson.defaults(),
                    utf8(
                        "{\"id\": \"risk-matrix\", \"version\": \"x\", \"bands\": [{\"id\": \"a\", \"name\": \"a\", \"min\": 1, \"max\": 10, \"reviewMonths\": 1}]}")));
    assertEquals("risk-matrix.coverage", e.problems().get(0).code());
    assertEquals("/bands", e.problems().get(0).path());
  }

  @Test
  void aBaselinePolicyNeverAsksForFewerThanTwelvePoints() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                GovernanceReferenceJson.withFile(
                    GovernanceReferenceJson.defaults(),
                    utf8(
                        "{\"id\": \"baseline-policy\", \"version\": \"x\", \"minimumPoints\": 6}")));
    assertEquals("baseline-policy.minimum", e.problems().get(0).code());
  }

  @Test
  void disputeRoutesFollowTheLegalCharacter() {
    DisputeRoutes routes = GovernanceReferenceJson.defaults().disputeRoutes();
    assertEquals(
        List.of("negotiation", "mediation", "secretary-of-state"),
        routes.route("nhs-contract").orElseThrow().stages().stream()
            .map(DisputeRoutes.Stage::id)
            .toList());
    assertEquals(
        List.of("negotiation", "mediation", "expert-determination"),
        routes.route("contract").orElseThrow().stages().stream()
            .map(DisputeRoutes.Stage::id)
            .toList());
    assertEquals(2, routes.route("memorandum").orElseThrow().stages().size());
  }
}
