package org.networkedcare.governance.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.governance.Actor;
import org.networkedcare.governance.json.GovernanceReferenceJson;
import org.networkedcare.governance.reference.GovernanceReference;

/** The engine's parts: its finding codes, the finding builder and the evidence order it keeps. */
class RuleStructureTest {

  private static final GovernanceReference REFERENCE = GovernanceReferenceJson.defaults();

  @Test
  void theFindingCodesAreTheSpecsAndEachHasASeverity() {
    // The codes of spec section 10's table, typed from it.
    Set<String> spec =
        new TreeSet<>(
            List.of(
                "red-line-breached",
                "trigger-fired",
                "escalation-overdue",
                "kpi-baseline-missing",
                "kpi-baseline-late",
                "kpi-baseline-short",
                "agreement-review-due",
                "agreement-review-overdue",
                "agreement-notice-window",
                "agreement-expired",
                "risk-review-overdue",
                "risk-above-appetite",
                "incident-action-overdue",
                "dispute-stage-overdue",
                "dispute-unresolvable",
                "equipment-calibration-due",
                "equipment-calibration-overdue",
                "legal-character-unusual",
                "data-gap",
                // and those docs/governance.md adds for decisions, actions and waivers (issue 18)
                "decision-overdue",
                "action-overdue",
                "action-done-late",
                "decision-unmatched",
                "waiver-expired",
                "kpi-baseline-waived",
                // docs/governance.md, "The network as an organisation" (issue 19)
                "post-vacancy-overdue",
                "constituency-unrepresented",
                "body-meeting-overdue",
                "body-inquorate",
                "guidance-adoption-overdue",
                "learning-acknowledgement-overdue",
                "training-overdue",
                "audit-overdue",
                "decision-not-empowered",
                // docs/governance.md, "Purpose: the strategy narrative and objectives" (issue 19)
                "strategy-missing",
                "strategy-review-lapsed",
                "objective-unmeasured",
                "objective-off-track"));
    assertEquals(
        spec,
        Arrays.stream(FindingCode.values())
            .map(FindingCode::id)
            .collect(Collectors.toCollection(TreeSet::new)));
    assertEquals(spec, new TreeSet<>(REFERENCE.findingSeverities().severities().keySet()));
    for (FindingCode code : FindingCode.values()) {
      assertEquals(code, FindingCode.of(code.id()));
    }
    assertThrows(IllegalArgumentException.class, () -> FindingCode.of("trigger-breached"));
    // section 8: "any other finding whose code ends in -overdue, or any KPI baseline finding"
    assertEquals(
        Set.of(
            "escalation-overdue",
            "agreement-review-overdue",
            "risk-review-overdue",
            "incident-action-overdue",
            "dispute-stage-overdue",
            "equipment-calibration-overdue",
            "decision-overdue",
            "action-overdue",
            "post-vacancy-overdue",
            "body-meeting-overdue",
            "guidance-adoption-overdue",
            "learning-acknowledgement-overdue",
            "training-overdue",
            "audit-overdue"),
        Arrays.stream(FindingCode.values())
            .filter(FindingCode::overdue)
            .map(FindingCode::id)
            .collect(Collectors.toSet()));
    assertEquals(
        Set.of(
            FindingCode.KPI_BASELINE_MISSING,
            FindingCode.KPI_BASELINE_LATE,
            FindingCode.KPI_BASELINE_SHORT),
        Arrays.stream(FindingCode.values())
            .filter(FindingCode::kpiBaseline)
            .collect(Collectors.toSet()));
    assertThrows(
        IllegalArgumentException.class, () -> FindingCode.kpiBaseline(BaselineStatus.State.VALID));
  }

