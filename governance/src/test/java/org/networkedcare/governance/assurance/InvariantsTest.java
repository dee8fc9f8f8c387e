package org.networkedcare.governance.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.networkedcare.governance.assurance.Documents.agreement;
import static org.networkedcare.governance.assurance.Documents.array;
import static org.networkedcare.governance.assurance.Documents.assertHas;
import static org.networkedcare.governance.assurance.Documents.problems;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.governance.json.GovernanceReferenceJson;

/**
 * Every rule of sections 3 to 7 that the spec gives a code, each reported at its path, all at once.
 */
class InvariantsTest {

  private static ObjectNode trigger(ObjectNode tree, int agreement, String list, int i) {
    return (ObjectNode) agreement(tree, agreement).get(list).get(i);
  }

  @Test
  void everyProblemOfOneDocumentIsReportedAtOnceWithItsPath() {
    List<Problem> problems =
        problems(
            tree -> {
              ObjectNode a1 = agreement(tree, 0);
              ObjectNode a2 = agreement(tree, 1);
              // A2 breaks rules the agreement checks itself; A1 breaks rules checked across the
              // document.
              a2.put("host", "RCE");
              ((ObjectNode) a2.get("responsibilities").get(0)).put("responsible", "RHA");
              ((ObjectNode) a2.get("kpis").get(0)).put("tolerance", -0.01);
              ((ObjectNode) a2.get("term")).put("noticeMonths", 0);
              ((ObjectNode) a2.get("term")).put("end", "2024-03-01");
              trigger(tree, 1, "redLines", 0).put("consequence", "terminate");
              ((ObjectNode) trigger(tree, 0, "triggers", 0).get("condition")).put("side", "above");
              ((ObjectNode) a1.get("kpis").get(0)).put("measure", "no-such-measure");
              array(a1, "responsibilities").remove(8);
              ObjectNode routeLast = (ObjectNode) tree.get("routes").get(0).get("levels").get(3);
              ((ObjectNode) routeLast.get("holder")).put("party", "host");
              ((ObjectNode) tree.get("risks").get(0).get("current")).put("likelihood", 6);
              ((ObjectNode) tree.get("risks").get(1).get("target")).put("consequence", 5);
              ((ObjectNode) tree.get("disputes").get(0).get("stages").get(0))
                  .put("stage", "mediation");
            });
    assertHas(problems, "/agreements/1/host", "agreement.parties");
    assertHas(problems, "/agreements/1/responsibilities/0/responsible", "agreement.responsibility");
    assertHas(problems, "/agreements/1/kpis/0/tolerance", "agreement.kpi.tolerance");
    assertHas(problems, "/agreements/1/term/noticeMonths", "agreement.term");
    assertHas(problems, "/agreements/1/term/end", "agreement.term");
    assertHas(problems, "/agreements/1/redLines/0/consequence", "redline.consequence");
    assertHas(problems, "/agreements/0/triggers/0/condition/side", "trigger.direction");
    assertHas(problems, "/agreements/0/kpis/0/measure", "agreement.kpi.scope");
    assertHas(problems, "/agreements/0/responsibilities", "agreement.responsibility");
    assertHas(problems, "/routes/0/levels/3/holder/party", "route.final-level");
    assertHas(problems, "/risks/0/current/likelihood", "risk.score");
    assertHas(problems, "/risks/1/target", "risk.target");
    assertHas(problems, "/disputes/0/stages/0/stage", "dispute.stages");
    // a route or agreement that could not be read is not reported again where it is referred to
    assertTrue(
        problems.stream().noneMatch(x -> x.code().equals("reference.unknown")),
        problems.toString());
  }

  @Test
  void aRedLineOpensTheTopLevel() {
    assertHas(
        problems(tree -> trigger(tree, 1, "redLines", 0).put("level", 2)),
        "/agreements/1/redLines/0/level",
        "redline.level");
  }

