package org.networkedcare.governance.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.governance.Actor;

/**
 * The second worked example of docs/governance.md, by hand, at dates before, at and after each
 * deadline. Working days (England and Wales, 2025): 10 after Saturday 1 March is Friday 14 March; 5
 * after Tuesday 1 April is Tuesday 8 April; 10 after 8 April skips Good Friday 18 and Easter Monday
 * 21 April: Thursday 24 April; 10 after 24 April skips Monday 5 May: Friday 9 May.
 */
class DecisionsWorkedExampleTest {

  private static List<Finding> findings(Assessment a, String code) {
    return a.findings().stream().filter(f -> f.code().equals(code)).toList();
  }

  private static List<Finding> about(Assessment a, String code, String agreement) {
    return findings(a, code).stream()
        .filter(f -> f.subject().agreement().equals(Optional.of(agreement)))
        .toList();
  }

  private static Actor actor(String org, String role) {
    return new Actor(OdsCode.of(org), role);
  }

  private static String verdict(Assessment a, String question) {
    return a.verdicts().stream()
        .filter(v -> v.question().equals(question))
        .findFirst()
        .orElseThrow()
        .verdict();
  }

  @Test
  void theRedLineIsHeldByBothCommissionersOneActionEach() {
    // fired on 2025-03-01 (February available), opens the top level 3, held by "commissioner": QMA
    // and QMB
    for (String date : List.of("2025-03-01", "2025-03-10", "2025-03-14")) {
      Assessment a = MarshEyeHub.at(date);
      List<Finding> breach = findings(a, "red-line-breached");
      assertEquals(2, breach.size(), date + " " + breach);
      assertEquals(
          List.of(
              Optional.of(actor("QMA", "director of commissioning")),
              Optional.of(actor("QMB", "director of commissioning"))),
          breach.stream().map(Finding::actor).toList());
      breach.forEach(f -> assertEquals(Optional.of(LocalDate.parse("2025-03-14")), f.dueDate()));
      // at the deadline the consequence is not yet overdue for decision
      assertEquals(List.of(), findings(a, "decision-overdue"), date);
    }
    assertEquals(
        List.of(),
        findings(MarshEyeHub.at("2025-02-28"), "red-line-breached"),
        "February is not available before 1 March");
  }

  @Test
  void theConsequenceIsOverdueForDecisionTheDayAfterItsDeadlineAndStaysSoUntilDecided() {
    for (String date : List.of("2025-03-15", "2025-03-20", "2025-04-20", "2025-04-24")) {
      Assessment a = MarshEyeHub.at(date);
      List<Finding> late = findings(a, "decision-overdue");
      assertEquals(2, late.size(), date);
      late.forEach(f -> assertEquals(Optional.of(LocalDate.parse("2025-03-14")), f.dueDate()));
      assertEquals("high", late.get(0).severity());
    }
    // DEC-1 (act) on 2025-04-25 decides it: no longer overdue, but the breach stays open (act does
    // not close)
    Assessment decided = MarshEyeHub.at("2025-04-25");
    assertEquals(List.of(), findings(decided, "decision-overdue"));
    assertEquals(2, findings(decided, "red-line-breached").size());
  }

  @Test
  void aCleanMonthNeitherClosesTheBreachNorReadsAsImprovement() {
    // the scenario: March (0) is available on 1 April and clears the condition (n = 1)
    Assessment a = MarshEyeHub.at("2025-04-20");
    Finding breach = findings(a, "red-line-breached").get(0);
    assertEquals("2025-04-01", breach.evidence().get("conditionClearedOn"));
    assertTrue(
        breach.history().stream().anyMatch(e -> e.kind() == HistoryEvent.Kind.CONDITION_CLEARED));
    EvidenceItem item =
        a.verdicts().get(0).evidence().stream()
            .filter(e -> e.measure().equals(Optional.of("never-events")))
            .findFirst()
            .orElseThrow();
    assertEquals("concern", item.state(), item.detail());
    // after the decision closes it, months without events stay "stable", never "improving"
    for (String date : List.of("2025-07-10", "2025-08-01", "2025-11-01")) {
      EvidenceItem later =
          MarshEyeHub.at(date).verdicts().get(0).evidence().stream()
              .filter(e -> e.measure().equals(Optional.of("never-events")))
              .findFirst()
              .orElseThrow();
      assertEquals("stable", later.state(), date + " " + later.detail());
      assertTrue(later.detail().contains("g chart"), later.detail());
    }
  }

  @Test
  void aClosingDecisionClosesTheBreachAndTheHistoryKeepsIt() {
    assertEquals(2, findings(MarshEyeHub.at("2025-07-09"), "red-line-breached").size());
    Assessment a = MarshEyeHub.at("2025-07-10");
    assertEquals(List.of(), findings(a, "red-line-breached"));
    ItemHistory item =
        a.history().stream().filter(h -> h.kind().equals("red-line")).findFirst().orElseThrow();
    assertEquals(LocalDate.parse("2025-03-01"), item.opened());
    assertEquals(Optional.of(LocalDate.parse("2025-07-10")), item.closed());
    assertEquals(
        List.of(
            HistoryEvent.Kind.OPENED,
            HistoryEvent.Kind.CONSEQUENCE_DUE,
            HistoryEvent.Kind.CONDITION_CLEARED,
            HistoryEvent.Kind.DECISION,
            HistoryEvent.Kind.DECISION,
            HistoryEvent.Kind.CLOSED),
        item.events().stream().map(HistoryEvent::kind).toList());
    assertFalse(a.openItems().contains(item));
  }

