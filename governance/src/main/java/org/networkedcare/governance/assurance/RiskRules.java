package org.networkedcare.governance.assurance;

import java.util.Comparator;
import java.util.List;
import org.networkedcare.governance.reference.RiskMatrix;
import org.networkedcare.governance.risk.RiskEntry;

/**
 * The risk register (section 6): each risk's band and next review at the date; {@code
 * risk-review-overdue} when the last review plus the band's interval has passed (a review dated
 * after the date is not known, so gives none), {@code risk-above-appetite} when the current score
 * exceeds its objective's appetite. A risk a known decision closed (accepted, closed) gives
 * neither. A shared risk's findings name every owner with its share (in the summary and as evidence
 * {@code owners}); the lead owner is the finding's actor.
 */
final class RiskRules implements RuleFamily {

  /** {@return the register at the date, in the order of the risks' ids} */
  static List<RiskStatus> register(Evaluation context) {
    return risks(context).stream().map(r -> status(context, r)).toList();
  }

  private static List<RiskEntry> risks(Evaluation context) {
    return context.document().risks().stream().sorted(Comparator.comparing(RiskEntry::id)).toList();
  }

  private static RiskStatus status(Evaluation context, RiskEntry r) {
    RiskMatrix.Band band = context.reference().riskMatrix().band(r.current().score());
    boolean above =
        r.objective().appetite().isPresent()
            && r.current().score() > r.objective().appetite().getAsInt();
    return new RiskStatus(
        r.id(),
        r.title(),
        r.initial().score(),
        r.current().score(),
        r.target().score(),
        band.id(),
        band.reviewMonths(),
        r.lastReviewed().plusMonths(band.reviewMonths()),
        above);
  }

  @Override
  public void evaluate(Evaluation context, Findings.Collector out) {
    for (RiskEntry r : risks(context)) {
      if (context
          .closedOn(org.networkedcare.governance.decision.ItemRef.Kind.RISK, r.id())
          .isPresent()) {
        continue;
      }
      RiskStatus s = status(context, r);
      // A review dated after the evaluation date is not known then (spec, conventions): no finding.
      if (s.nextReview().isBefore(context.asOf()) && !r.lastReviewed().isAfter(context.asOf())) {
        out.add(
            withOwners(
                r,
                context
                    .finding(FindingCode.RISK_REVIEW_OVERDUE)
                    .risk(s.id())
                    .summary(
                        "Risk "
                            + s.id()
                            + " (score "
                            + s.current()
                            + ", "
                            + s.band()
                            + ") is reviewed every "
                            + s.reviewMonths()
                            + " month(s); last reviewed "
                            + r.lastReviewed()
                            + ", due "
                            + s.nextReview()
                            + "."
                            + owners(r))
                    .evidence("score", s.current())
                    .evidence("band", s.band())
                    .evidence("lastReviewed", r.lastReviewed())
                    .evidence("reviewMonths", s.reviewMonths())
                    .due(s.nextReview())
                    .actor(r.owner())));
      }
      if (s.aboveAppetite()) {
        out.add(
            withOwners(
                r,
                context
                    .finding(FindingCode.RISK_ABOVE_APPETITE)
                    .risk(s.id())
                    .summary(
                        "Risk "
                            + s.id()
                            + " scores "
                            + s.current()
                            + ", above the appetite of "
                            + r.objective().appetite().getAsInt()
                            + " for the objective "
                            + r.objective().id()
                            + "."
                            + owners(r))
                    .evidence("score", s.current())
                    .evidence("appetite", r.objective().appetite().getAsInt())));
      }
    }
  }

  /** {@return for a shared risk, a sentence naming every owner with its share; otherwise empty} */
  private static String owners(RiskEntry r) {
    if (!r.shared()) {
      return "";
    }
    return " Owned by "
        + String.join(", ", r.owners().stream().map(RiskEntry.Owner::toString).toList())
        + ".";
  }

  /** {@return the finding with every owner and its share as evidence, for a shared risk} */
  private static FindingBuilder withOwners(RiskEntry r, FindingBuilder finding) {
    if (!r.shared()) {
      return finding;
    }
    return finding.evidence(
        "owners", String.join("; ", r.owners().stream().map(RiskEntry.Owner::toString).toList()));
  }
}
