package org.networkedcare.governance.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.governance.Actor;
import org.networkedcare.governance.json.AssuranceJson;
import org.networkedcare.governance.json.GovernanceReferenceJson;

/**
 * Section 12 of the method, evaluated as of 2024-09-20: the nine findings in order and the seven
 * verdicts, as the spec's hand-checked tables give them. Dates by hand: 20 working days after
 * Sunday 1 September 2024 is Friday 27 September; T1 opened at level 2 (10 working days: 13
 * September), so on 20 September it is at level 3 (15 working days after 13 September: 4 October);
 * negotiation from 19 August (15 working days, skipping bank holiday Monday 26 August) ended 10
 * September.
 */
class WorkedExampleTest {

  private static final LocalDate AS_OF = LocalDate.of(2024, 9, 20);

  static Assessment at(LocalDate date) {
    return DecisionEngine.evaluate(EasternEye.document(), GovernanceReferenceJson.defaults(), date);
  }

  private static Subject subject(String... pairs) {
    Subject s = Subject.none();
    for (int i = 0; i < pairs.length; i += 2) {
      s = s.with(pairs[i], pairs[i + 1]);
    }
    return s;
  }

  private static Optional<Actor> actor(String org, String role) {
    return Optional.of(new Actor(OdsCode.of(org), role));
  }

  private static void check(
      Finding f,
      String code,
      String severity,
      Subject subject,
      Optional<Actor> actor,
      OptionalInt level,
      String due) {
    assertEquals(code, f.code(), f.toString());
    assertEquals(severity, f.severity(), f.toString());
    assertEquals(subject, f.subject(), f.toString());
    assertEquals(actor, f.actor(), f.toString());
    assertEquals(level, f.escalationLevel(), f.toString());
    assertEquals(Optional.ofNullable(due).map(LocalDate::parse), f.dueDate(), f.toString());
  }

  @Test
  void theNineFindingsInOrder() {
    List<Finding> f = at(AS_OF).findings();
    assertEquals(9, f.size(), f.toString());
    check(
        f.get(0),
        "red-line-breached",
        "critical",
        subject("agreement", "A2", "site", "RHB01", "measure", "never-events", "trigger", "R1"),
        actor("QAA", "director of commissioning"),
        OptionalInt.of(4),
        "2024-09-27");
    check(
        f.get(1),
        "escalation-overdue",
        "high",
        subject("agreement", "A1", "site", "RHA01", "measure", "rtt-18wk", "trigger", "T1"),
        actor("RCE", "chief executive"),
        OptionalInt.of(3),
        "2024-10-04");
    check(
        f.get(2),
        "risk-review-overdue",
        "medium",
        subject("risk", "RISK-1"),
        actor("RCE", "director of operations"),
        OptionalInt.empty(),
        "2024-08-31");
    check(
        f.get(3),
        "incident-action-overdue",
        "medium",
        subject("site", "RHA01", "incident", "INC-1"),
        actor("RCE", "clinical governance lead"),
        OptionalInt.empty(),
        "2024-09-01");
    check(
        f.get(4),
        "dispute-stage-overdue",
        "medium",
        subject("agreement", "A1", "dispute", "D1"),
        Optional.empty(),
        OptionalInt.empty(),
        "2024-09-10");
    check(
        f.get(5),
        "equipment-calibration-overdue",
        "medium",
        subject("site", "RHA01", "equipment", "OCT-1"),
        actor("RCE", "equipment maintenance and calibration"),
        OptionalInt.empty(),
        "2024-09-10");
    check(
        f.get(6),
        "kpi-baseline-missing",
        "medium",
        subject("agreement", "A2", "site", "RHB01", "measure", "rtt-18wk"),
        Optional.empty(),
        OptionalInt.empty(),
        null);
    check(
        f.get(7),
        "risk-above-appetite",
        "medium",
        subject("risk", "RISK-1"),
        Optional.empty(),
        OptionalInt.empty(),
        null);
    check(
        f.get(8),
        "agreement-review-overdue",
        "low",
        subject("agreement", "A2"),
        Optional.empty(),
        OptionalInt.empty(),
        "2024-09-01");
  }

  @Test
  void theEvidenceBehindTheTriggers() {
    List<Finding> f = at(AS_OF).findings();
    assertEquals(
        "never-events: 1".replace("never-events", "2024-08"), f.get(0).evidence().get("points"));
    assertEquals("2024-09-01", f.get(0).evidence().get("firedOn"));
    assertEquals("2024-06: 0.89, 2024-07: 0.88, 2024-08: 0.87", f.get(1).evidence().get("points"));
    assertEquals("2024-09-13", f.get(1).evidence().get("openedLevelDue"));
    assertEquals("mediation", f.get(4).evidence().get("nextStage"));
  }

