package org.networkedcare.governance.assurance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.networkedcare.core.ReportingPeriod;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.governance.agreement.HostAgreement;
import org.networkedcare.governance.escalation.Deadlines;
import org.networkedcare.governance.escalation.EscalationRecord;
import org.networkedcare.governance.escalation.EscalationRoute;
import org.networkedcare.governance.escalation.Holder;
import org.networkedcare.governance.escalation.Trigger;
import org.networkedcare.governance.series.Observation;

/**
 * Triggers and red lines (sections 4 and 5): for every trigger of a started agreement at every site
 * it watches, its episodes over the agreement's available periods of the trigger's measure. An episode that has not cleared
 * gives {@code trigger-fired} or, past the due date of the level it opened at, {@code
 * escalation-overdue}, unless a resolution covers it; a red line's gives {@code red-line-breached}
 * at the route's last level, still reported (without actor or due date) once resolved.
 */
final class TriggerRules implements RuleFamily {

  @Override
  public void evaluate(Evaluation context, Findings.Collector out) {
    for (HostAgreement a : context.startedAgreements()) {
      java.util.Map<org.networkedcare.core.ReportingPeriod.Granularity, List<ReportingPeriod>> periods = new java.util.EnumMap<>(
          org.networkedcare.core.ReportingPeriod.Granularity.class);
      for (Trigger t : a.triggers()) {
        for (OdsCode site : a.watchedSites(t).stream().sorted().toList()) {
          episodes(context, a, t, site, periods.computeIfAbsent(context.periodicity(t.measure()), g -> context.periods(a, g)), out);
        }
      }
    }
  }

  private static void episodes(Evaluation context, HostAgreement a, Trigger t, OdsCode site, List<ReportingPeriod> periods, Findings.Collector out) {
    LocalDate asOf = context.asOf();
    EscalationRoute route = context.route(a.route());
    TriggerCondition condition = new TriggerCondition(context, a, t, site);
    NavigableMap<ReportingPeriod, Observation> series = condition.series();
    int lag = a.reportingLagDays();
    SeriesKey key = SeriesKey.of(t.measure(), site);
    List<Episodes.Episode> episodes = Episodes.of(
        periods, condition::holds, p -> Objects.requireNonNull(series.get(p)).value(), p -> Evaluation.availability(p, lag), t.condition().periods(), t.clearingPeriods());
    for (Episodes.Episode e : episodes) {
      boolean cleared = e.clearedOn().isPresent();
      if (!cleared) {
        out.openEpisode(key);
      }
      Optional<LocalDate> resolved = context.document().escalationRecords().stream()
          .filter(r -> r.agreement().equals(a.id()) && r.trigger().equals(t.id()) && r.site().equals(site))
          .map(EscalationRecord::resolvedOn)
          .filter(d -> !d.isAfter(asOf) && e.openOn(d))
          .min(Comparator.naturalOrder());
      if (cleared || (resolved.isPresent() && !t.redLine())) {
        continue;
      }
      int opened = t.redLine() ? route.top() : Math.min(t.level().orElse(1), route.top());
      Deadlines.Standing standing = Deadlines.standing(route, opened, e.firedOn(), asOf, context.reference().calendar());
      String points = e.evidence().values().stream().map(Evaluation.format(context.measure(t.measure()))::format).collect(Collectors.joining(", "));
      String months = e.evidence().keySet().stream().map(ReportingPeriod::toString).collect(Collectors.joining(", "));
      String what = t.measure() + " at " + site + " " + condition.describe() + " (" + points + " in " + months + ")";
      FindingBuilder finding = context.finding(t.redLine() ? FindingCode.RED_LINE_BREACHED
              : standing.overdue() ? FindingCode.ESCALATION_OVERDUE : FindingCode.TRIGGER_FIRED)
          .agreement(a.id()).site(site).measure(t.measure()).trigger(t.id())
          .evidence("condition", condition.describe())
          .evidence("points", e.evidence().entrySet().stream().map(x -> x.getKey() + ": " + x.getValue().toPlainString()).collect(Collectors.joining(", ")))
          .evidence("firedOn", e.firedOn())
          .evidence("openedLevel", opened)
          .evidence("openedLevelDue", standing.openedLevelDue())
          .evidence("route", route.id());
      Holder holder = route.level(standing.level()).holder();
      if (t.redLine()) {
        String consequence = t.consequence().orElseThrow();
        finding.evidence("consequence", consequence);
        if (resolved.isPresent()) {
          finding.evidence("resolvedOn", resolved.get())
              .summary("Red line " + t.id() + " breached: " + what + "; fired " + e.firedOn() + ", resolved on " + resolved.get()
                  + ", the episode stays open until the condition clears.")
              .level(opened);
        } else {
          finding.summary("Red line " + t.id() + " breached: " + what + "; fired " + e.firedOn() + ", consequence " + consequence
                  + "; level " + standing.level() + " due " + standing.due() + (asOf.isAfter(standing.due()) ? " (overdue)" : "") + ".")
              .due(standing.due()).actor(context.actor(a, holder)).level(standing.level());
        }
      } else {
        finding.triggerSeverity(t.severity().orElseThrow()).due(standing.due()).actor(context.actor(a, holder)).level(standing.level());
        finding.summary(standing.overdue()
            ? "Trigger " + t.id() + ": " + what + "; fired " + e.firedOn() + "; level " + opened + " was due " + standing.openedLevelDue()
                + ", now at level " + standing.level() + " due " + standing.due() + "."
            : "Trigger " + t.id() + ": " + what + "; fired " + e.firedOn() + "; level " + standing.level() + " due " + standing.due() + ".");
      }
      Finding f = finding.build();
      out.add(f);
      if (Findings.decisive(context, f)) {
        out.decisive(key);
      }
    }
  }
}
