package org.networkedcare.governance.assurance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.networkedcare.governance.agreement.HostAgreement;
import org.networkedcare.governance.agreement.Kpi;
import org.networkedcare.governance.decision.Waiver;

/**
 * The agreements themselves (section 3), for every agreement started by the date: a historic
 * agreement's KPIs without a valid baseline ({@code kpi-baseline-missing}, {@code -late}, {@code
 * -short}); the review ({@code agreement-review-due} within the warning window, {@code
 * agreement-review-overdue}), the notice window and the end ({@code agreement-notice-window},
 * {@code agreement-expired}, which replaces the others); and an enforceable contract between two
 * health service bodies ({@code legal-character-unusual}). A KPI whose baseline is late but whose
 * baseline-before-transfer waiver was in force on the start gives {@code kpi-baseline-waived}
 * instead (new or historic); a review-date waiver in force on the date suppresses the review
 * findings.
 */
final class AgreementRules implements RuleFamily {

  @Override
  public void evaluate(Evaluation context, Findings.Collector out) {
    for (HostAgreement a : context.startedAgreements()) {
      baselines(context, a, out);
      term(context, a, out);
      if (a.legalCharacter() == HostAgreement.LegalCharacter.CONTRACT
          && context.healthServiceBody(a.provider())
          && context.healthServiceBody(a.host())) {
        out.add(
            context
                .finding(FindingCode.LEGAL_CHARACTER_UNUSUAL)
                .agreement(a.id())
                .summary(
                    "The agreement "
                        + a.id()
                        + " is recorded as an enforceable contract between two health service bodies, whose agreements are"
                        + " NHS contracts under section 9 of the NHS Act 2006.")
                .evidence("legalCharacter", a.legalCharacter().id()));
      }
    }
  }

  private static void baselines(Evaluation context, HostAgreement a, Findings.Collector out) {
    for (Kpi k : a.kpis()) {
      BaselineStatus status =
          context.baseline(a, new SeriesKey(k.measure(), k.site(), k.service()));
      if (status.state() == BaselineStatus.State.VALID) {
        continue;
      }
      Optional<Waiver> waiver =
          context.document().waivers().stream()
              .filter(
                  w ->
                      w.lifts(Waiver.Rule.BASELINE_BEFORE_TRANSFER, a.id(), k.measure(), k.site())
                          && w.inForce(a.term().start()))
              .min(java.util.Comparator.comparing(Waiver::id));
      if (status.state() == BaselineStatus.State.LATE && waiver.isPresent()) {
        Waiver w = waiver.get();
        out.add(
            context
                .finding(FindingCode.KPI_BASELINE_WAIVED)
                .agreement(a.id())
                .site(k.site())
                .measure(k.measure())
                .summary(
                    "The KPI "
                        + k.measure()
                        + " at "
                        + k.site()
                        + " of "
                        + a.id()
                        + " has a baseline captured after the start "
                        + a.term().start()
                        + "; accepted only under waiver "
                        + w.id()
                        + " (approved by "
                        + w.approvedBy()
                        + ", "
                        + w.from()
                        + " to "
                        + w.until()
                        + ": "
                        + w.reason()
                        + ").")
                .evidence("origin", a.origin().id())
                .evidence("start", a.term().start())
                .evidence("baseline", status.state().id())
                .evidence("waiver", w.id())
                .evidence("waiverUntil", w.until()));
        continue;
      }
      if (a.origin() == HostAgreement.Origin.NEW) {
        continue;
      }
      out.add(
          context
              .finding(FindingCode.kpiBaseline(status.state()))
              .agreement(a.id())
              .site(k.site())
              .measure(k.measure())
              .summary(
                  "The KPI "
                      + k.measure()
                      + " at "
                      + k.site()
                      + " of the historic agreement "
                      + a.id()
                      + " has no valid baseline ("
                      + status.state().id()
                      + "), so its benefits cannot be shown against the service before transfer.")
              .evidence("origin", a.origin().id())
              .evidence("start", a.term().start())
              .evidence(
                  "rule",
                  "a baseline of the KPI's measure at its site, ending before the start, captured on or before it, with at least "
                      + context.reference().baselinePolicy().minimumPoints()
                      + " points"));
    }
  }

  private static void term(Evaluation context, HostAgreement a, Findings.Collector out) {
    LocalDate asOf = context.asOf();
    // a review dated after the evaluation date is not known at that date
    Optional<LocalDate> lastReview = a.term().lastReview().filter(d -> !d.isAfter(asOf));
    LocalDate nextReview = lastReview.orElse(a.term().start()).plusMonths(a.term().reviewMonths());
    Optional<LocalDate> end = a.term().end();
    if (end.isPresent() && end.get().isBefore(asOf)) {
      out.add(
          context
              .finding(FindingCode.AGREEMENT_EXPIRED)
              .agreement(a.id())
              .summary("The agreement " + a.id() + " ended on " + end.get() + ".")
              .evidence("end", end.get())
              .due(end));
      return;
    }
    Optional<Waiver> reviewWaiver =
        context.document().waivers().stream()
            .filter(
                w ->
                    w.rule() == Waiver.Rule.REVIEW_DATE
                        && w.agreement().equals(a.id())
                        && w.inForce(asOf))
            .min(java.util.Comparator.comparing(Waiver::id));
    if (reviewWaiver.isEmpty()
        && (nextReview.isBefore(asOf)
            || ChronoUnit.DAYS.between(asOf, nextReview) <= DecisionEngine.WARNING_DAYS)) {
      boolean overdue = nextReview.isBefore(asOf);
      out.add(
          context
              .finding(
                  overdue ? FindingCode.AGREEMENT_REVIEW_OVERDUE : FindingCode.AGREEMENT_REVIEW_DUE)
              .agreement(a.id())
              .summary(
                  overdue
                      ? "The review of "
                          + a.id()
                          + " was due on "
                          + nextReview
                          + " ("
                          + (lastReview.isPresent() ? "last review" : "start")
                          + " plus "
                          + a.term().reviewMonths()
                          + " months)."
                      : "The review of " + a.id() + " is due on " + nextReview + ".")
              .evidence("lastReview", lastReview.map(LocalDate::toString).orElse("none"))
              .evidence("reviewMonths", a.term().reviewMonths())
              .evidence("nextReview", nextReview)
              .due(nextReview));
    }
    if (end.isPresent()) {
      LocalDate opens = end.get().minusMonths(a.term().noticeMonths());
      if (!opens.isAfter(asOf)) {
        out.add(
            context
                .finding(FindingCode.AGREEMENT_NOTICE_WINDOW)
                .agreement(a.id())
                .summary(
                    "The agreement "
                        + a.id()
                        + " ends on "
                        + end.get()
                        + "; its notice window of "
                        + a.term().noticeMonths()
                        + " months opened on "
                        + opens
                        + ".")
                .evidence("end", end.get())
                .evidence("noticeOpens", opens)
                .due(end));
      }
    }
  }
}