  @Test
  void everyResponsibilityAreaHasOneResponsibleParty() {
    List<Problem> problems =
        problems(
            tree -> {
              array(agreement(tree, 0), "responsibilities").remove(8);
              ((ObjectNode) agreement(tree, 1).get("responsibilities").get(1))
                  .put("area", "clinical-governance");
            });
    assertHas(problems, "/agreements/0/responsibilities", "agreement.responsibility");
    assertHas(problems, "/agreements/1/responsibilities/1/area", "agreement.responsibility");
  }

  @Test
  void kpiScopeNamesAKnownMeasureAndASiteOfTheAgreement() {
    List<Problem> problems =
        problems(
            tree -> {
              ((ObjectNode) agreement(tree, 0).get("kpis").get(0))
                  .put("measure", "no-such-measure");
              ((ObjectNode) agreement(tree, 1).get("kpis").get(0)).put("site", "RHA01");
            });
    assertHas(problems, "/agreements/0/kpis/0/measure", "agreement.kpi.scope");
    assertHas(problems, "/agreements/1/kpis/0/site", "agreement.kpi.scope");
  }

  @Test
  void anNhsContractNeedsTwoHealthServiceBodies() {
    List<Problem> problems =
        problems(
            tree -> ((ObjectNode) tree.get("organisations").get(2)).put("primaryRole", "other"));
    assertHas(problems, "/agreements/1/legalCharacter", "agreement.legal-character");
  }

  @Test
  void aContractBetweenHealthServiceBodiesIsOnlyAWarningFinding() {
    GovernanceDocument doc =
        Documents.edited(tree -> agreement(tree, 1).put("legalCharacter", "contract"));
    Finding f =
        DecisionEngine.evaluate(doc, GovernanceReferenceJson.defaults(), LocalDate.of(2024, 9, 20))
            .findings()
            .stream()
            .filter(x -> x.code().equals("legal-character-unusual"))
            .findFirst()
            .orElseThrow();
    assertEquals("low", f.severity());
    assertEquals(Optional.of("A2"), f.subject().agreement());
  }

  @Test
  void partiesAreMembersOnTheStartDate() {
    List<Problem> problems =
        problems(tree -> ((ObjectNode) agreement(tree, 0).get("term")).put("start", "2022-04-01"));
    assertHas(problems, "/agreements/0/provider", "agreement.parties");
    assertHas(problems, "/agreements/0/host", "agreement.parties");
  }

  @Test
  void aNewAgreementWithoutAValidBaselineIsRejectedNamingTheKpi() {
    assertHas(
        problems(tree -> array(tree, "baselines").remove(0)),
        "/agreements/0/kpis/0",
        "agreement.baseline");
    assertHas(
        problems(
            tree -> ((ObjectNode) tree.get("baselines").get(0)).put("capturedOn", "2024-04-02")),
        "/agreements/0/kpis/0",
        "agreement.baseline");
    assertHas(
        problems(tree -> array((ObjectNode) tree.get("baselines").get(0), "points").remove(11)),
        "/agreements/0/kpis/0",
        "agreement.baseline");
  }

  @Test
  void aHistoricAgreementRecordsLateAndShortBaselinesAsFindings() {
    for (String kind : List.of("late", "short")) {
      GovernanceDocument doc =
          Documents.edited(
              tree -> {
                ObjectNode b = ((ObjectNode) tree.get("baselines").get(0)).deepCopy();
                b.put("id", "B-RTT-RHB01");
                b.put("site", "RHB01");
                b.put("from", "2023-05");
                b.put("to", "2024-04");
                ArrayNode points = (ArrayNode) b.get("points");
                for (int i = 0; i < points.size(); i++) {
                  ((ObjectNode) points.get(i))
                      .put("month", java.time.YearMonth.of(2023, 5).plusMonths(i).toString());
                }
                if (kind.equals("late")) {
                  b.put("capturedOn", "2024-07-01");
                } else {
                  points.remove(0);
                }
                array(tree, "baselines").add(b);
              });
      List<Finding> f =
          DecisionEngine.evaluate(
                  doc, GovernanceReferenceJson.defaults(), LocalDate.of(2024, 9, 20))
              .findings();
      assertTrue(
          f.stream()
              .anyMatch(
                  x ->
                      x.code().equals("kpi-baseline-" + kind)
                          && x.subject().site().equals(Optional.of("RHB01"))),
          f.toString());
    }
  }

