package org.networkedcare.governance.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.governance.Actor;
import org.networkedcare.governance.decision.Decision;
import org.networkedcare.governance.decision.DecisionMaker;
import org.networkedcare.governance.decision.DecisionOutcome;
import org.networkedcare.governance.decision.ItemRef;
import org.networkedcare.governance.decision.Waiver;
import org.networkedcare.governance.json.AssuranceJson;
import org.networkedcare.governance.json.GovernanceReferenceJson;
import org.networkedcare.governance.reference.GovernanceReference;

/**
 * Decisions, waivers and holders as documents give them: every problem at once, with its pointer;
 * and the rules they feed.
 */
class DecisionRecordsTest {

  private static final GovernanceReference REFERENCE = GovernanceReferenceJson.defaults();

  private static ObjectNode hub() {
    return (ObjectNode) Json.parse(MarshEyeHub.bytes());
  }

  private static GovernanceDocument read(ObjectNode tree) {
    return AssuranceJson.parse(Json.write(tree).getBytes(StandardCharsets.UTF_8), REFERENCE);
  }

  private static List<Problem> problems(Consumer<ObjectNode> edit) {
    ObjectNode tree = hub();
    edit.accept(tree);
    return assertThrows(ValidationException.class, () -> read(tree)).problems();
  }

  private static ObjectNode decision(ObjectNode tree, int i) {
    return (ObjectNode) tree.get("decisions").get(i);
  }

  @Test
  void everyProblemOfTheDecisionLogIsReportedAtOnceWithItsPointer() {
    List<Problem> p =
        problems(
            tree -> {
              ((ObjectNode) decision(tree, 0).get("about"))
                  .put("kind", "escalation"); // NE is a red line
              decision(tree, 1).put("outcome", "act"); // act without actions
              ((ObjectNode) decision(tree, 0).get("actions").get(0))
                  .remove("completed"); // done without a completion
              ((ObjectNode) decision(tree, 2).get("about"))
                  .put("agreement", "H-Q"); // unknown agreement
              decision(tree, 2).put("id", "DEC-1"); // duplicate id
              ((ObjectNode) tree.get("waivers").get(1))
                  .put("until", "2024-12-31"); // ends before it starts
              ((ObjectNode) tree.get("waivers").get(0))
                  .put("measure", "never-events"); // no such KPI
              ObjectNode risk = ((ArrayNode) tree.get("decisions")).addObject();
              risk.put("id", "DEC-9").put("date", "2025-05-01").put("outcome", "maybe");
              risk.putObject("decidedBy").put("post", "chair").put("role", "x");
              risk.putObject("about").put("kind", "risk").put("id", "RISK-9").put("site", "RHX01");
            });
    Documents.assertHas(p, "/decisions/0/about/kind", "decision.kind");
    Documents.assertHas(p, "/decisions/1/actions", "decision.act");
    Documents.assertHas(p, "/decisions/0/actions/0/completed", "decision.action.completed");
    Documents.assertHas(p, "/decisions/2/about/agreement", "reference.unknown");
    Documents.assertHas(p, "/decisions/2/id", "id.duplicate");
    Documents.assertHas(p, "/waivers/1/until", "waiver.period");
    Documents.assertHas(p, "/waivers/0/measure", "waiver.kpi");
    Documents.assertHas(p, "/decisions/3/outcome", "unknown-value");
    Documents.assertHas(p, "/decisions/3/decidedBy/role", "unknown-field");
    Documents.assertHas(p, "/decisions/3/about", "decision.subject");
  }

  @Test
  void aNewAgreementWithALateBaselineIsRefusedWithoutItsWaiver() {
    List<Problem> p = problems(tree -> ((ArrayNode) tree.get("waivers")).remove(0));
    Documents.assertHas(p, "/agreements/2/kpis/0", "agreement.baseline");
    assertTrue(
        p.stream().anyMatch(x -> x.message().contains("baseline-before-transfer waiver")),
        p.toString());
    // a waiver that was not in force on the start does not lift the rule either
    Documents.assertHas(
        problems(tree -> ((ObjectNode) tree.get("waivers").get(0)).put("from", "2025-01-02")),
        "/agreements/2/kpis/0",
        "agreement.baseline");
    // nor does one for a missing (not late) baseline
    Documents.assertHas(
        problems(tree -> ((ArrayNode) tree.get("baselines")).remove(2)),
        "/agreements/2/kpis/0",
        "agreement.baseline");
  }

