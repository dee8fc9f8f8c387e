package org.networkedcare.governance.assurance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.governance.structure.Purpose;

/**
 * The {@code strategy} question ("direct support of the trust's strategy/objectives"; "a clear,
 * strategic narrative on the purpose of your network"): without a recorded purpose, the measure-led
 * verdict on the measures tagged with it, unchanged. With one (docs/governance.md, "Purpose: the
 * strategy narrative and objectives"): no version in force ({@code strategy-missing}), or a
 * measure-led {@code not-assured}, or an objective off track on a series with a decisive finding:
 * {@code not-assured}; the version past its review date, an objective without a measure or off
 * track, or a measure-led {@code partially-assured}: {@code partially-assured}; no observation yet
 * for any objective's measures and nothing from the tagged measures: {@code no-evidence}; otherwise
 * {@code assured}. The items: the tagged measures' items, each purpose finding (its code its state)
 * and each objective's measure at each site not in concern (its measure-led state).
 */
final class StrategyVerdict implements VerdictRule {

  private final VerdictRule measureLed = new MeasureLedVerdict();

  @Override
  public Verdict verdict(String question, Evaluation context, Findings findings) {
    Verdict base = measureLed.verdict(question, context, findings);
    if (context.document().structure().purpose().isEmpty()) {
      return base;
    }
    List<EvidenceItem> items = new ArrayList<>(base.evidence());
    boolean missing = false;
    boolean decisive = false;
    List<String> shortfalls = new ArrayList<>();
    for (Finding f : findings.all()) {
      FindingCode code = FindingCode.of(f.code());
      if (!code.purpose()) {
        continue;
      }
      items.add(
          new EvidenceItem(
              f.subject().measure(), f.subject().site(), f.code(), Optional.empty(), f.summary()));
      switch (code) {
        case STRATEGY_MISSING -> missing = true;
        case STRATEGY_REVIEW_LAPSED -> add(shortfalls, "the narrative is past its review date");
        case OBJECTIVE_UNMEASURED -> add(shortfalls, "an objective has no measure");
        default -> {
          add(shortfalls, "an objective's measure is in concern");
          decisive |=
              f.subject().measure().isPresent()
                  && findings
                      .decisive()
                      .contains(
                          SeriesKey.of(
                              f.subject().measure().get(), OdsCode.of(f.subject().site().get())));
        }
      }
    }
    if (missing) {
      return VerdictState.NOT_ASSURED.on(
          question, "no strategy narrative in force on " + context.asOf(), items);
    }
    Purpose v = context.document().structure().purposeOn(context.asOf()).orElseThrow();
    boolean known = false;
    for (Purpose.StrategicObjective o : v.objectives()) {
      for (String measure : o.measures()) {
        for (OdsCode site : MeasureLedVerdict.sites(context, measure)) {
          MeasureLedVerdict.Judged j =
              MeasureLedVerdict.judge(SeriesKey.of(measure, site), context, findings);
          known |= j.state() != ItemState.UNKNOWN;
          if (j.state() != ItemState.CONCERN) {
            EvidenceItem i = j.item();
            items.add(
                new EvidenceItem(
                    i.measure(),
                    i.site(),
                    i.state(),
                    Optional.empty(),
                    "objective " + o.id() + ": " + i.detail()));
          }
        }
      }
    }
    String state = base.verdict();
    String tagged = "; tagged measures: " + base.rule();
    if (decisive || state.equals(VerdictState.NOT_ASSURED.id())) {
      return VerdictState.NOT_ASSURED.on(
          question,
          (decisive
                  ? "an objective's measure with a red-line breach or an escalation overdue at the"
                      + " route's last level"
                  : "strategy " + v.id() + " in force")
              + tagged,
          items);
    }
    if (!shortfalls.isEmpty() || state.equals(VerdictState.PARTIALLY_ASSURED.id())) {
      return VerdictState.PARTIALLY_ASSURED.on(
          question,
          "strategy "
              + v.id()
              + " in force: "
              + (shortfalls.isEmpty() ? "its objectives on track" : String.join(", ", shortfalls))
              + tagged,
          items);
    }
    if (!known && state.equals(VerdictState.NO_EVIDENCE.id())) {
      return VerdictState.NO_EVIDENCE.on(
          question,
          "strategy " + v.id() + " in force, but no observation yet of its objectives' measures",
          items);
    }
    return VerdictState.ASSURED.on(
        question,
        "strategy "
            + v.id()
            + " in force and within its review date; every objective measured and its measures"
            + " stable or improving"
            + tagged,
        items);
  }

  private static void add(List<String> list, String text) {
    if (!list.contains(text)) {
      list.add(text);
    }
  }
}