  @Test
  void routesHaveTwoLevelsAndPositiveLimits() {
    List<Problem> problems =
        problems(
            tree -> {
              ArrayNode levels = (ArrayNode) tree.get("routes").get(0).get("levels");
              ((ObjectNode) levels.get(0)).put("limitWorkingDays", 0);
              ObjectNode route = tree.get("routes").get(0).deepCopy();
              route.put("id", "short");
              ((ArrayNode) route.get("levels")).remove(0);
              ((ArrayNode) route.get("levels")).remove(0);
              ((ArrayNode) route.get("levels")).remove(0);
              array(tree, "routes").add(route);
            });
    assertHas(problems, "/routes/0/levels/0/limitWorkingDays", "route.limit");
    assertHas(problems, "/routes/1/levels", "route.levels");
  }

  @Test
  void triggersWatchSitesOfTheirAgreementAndRoutesMustExist() {
    List<Problem> problems =
        problems(
            tree -> {
              ((ArrayNode) trigger(tree, 0, "triggers", 0).get("sites")).add("RHB01");
              agreement(tree, 1).put("route", "nowhere");
            });
    assertHas(problems, "/agreements/0/triggers/0/sites/1", "trigger.scope");
    assertHas(problems, "/agreements/1/route", "reference.unknown");
  }

  @Test
  void disputeStagesFollowTheRouteOfTheLegalCharacter() {
    List<Problem> problems =
        problems(
            tree -> {
              agreement(tree, 0).put("legalCharacter", "contract");
              ArrayNode stages = (ArrayNode) tree.get("disputes").get(0).get("stages");
              ((ObjectNode) stages.get(0)).put("end", "2024-08-30");
              stages.addObject().put("stage", "secretary-of-state").put("start", "2024-08-30");
            });
    assertHas(problems, "/disputes/0/stages/1/stage", "dispute.stages");
    assertHas(
        problems(
            tree -> {
              ArrayNode stages = (ArrayNode) tree.get("disputes").get(0).get("stages");
              ((ObjectNode) stages.get(0)).put("end", "2024-08-30");
              stages.addObject().put("stage", "mediation").put("start", "2024-08-29");
            }),
        "/disputes/0/stages/1/start",
        "dispute.stages");
  }

  @Test
  void missingAndMistypedFieldsAreReportedAtTheirPaths() {
    List<Problem> problems =
        problems(
            tree -> {
              agreement(tree, 0).remove("term");
              agreement(tree, 1).put("origin", "ancient");
              ((ObjectNode) tree.get("observations").get(0)).put("value", "high");
              ((ObjectNode) tree.get("observations").get(1)).put("period", "2024-13");
              ((ObjectNode) tree.get("incidents").get(0)).put("response", "serious-incident");
              tree.put("surprise", true);
            });
    assertHas(problems, "/agreements/0/term", "required");
    assertHas(problems, "/agreements/1/origin", "unknown-value");
    assertHas(problems, "/observations/0/value", "type");
    assertHas(problems, "/observations/1/period", "reporting-period.format");
    assertHas(problems, "/incidents/0/response", "reference-data.unknown");
    assertHas(problems, "/surprise", "unknown-field");
  }

  @Test
  void duplicateObservationsAndUnknownReferences() {
    List<Problem> problems =
        problems(
            tree -> {
              array(tree, "observations").add(tree.get("observations").get(0).deepCopy());
              ((ObjectNode) tree.get("equipment").get(0)).put("site", "RHC01");
              ((ObjectNode) tree.get("escalationRecords").get(0)).put("trigger", "T9");
            });
    assertHas(
        problems,
        "/observations/" + (Documents.tree().get("observations").size()) + "/period",
        "observation.duplicate");
    assertHas(problems, "/equipment/0/site", "reference.unknown");
    assertHas(problems, "/escalationRecords/0/trigger", "reference.unknown");
  }
}