  @Test
  void holdersAreCheckedAndAPostHolderIsNamedInItsFinding() {
    List<Problem> p =
        problems(
            tree -> {
              ObjectNode level = (ObjectNode) tree.get("routes").get(0).get("levels").get(1);
              level
                  .putObject("holder")
                  .put("party", "commissioner")
                  .put("organisation", "QMC")
                  .put("role", "director");
            });
    Documents.assertHas(p, "/agreements/0/route", "route.commissioner");
    ObjectNode tree = hub();
    ((ObjectNode) tree.get("routes").get(0).get("levels").get(1))
        .putObject("holder")
        .put("post", "hub-clinical-director");
    ((ObjectNode) tree.get("routes").get(0).get("levels").get(2))
        .putObject("holder")
        .put("party", "commissioner")
        .put("organisation", "QMB")
        .put("role", "chief nurse");
    GovernanceDocument doc = read(tree);
    Assessment a = DecisionEngine.evaluate(doc, REFERENCE, LocalDate.parse("2025-04-09"));
    Finding f =
        a.findings().stream()
            .filter(x -> x.code().equals("escalation-overdue"))
            .findFirst()
            .orElseThrow();
    assertEquals(Optional.empty(), f.actor());
    assertEquals("hub-clinical-director", f.evidence().get("post"));
    List<Finding> breach =
        DecisionEngine.evaluate(doc, REFERENCE, LocalDate.parse("2025-03-10")).findings().stream()
            .filter(x -> x.code().equals("red-line-breached"))
            .toList();
    assertEquals(
        List.of(Optional.of(new Actor(OdsCode.of("QMB"), "chief nurse"))),
        breach.stream().map(Finding::actor).toList(),
        "a named commissioner only");
    assertEquals(
        doc,
        read((ObjectNode) AssuranceJson.tree(doc)),
        "posts and named commissioners survive the round trip");
  }

  @Test
  void theDocumentWithDecisionsAndWaiversRoundTrips() {
    GovernanceDocument doc = MarshEyeHub.document();
    assertEquals(3, doc.decisions().size());
    assertEquals(2, doc.waivers().size());
    assertEquals(doc, read((ObjectNode) AssuranceJson.tree(doc)));
  }

  @Test
  void escalateFurtherMovesTheEscalationUpAtOnce() {
    // T-FU at RHX01 fired 2025-04-01 at level 1, due 2025-04-08; escalated further on 2025-04-03 it
    // is at level 2,
    // due 10 working days after Thursday 3 April (4, 7-11, 14-17 April): Thursday 17 April, the day
    // before Good Friday
    GovernanceDocument doc =
        MarshEyeHub.document()
            .withDecisions(
                List.of(
                    new Decision(
                        "DEC-E",
                        DecisionMaker.post("hub-lead"),
                        LocalDate.parse("2025-04-03"),
                        ItemRef.episode(
                            ItemRef.Kind.ESCALATION, "H-X", "T-FU", OdsCode.of("RHX01")),
                        DecisionOutcome.ESCALATE_FURTHER,
                        List.of(),
                        Optional.empty())),
                List.of(),
                REFERENCE);
    Finding before =
        DecisionEngine.evaluate(doc, REFERENCE, LocalDate.parse("2025-04-02")).findings().stream()
            .filter(
                x ->
                    x.subject().agreement().equals(Optional.of("H-X"))
                        && x.code().equals("trigger-fired"))
            .findFirst()
            .orElseThrow();
    assertEquals(1, before.escalationLevel().getAsInt());
    Finding after =
        DecisionEngine.evaluate(doc, REFERENCE, LocalDate.parse("2025-04-03")).findings().stream()
            .filter(x -> x.subject().agreement().equals(Optional.of("H-X")))
            .findFirst()
            .orElseThrow();
    assertEquals(2, after.escalationLevel().getAsInt(), after.toString());
    assertEquals(Optional.of(LocalDate.parse("2025-04-17")), after.dueDate());
  }

  @Test
  void aDecisionAboutNoOpenItemIsReportedNotDropped() {
    // T-FU at RHY01 never fires (0.93 every month); NE at RHY01 opens on 2025-03-01, so a decision
    // dated 2025-02-20 is about nothing
    GovernanceDocument doc =
        MarshEyeHub.document()
            .withDecisions(
                List.of(
                    new Decision(
                        "DEC-X",
                        DecisionMaker.post("chair"),
                        LocalDate.parse("2025-02-20"),
                        ItemRef.episode(ItemRef.Kind.RED_LINE, "H-Y", "NE", OdsCode.of("RHY01")),
                        DecisionOutcome.CLOSE,
                        List.of(),
                        Optional.empty()),
                    new Decision(
                        "DEC-Y",
                        DecisionMaker.post("chair"),
                        LocalDate.parse("2025-03-03"),
                        ItemRef.episode(
                            ItemRef.Kind.ESCALATION, "H-Y", "T-FU", OdsCode.of("RHY01")),
                        DecisionOutcome.CLOSE,
                        List.of(),
                        Optional.empty())),
                List.of(),
                REFERENCE);
    Assessment a = DecisionEngine.evaluate(doc, REFERENCE, LocalDate.parse("2025-03-10"));
    // ordered by subject: fu-ontime before never-events
    assertEquals(
        List.of("DEC-Y", "DEC-X"),
        a.findings().stream()
            .filter(f -> f.code().equals("decision-unmatched"))
            .map(f -> f.evidence().get("decision"))
            .toList());
    assertEquals(
        2,
        a.findings().stream().filter(f -> f.code().equals("red-line-breached")).count(),
        "the early decision closes nothing");
    assertEquals(
        List.of(),
        DecisionEngine.evaluate(doc, REFERENCE, LocalDate.parse("2025-02-19")).findings().stream()
            .filter(f -> f.code().equals("decision-unmatched"))
            .toList(),
        "unknown before its date");
  }