  @Test
  void theSevenVerdicts() {
    List<Verdict> v = at(AS_OF).verdicts();
    assertEquals(
        List.of(
            "quality=not-assured",
            "experience=assured",
            "governance=not-assured",
            "standardisation=partially-assured",
            "range=assured",
            "strategy=no-evidence",
            "resilience=no-evidence"),
        v.stream().map(x -> x.question() + "=" + x.verdict()).toList());
    Verdict experience = v.get(1);
    assertEquals(1, experience.evidence().size());
    EvidenceItem fft = experience.evidence().get(0);
    assertEquals("stable", fft.state());
    assertEquals(Optional.of(true), fft.validBaseline());
    // fft-positive's unit is percent: one format for the unit, the limits 92 -/+ 2.66 x 4 = 81.36
    // and 102.64 to one decimal.
    assertTrue(fft.detail().contains("94.0% against limits 81.4% to 102.6%"), fft.detail());
    // rtt-18wk at RHB01 has three observations and no baseline: too few points for SPC to read
    // as stable (12 are needed), so the item is unknown rather than evidence of stability.
    EvidenceItem rhb01 =
        v.get(0).evidence().stream()
            .filter(
                i ->
                    i.measure().equals(Optional.of("rtt-18wk"))
                        && i.site().equals(Optional.of("RHB01")))
            .findFirst()
            .orElseThrow();
    assertEquals("unknown", rhb01.state());
    assertTrue(
        rhb01.detail().endsWith("too few points for SPC: 3 of the 12 it needs"), rhb01.detail());
    assertEquals(
        List.of("meets", "does-not-meet").stream().sorted().toList(),
        v.get(3).evidence().stream().map(EvidenceItem::state).sorted().toList());
    assertTrue(
        v.get(4)
            .rule()
            .startsWith("4 (site, service) provisions on 2024-09-20 against 1 on 2024-03-31"),
        v.get(4).rule());
  }

  @Test
  void theRiskRegister() {
    List<RiskStatus> risks = at(AS_OF).risks();
    assertEquals(
        new RiskStatus(
            "RISK-1", risks.get(0).title(), 16, 12, 4, "high", 1, LocalDate.of(2024, 8, 31), true),
        risks.get(0));
    assertEquals(
        new RiskStatus(
            "RISK-2",
            risks.get(1).title(),
            6,
            4,
            2,
            "moderate",
            3,
            LocalDate.of(2024, 12, 1),
            false),
        risks.get(1));
  }

  @Test
  void t2FiredOnTheFirstOfJulyDueOnTheEighthAndWasResolvedOnTheFifth() {
    Finding t2 =
        at(LocalDate.of(2024, 7, 3)).findings().stream()
            .filter(x -> x.subject().trigger().equals(Optional.of("T2")))
            .findFirst()
            .orElseThrow();
    check(
        t2,
        "trigger-fired",
        "medium",
        subject("agreement", "A1", "site", "RHA01", "measure", "fft-positive", "trigger", "T2"),
        actor("RCE", "site clinical lead"),
        OptionalInt.of(1),
        "2024-07-08");
    assertEquals("2024-06: 80", t2.evidence().get("points"));
    assertTrue(
        at(LocalDate.of(2024, 7, 5)).findings().stream()
            .noneMatch(x -> x.subject().trigger().equals(Optional.of("T2"))));
  }

  @Test
  void t1DoesNotFireBeforeAugustIsAvailable() {
    assertTrue(
        at(LocalDate.of(2024, 8, 31)).findings().stream()
            .noneMatch(x -> x.subject().trigger().equals(Optional.of("T1"))));
    Finding t1 =
        at(LocalDate.of(2024, 9, 1)).findings().stream()
            .filter(x -> x.subject().trigger().equals(Optional.of("T1")))
            .findFirst()
            .orElseThrow();
    check(
        t1,
        "trigger-fired",
        "high",
        subject("agreement", "A1", "site", "RHA01", "measure", "rtt-18wk", "trigger", "T1"),
        actor("RHA", "service director"),
        OptionalInt.of(2),
        "2024-09-13");
  }

  @Test
  void a1ReviewAndNoticeWindow() {
    assertTrue(
        at(LocalDate.of(2025, 3, 1)).findings().stream()
            .noneMatch(
                x ->
                    x.code().startsWith("agreement-review")
                        && x.subject().agreement().equals(Optional.of("A1"))));
    Finding due =
        at(LocalDate.of(2025, 3, 5)).findings().stream()
            .filter(
                x ->
                    x.code().equals("agreement-review-due")
                        && x.subject().agreement().equals(Optional.of("A1")))
            .findFirst()
            .orElseThrow();
    assertEquals(Optional.of(LocalDate.of(2025, 4, 1)), due.dueDate());
    assertEquals("info", due.severity());
    assertFalse(
        at(LocalDate.of(2026, 9, 29)).findings().stream()
            .anyMatch(x -> x.code().equals("agreement-notice-window")));
    assertTrue(
        at(LocalDate.of(2026, 9, 30)).findings().stream()
            .anyMatch(x -> x.code().equals("agreement-notice-window")));
    assertTrue(
        at(LocalDate.of(2027, 4, 1)).findings().stream()
            .anyMatch(x -> x.code().equals("agreement-expired")));
  }

  @Test
  void theJsonResultHasTheFieldsOfSection10() {
    JsonNode json = AssuranceJson.tree(at(AS_OF));
    assertEquals(1, json.get("schemaVersion").asInt());
    JsonNode first = json.get("findings").get(0);
    assertEquals("red-line-breached", first.get("code").asText());
    assertEquals("A2", first.get("subject").get("agreement").asText());
    assertEquals("QAA", first.get("actor").get("organisation").asText());
    assertEquals("director of commissioning", first.get("actor").get("role").asText());
    assertEquals(4, first.get("escalationLevel").asInt());
    assertEquals("2024-09-27", first.get("dueDate").asText());
    assertTrue(first.get("evidence").isObject());
    assertEquals(7, json.get("verdicts").size());
    assertEquals(2, json.get("risks").size());
    assertEquals("2025-01", json.get("referenceVersions").get("calendar").asText());
  }

  @Test
  void theSameInputsGiveTheSameFindings() {
    assertEquals(at(AS_OF), at(AS_OF));
  }
}