  @Test
  void theEscalationClimbsEveryLevelAndStaysOpenAfterItsDataRecover() {
    // T-FU at RHX01: February 0.87 and March 0.86 below 0.88 for 2 periods; fired 2025-04-01 at
    // level 1
    Finding at8 = about(MarshEyeHub.at("2025-04-08"), "trigger-fired", "H-X").get(0);
    assertEquals(Optional.of(actor("RHX", "site ophthalmology lead")), at8.actor());
    assertEquals(Optional.of(LocalDate.parse("2025-04-08")), at8.dueDate());
    Finding at9 = about(MarshEyeHub.at("2025-04-09"), "escalation-overdue", "H-X").get(0);
    assertEquals(
        Optional.of(actor("RME", "clinical director")),
        at9.actor(),
        "the centre, by its role in the network");
    assertEquals(Optional.of(LocalDate.parse("2025-04-24")), at9.dueDate());
    List<Finding> at25 = about(MarshEyeHub.at("2025-04-25"), "escalation-overdue", "H-X");
    assertEquals(2, at25.size(), "level 3 is held by each commissioner");
    at25.forEach(f -> assertEquals(Optional.of(LocalDate.parse("2025-05-09")), f.dueDate()));
    // April and May (0.93, 0.94) clear the condition on 2025-06-01; it stays open until DEC-2 on
    // 2025-06-05
    Assessment june4 = MarshEyeHub.at("2025-06-04");
    assertEquals(2, about(june4, "escalation-overdue", "H-X").size());
    assertEquals("not-assured", verdict(june4, "governance"));
    assertEquals(List.of(), about(MarshEyeHub.at("2025-06-05"), "escalation-overdue", "H-X"));
  }

  @Test
  void actionsAreOverdueOrDoneLateAgainstTheirDueDates() {
    // action 1 due 2025-05-30, done 2025-06-06; action 2 due 2025-06-30, open
    assertEquals(List.of(), findings(MarshEyeHub.at("2025-05-30"), "action-overdue"));
    assertEquals(
        1,
        findings(MarshEyeHub.at("2025-05-31"), "action-overdue").size(),
        "action 1 is overdue until its completion is known");
    Assessment june6 = MarshEyeHub.at("2025-06-06");
    assertEquals(List.of(), findings(june6, "action-overdue"));
    Finding late = findings(june6, "action-done-late").get(0);
    assertEquals("7", late.evidence().get("daysLate"));
    assertEquals(Optional.of(actor("RHY", "medical director")), late.actor());
    assertEquals(List.of(), findings(MarshEyeHub.at("2025-06-30"), "action-overdue"));
    Finding overdue = findings(MarshEyeHub.at("2025-07-01"), "action-overdue").get(0);
    assertEquals("2", overdue.evidence().get("action"));
    assertEquals(Optional.of(LocalDate.parse("2025-06-30")), overdue.dueDate());
    // closing the red line does not discharge its open action
    assertEquals(1, findings(MarshEyeHub.at("2025-07-15"), "action-overdue").size());
  }

  @Test
  void theLateBaselineIsAcceptedOnlyUnderItsWaiverWhichThenExpires() {
    Finding waived = findings(MarshEyeHub.at("2025-03-10"), "kpi-baseline-waived").get(0);
    assertTrue(waived.summary().contains("W-BASE"), waived.summary());
    assertEquals(List.of(), findings(MarshEyeHub.at("2025-06-30"), "waiver-expired"));
    List<Finding> expired = findings(MarshEyeHub.at("2025-07-01"), "waiver-expired");
    assertEquals(List.of("W-BASE"), expired.stream().map(f -> f.evidence().get("waiver")).toList());
    assertEquals(
        List.of("W-BASE", "W-LV"),
        findings(MarshEyeHub.at("2025-10-01"), "waiver-expired").stream()
            .map(f -> f.evidence().get("waiver"))
            .toList());
  }

  @Test
  void anApprovedLocalVariationIsNeitherAPassNorAFailureUntilItExpires() {
    // June: RHX01 0.93, RHY01 0.93 meet; RHZ01 0.80 is an approved local variation until 2025-09-30
    Verdict during =
        MarshEyeHub.at("2025-07-15").verdicts().stream()
            .filter(v -> v.question().equals("standardisation"))
            .findFirst()
            .orElseThrow();
    assertEquals("assured", during.verdict(), during.toString());
    assertTrue(
        during.rule().contains("1 approved local variation(s)")
            && during.rule().contains("until 2025-09-30"),
        during.rule());
    // the variation is not compared with the others, and two sites are too few to compare with each
    // other
    assertTrue(!during.rule().contains("between sites"), during.rule());
    assertEquals(
        List.of("meets", "meets", "local-variation"),
        during.evidence().stream().map(EvidenceItem::state).toList());
    // from 1 October it is a site like the others: 0.80 fails, and the exact test flags it against
    // the pooled 0.887
    Verdict after =
        MarshEyeHub.at("2025-10-01").verdicts().stream()
            .filter(v -> v.question().equals("standardisation"))
            .findFirst()
            .orElseThrow();
    assertEquals("partially-assured", after.verdict(), after.toString());
    assertTrue(
        after.evidence().stream()
            .anyMatch(
                e -> e.state().equals("does-not-meet") && e.site().equals(Optional.of("RHZ01"))));
    assertTrue(
        after.evidence().stream()
            .anyMatch(e -> e.state().equals("concern") && e.detail().contains("exact binomial")),
        after.toString());
  }
}