  @Test
  void aReviewDateWaiverLiftsTheReviewFindingsWhileInForce() {
    // H-X started 2025-01-01, reviewed every 12 months: overdue from 2026-01-02
    LocalDate asOf = LocalDate.parse("2026-01-10");
    assertTrue(
        DecisionEngine.evaluate(MarshEyeHub.document(), REFERENCE, asOf).findings().stream()
            .anyMatch(
                f ->
                    f.code().equals("agreement-review-overdue")
                        && f.subject().agreement().equals(Optional.of("H-X"))));
    Waiver w =
        new Waiver(
            "W-REV",
            Waiver.Rule.REVIEW_DATE,
            "H-X",
            Optional.empty(),
            Optional.empty(),
            DecisionMaker.post("chair"),
            "review moved to the hub's annual cycle",
            LocalDate.parse("2025-12-01"),
            LocalDate.parse("2026-03-31"));
    GovernanceDocument doc = MarshEyeHub.document().withDecisions(List.of(), List.of(w), REFERENCE);
    assertTrue(
        DecisionEngine.evaluate(doc, REFERENCE, asOf).findings().stream()
            .noneMatch(
                f ->
                    f.code().startsWith("agreement-review")
                        && f.subject().agreement().equals(Optional.of("H-X"))));
    assertTrue(
        DecisionEngine.evaluate(doc, REFERENCE, LocalDate.parse("2026-04-01")).findings().stream()
            .anyMatch(
                f ->
                    f.code().equals("agreement-review-overdue")
                        && f.subject().agreement().equals(Optional.of("H-X"))));
    assertThrows(
        ValidationException.class,
        () ->
            new Waiver(
                "W",
                Waiver.Rule.REVIEW_DATE,
                "H-X",
                Optional.of("fu-ontime"),
                Optional.empty(),
                DecisionMaker.post("chair"),
                "r",
                LocalDate.parse("2025-01-01"),
                LocalDate.parse("2025-02-01")));
  }

  @Test
  void aClosingDecisionEndsADisputeAndARisk() {
    // the section 12 example: D1 is overdue at negotiation on 2024-09-20, RISK-1 overdue for review
    // and above appetite
    LocalDate asOf = LocalDate.parse("2024-09-20");
    GovernanceDocument doc =
        EasternEye.document()
            .withDecisions(
                List.of(
                    new Decision(
                        "X1",
                        DecisionMaker.body(
                            new Actor(OdsCode.of("QAA"), "director of commissioning")),
                        LocalDate.parse("2024-09-12"),
                        ItemRef.of(ItemRef.Kind.DISPUTE, "D1"),
                        DecisionOutcome.CLOSE,
                        List.of(),
                        Optional.of("settled")),
                    new Decision(
                        "X2",
                        DecisionMaker.post("risk-committee"),
                        LocalDate.parse("2024-09-13"),
                        ItemRef.of(ItemRef.Kind.RISK, "RISK-1"),
                        DecisionOutcome.ACCEPT,
                        List.of(),
                        Optional.empty())),
                List.of(),
                REFERENCE);
    Assessment a = DecisionEngine.evaluate(doc, REFERENCE, asOf);
    assertTrue(
        a.findings().stream()
            .noneMatch(f -> f.subject().dispute().isPresent() || f.subject().risk().isPresent()),
        a.toString());
    assertEquals(
        List.of("risk", "dispute"),
        a.history().stream()
            .map(ItemHistory::kind)
            .filter(k -> !k.equals("trigger-episode") && !k.equals("red-line"))
            .toList());
    // before the decisions, the findings are there
    Assessment before = DecisionEngine.evaluate(doc, REFERENCE, LocalDate.parse("2024-09-11"));
    assertTrue(before.findings().stream().anyMatch(f -> f.code().equals("risk-review-overdue")));
  }

