package org.networkedcare.governance.assurance;

import java.util.List;
import java.util.NavigableMap;
import java.util.TreeSet;
import org.networkedcare.core.ReportingPeriod;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.governance.agreement.HostAgreement;
import org.networkedcare.governance.agreement.Kpi;
import org.networkedcare.governance.escalation.Trigger;
import org.networkedcare.governance.series.Observation;

/**
 * Data gaps (section 10): for every started agreement, each series it watches (a KPI's measure at
 * its site, a trigger's measure at each site it watches, site-level) that lacks an observation for
 * a period of its measure's periodicity from the start available by the date gives one {@code
 * data-gap} listing the periods.
 */
final class DataGapRules implements RuleFamily {

  @Override
  public void evaluate(Evaluation context, Findings.Collector out) {
    for (HostAgreement a : context.startedAgreements()) {
      java.util.Map<org.networkedcare.core.ReportingPeriod.Granularity, List<ReportingPeriod>>
          periodsBy =
              new java.util.EnumMap<>(org.networkedcare.core.ReportingPeriod.Granularity.class);
      TreeSet<SeriesKey> watched = new TreeSet<>(SeriesKey.ORDER);
      for (Kpi k : a.kpis()) {
        watched.add(SeriesKey.of(k.measure(), k.site()));
      }
      for (Trigger t : a.triggers()) {
        for (OdsCode site : a.watchedSites(t)) {
          watched.add(SeriesKey.of(t.measure(), site));
        }
      }
      for (SeriesKey w : watched) {
        NavigableMap<ReportingPeriod, Observation> series = context.series(w);
        List<ReportingPeriod> periods =
            periodsBy.computeIfAbsent(context.periodicity(w.measure()), g -> context.periods(a, g));
        List<String> missing =
            periods.stream()
                .filter(p -> !series.containsKey(p))
                .map(ReportingPeriod::toString)
                .toList();
        if (!missing.isEmpty()) {
          out.add(
              context
                  .finding(FindingCode.DATA_GAP)
                  .agreement(a.id())
                  .site(w.site())
                  .measure(w.measure())
                  .summary(
                      "No observation of "
                          + w.measure()
                          + " at "
                          + w.site()
                          + " for "
                          + String.join(", ", missing)
                          + ", although available by "
                          + context.asOf()
                          + ".")
                  .evidence("periods", String.join(", ", missing)));
        }
      }
    }
  }
}
