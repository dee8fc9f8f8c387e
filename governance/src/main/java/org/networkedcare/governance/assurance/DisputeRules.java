package org.networkedcare.governance.assurance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.networkedcare.governance.agreement.HostAgreement;
import org.networkedcare.governance.dispute.Dispute;
import org.networkedcare.governance.reference.DisputeRoutes;

/**
 * Disputes (section 7): a dispute's current stage is the last one started by the date, on the route
 * of its agreement's legal character; past its limit (working days from its start) and not ended it
 * gives {@code dispute-stage-overdue}, naming the next stage; under a memorandum, a last stage that
 * has ended or passed its limit gives {@code dispute-unresolvable} instead. A dispute a known
 * decision closed gives neither.
 */
final class DisputeRules implements RuleFamily {

  @Override
  public void evaluate(Evaluation context, Findings.Collector out) {
    LocalDate asOf = context.asOf();
    for (Dispute d : context.document().disputes()) {
      if (d.raisedOn().isAfter(asOf)
          || context
              .closedOn(org.networkedcare.governance.decision.ItemRef.Kind.DISPUTE, d.id())
              .isPresent()) {
        continue;
      }
      HostAgreement a = context.agreement(d.agreement());
      DisputeRoutes.Route route =
          context.reference().disputeRoutes().route(a.legalCharacter().id()).orElseThrow();
      List<Dispute.StageRecord> known =
          d.stages().stream().filter(s -> !s.start().isAfter(asOf)).toList();
      if (known.isEmpty()) {
        continue;
      }
      int index = known.size() - 1;
      Dispute.StageRecord current = known.get(index);
      boolean ended = current.end().filter(e -> !e.isAfter(asOf)).isPresent();
      DisputeRoutes.Stage stage = route.stages().get(index);
      boolean last = index == route.stages().size() - 1;
      Optional<LocalDate> due =
          stage.limitWorkingDays().isPresent()
              ? Optional.of(
                  context
                      .reference()
                      .calendar()
                      .workingDaysAfter(current.start(), stage.limitWorkingDays().getAsInt()))
              : Optional.empty();
      boolean overdue = !ended && due.isPresent() && asOf.isAfter(due.get());
      boolean unresolvable =
          last
              && a.legalCharacter() == HostAgreement.LegalCharacter.MEMORANDUM
              && (ended || overdue);
      if (!unresolvable && !overdue) {
        continue;
      }
      FindingBuilder finding =
          context
              .finding(
                  unresolvable
                      ? FindingCode.DISPUTE_UNRESOLVABLE
                      : FindingCode.DISPUTE_STAGE_OVERDUE)
              .agreement(a.id())
              .dispute(d.id())
              .evidence("legalCharacter", a.legalCharacter().id())
              .evidence("stage", stage.id())
              .evidence("start", current.start())
              .due(due);
      stage.limitWorkingDays().ifPresent(l -> finding.evidence("limitWorkingDays", l));
      if (unresolvable) {
        finding.summary(
            "Dispute "
                + d.id()
                + " under the memorandum "
                + a.id()
                + " has exhausted its route ("
                + stage.name()
                + ") and there is no binding stage.");
      } else {
        finding
            .evidence("nextStage", last ? "none" : route.stages().get(index + 1).id())
            .summary(
                "Dispute "
                    + d.id()
                    + ": "
                    + stage.name()
                    + " from "
                    + current.start()
                    + " had "
                    + stage.limitWorkingDays().getAsInt()
                    + " working days, to "
                    + due.get()
                    + (last
                        ? "."
                        : "; the next stage is " + route.stages().get(index + 1).name() + "."));
      }
      out.add(finding);
    }
  }
}