  @Test
  void theBuilderResolvesSeverityKeepsEvidenceInOrderAndAddsTheActorsPressureLast() {
    GovernanceDocument doc =
        Documents.edited(
            tree -> {
              ArrayNode context = tree.putArray("context");
              context
                  .addObject()
                  .put("organisation", "RCE")
                  .put("from", "2024-09-01")
                  .put("opelLevel", "3")
                  .put("oversightSegment", "2");
              context
                  .addObject()
                  .put("organisation", "RCE")
                  .put("from", "2024-09-21")
                  .put("opelLevel", "4");
            });
    Evaluation context = new Evaluation(doc, REFERENCE, LocalDate.of(2024, 9, 20));
    Finding f =
        context
            .finding(FindingCode.ESCALATION_OVERDUE)
            .agreement("A1")
            .site(OdsCode.of("RHA01"))
            .measure("rtt-18wk")
            .trigger("T1")
            .triggerSeverity("high")
            .summary("s")
            .evidence("z", 1)
            .evidence("a", LocalDate.of(2024, 9, 1))
            .evidence("m", "x")
            .due(LocalDate.of(2024, 10, 4))
            .actor(new Actor(OdsCode.of("RCE"), "chief executive"))
            .level(3)
            .build();
    assertEquals("escalation-overdue", f.code());
    assertEquals("high", f.severity()); // finding-severities: "trigger", so the trigger's own
    assertEquals(
        new Subject(
            Optional.of("A1"),
            Optional.of("RHA01"),
            Optional.of("rtt-18wk"),
            Optional.of("T1"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty()),
        f.subject());
    // RCE's record of 21 September is not known on the 20th
    assertEquals(
        List.of("z", "a", "m", "actorOpelLevel", "actorOversightSegment"),
        List.copyOf(f.evidence().keySet()));
    assertEquals(
        Map.of(
            "z",
            "1",
            "a",
            "2024-09-01",
            "m",
            "x",
            "actorOpelLevel",
            "3",
            "actorOversightSegment",
            "2"),
        f.evidence());
    assertEquals(OptionalInt.of(3), f.escalationLevel());
    // without an actor, no pressure; a code the reference data maps to a fixed severity keeps it
    Finding plain =
        context
            .finding(FindingCode.DATA_GAP)
            .agreement("A1")
            .summary("gap")
            .evidence("periods", "2024-07")
            .build();
    assertEquals("low", plain.severity());
    assertEquals(Map.of("periods", "2024-07"), plain.evidence());
    assertEquals(Optional.empty(), plain.actor());
    assertThrows(IllegalStateException.class, () -> context.finding(FindingCode.DATA_GAP).build());
  }

  @Test
  void evidenceIsInTheSameOrderOnEveryRun() {
    // The register's findings once built their evidence from Map.of, whose order changes from one
    // JVM
    // run to the next; the order is now the one the rule gives.
    Assessment a =
        DecisionEngine.evaluate(EasternEye.document(), REFERENCE, LocalDate.of(2024, 9, 20));
    Finding review =
        a.findings().stream()
            .filter(f -> f.code().equals("risk-review-overdue"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of("score", "band", "lastReviewed", "reviewMonths"),
        List.copyOf(review.evidence().keySet()));
    Finding appetite =
        a.findings().stream()
            .filter(f -> f.code().equals("risk-above-appetite"))
            .findFirst()
            .orElseThrow();
    assertEquals(List.of("score", "appetite"), List.copyOf(appetite.evidence().keySet()));
    Assessment ending =
        DecisionEngine.evaluate(EasternEye.document(), REFERENCE, LocalDate.of(2026, 10, 1));
    Finding notice =
        ending.findings().stream()
            .filter(
                f ->
                    f.code().equals("agreement-notice-window")
                        && f.subject().agreement().equals(Optional.of("A1")))
            .findFirst()
            .orElseThrow();
    assertEquals(List.of("end", "noticeOpens"), List.copyOf(notice.evidence().keySet()));
    // A1 ends 2027-03-31 with six months' notice: the window opened on 2026-09-30
    assertEquals("2026-09-30", notice.evidence().get("noticeOpens"));
  }

  @Test
  void seriesKeysOrderBySiteThenMeasureThenService() {
    SeriesKey a = SeriesKey.of("rtt-18wk", OdsCode.of("RHA01"));
    SeriesKey b = SeriesKey.of("fft-positive", OdsCode.of("RHB01"));
    SeriesKey c = new SeriesKey("rtt-18wk", OdsCode.of("RHA01"), Optional.of("cataract"));
    TreeSet<SeriesKey> keys = new TreeSet<>(SeriesKey.ORDER);
    keys.addAll(List.of(c, b, a));
    assertEquals(List.of(a, c, b), List.copyOf(keys));
    assertTrue(a.service().isEmpty());
  }
}