  @Test
  void anEmptyGovernanceDocumentIsNoEvidenceNeverAssured() {
    ObjectNode tree = Documents.tree();
    for (String f :
        List.of(
            "agreements",
            "baselines",
            "observations",
            "escalationRecords",
            "risks",
            "incidents",
            "disputes",
            "equipment")) {
      tree.putArray(f);
    }
    Assessment a =
        DecisionEngine.evaluate(Documents.read(tree), REFERENCE, LocalDate.parse("2024-09-20"));
    assertEquals(List.of(), a.findings());
    for (Verdict v : a.verdicts()) {
      assertTrue(!v.verdict().equals("assured"), v.toString());
    }
    assertEquals(
        "no-evidence",
        a.verdicts().stream()
            .filter(v -> v.question().equals("governance"))
            .findFirst()
            .orElseThrow()
            .verdict());
  }

  /**
   * The Marsh hub with RHY01's never events replaced, month by month from 2025-01, and its
   * decisions dropped.
   */
  private static GovernanceDocument neverEvents(int[] counts) {
    ObjectNode tree = hub();
    ArrayNode obs = (ArrayNode) tree.get("observations");
    for (int i = obs.size() - 1; i >= 0; i--) {
      if (obs.get(i).get("measure").asText().equals("never-events")) {
        obs.remove(i);
      }
    }
    java.time.YearMonth m = java.time.YearMonth.of(2025, 1);
    for (int c : counts) {
      obs.addObject()
          .put("measure", "never-events")
          .put("site", "RHY01")
          .put("period", m.toString())
          .put("value", c);
      m = m.plusMonths(1);
    }
    tree.putArray("decisions");
    return read(tree);
  }

  private static EvidenceItem neverEventItem(GovernanceDocument doc, String date) {
    return DecisionEngine.evaluate(doc, REFERENCE, LocalDate.parse(date))
        .verdicts()
        .get(0)
        .evidence()
        .stream()
        .filter(e -> e.measure().equals(Optional.of("never-events")))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aNeverEventFollowedByCleanMonthsIsNeverImprovement() {
    // one event in February 2025, then 23 clean months: on an XmR chart the limits collapse and the
    // clean months would sit outside them (docs/spc.md, rare events, point 5); on the g chart there
    // is one event and no gap
    int[] counts = new int[24];
    counts[1] = 1;
    GovernanceDocument doc = neverEvents(counts);
    for (String date : List.of("2026-01-15", "2026-06-15", "2027-01-15")) {
      EvidenceItem item = neverEventItem(doc, date);
      // the red line is open until decided (no decision in this variant): a concern, never
      // improving
      assertEquals("concern", item.state(), item.detail());
      assertTrue(item.detail().contains("judged on a g chart"), item.detail());
    }
  }

  @Test
  void aLongGapBetweenRareEventsIsImprovementOnlyWhenTheGChartSaysSo() {
    // 14 events every other month (gaps of about 61 days), 11 clean months, then an event 365 days
    // after the one before: the g chart's limit is m + 3 sqrt(m (m + 1)), about 61 + 3 x 61.5 = 245
    // days
    int[] counts = new int[40];
    for (int i = 0; i < 28; i += 2) {
      counts[i] = 1;
    }
    counts[38] = 1;
    EvidenceItem improving = neverEventItem(neverEvents(counts), "2028-05-15");
    assertTrue(improving.detail().contains("15 event period(s)"), improving.detail());
    // the open red-line breach (no decision) is a concern whatever the chart says
    assertEquals("concern", improving.state(), improving.detail());
    // decided and closed after the last event: the g chart's latest gap is special cause
    // improvement
    ObjectNode tree = (ObjectNode) AssuranceJson.tree(neverEvents(counts));
    ArrayNode decisions = tree.putArray("decisions");
    for (String date :
        List.of(
            "2025-02-10",
            "2025-04-10",
            "2025-06-10",
            "2025-08-10",
            "2025-10-10",
            "2025-12-10",
            "2026-02-10",
            "2026-04-10",
            "2026-06-10",
            "2026-08-10",
            "2026-10-10",
            "2026-12-10",
            "2027-02-10",
            "2027-04-10",
            "2028-04-10")) {
      ObjectNode d = decisions.addObject();
      d.put("id", "C" + date).put("date", date).put("outcome", "close");
      d.putObject("decidedBy").put("post", "chair");
      d.putObject("about")
          .put("kind", "red-line")
          .put("agreement", "H-Y")
          .put("trigger", "NE")
          .put("site", "RHY01");
    }
    EvidenceItem closed = neverEventItem(read(tree), "2028-05-15");
    assertEquals("improving", closed.state(), closed.detail());
    assertTrue(
        closed.detail().contains("special cause improvement on the g chart"), closed.detail());
    // a clean month after it changes nothing
    assertEquals("improving", neverEventItem(read(tree), "2028-06-15").state());
  }
}
