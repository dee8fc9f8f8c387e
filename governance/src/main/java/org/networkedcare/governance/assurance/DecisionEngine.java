package org.networkedcare.governance.assurance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.networkedcare.core.reference.Term;
import org.networkedcare.governance.reference.GovernanceReference;

/**
 * The decision engine: {@link #evaluate(GovernanceDocument, GovernanceReference, LocalDate)} turns
 * a checked governance document into findings, verdicts and the risk register at a date. A pure
 * function: no clock, no I/O; the same inputs give the same findings in the same order, whatever
 * the order of sites, observations or records. Thread-safe.
 *
 * <p>Findings are ordered by severity (most severe first), then due date (earliest first, none
 * last), then code, then subject ids as text in the order agreement, site, measure, trigger, risk,
 * incident, dispute, equipment (an absent id first), then summary, then actor (a level held by
 * several commissioners gives one finding each).
 */
public final class DecisionEngine {

  private DecisionEngine() {}

  /** The window before a review or calibration falls due in which it is reported as due. */
  public static final int WARNING_DAYS = 30;

  /** The rule families that give findings, one class each; a new family is added here. */
  private static final List<RuleFamily> FAMILIES =
      List.of(
          new TriggerRules(),
          new AgreementRules(),
          new DataGapRules(),
          new RiskRules(),
          new IncidentRules(),
          new DisputeRules(),
          new EquipmentRules(),
          new DecisionRules(),
          new StructureRules(),
          new PurposeRules());

  /** The verdict rules by board question; a question not named here is measure-led. */
  private static final Map<String, VerdictRule> VERDICTS =
      Map.of(
          "governance", new GovernanceVerdict(),
          "standardisation", new StandardisationVerdict(),
          "range", new RangeVerdict(),
          "resilience", new ResilienceVerdict(),
          "strategy", new StrategyVerdict());

  private static final VerdictRule MEASURE_LED = new MeasureLedVerdict();

  /**
   * {@return the findings, verdicts and risks of a document at a date}
   *
   * @param document the checked document
   * @param reference the reference data in force
   * @param asOf the evaluation date
   * @throws org.networkedcare.core.validation.ValidationException {@code calendar.range} when the
   *     calendar does not cover a year the evaluation needs
   */
  public static Assessment evaluate(
      GovernanceDocument document, GovernanceReference reference, LocalDate asOf) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(asOf, "asOf");
    Evaluation context = new Evaluation(document, reference, asOf);
    Findings.Collector collector = new Findings.Collector();
    for (RuleFamily family : FAMILIES) {
      family.evaluate(context, collector);
    }
    Findings findings = collector.sorted(context);
    List<Verdict> verdicts = new ArrayList<>();
    for (Term question : reference.boardQuestions().terms()) {
      verdicts.add(
          VERDICTS
              .getOrDefault(question.id(), MEASURE_LED)
              .verdict(question.id(), context, findings));
    }
    return new Assessment(
        document.network().network().id(),
        asOf,
        reference.versions(),
        findings.all(),
        verdicts,
        RiskRules.register(context),
        collector.items());
  }

  /** The comparator findings are sorted with, given the severity ranks of the reference data. */
  static Comparator<Finding> order(GovernanceReference reference) {
    return Comparator.<Finding>comparingInt(f -> reference.severityRank(f.severity()))
        .thenComparing(f -> f.dueDate().orElse(LocalDate.MAX))
        .thenComparing(Finding::code)
        .thenComparing(Finding::subject, Subject.ORDER)
        .thenComparing(Finding::summary)
        .thenComparing(f -> f.actor().map(Object::toString).orElse(""));
  }
}
