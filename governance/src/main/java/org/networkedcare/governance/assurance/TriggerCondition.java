package org.networkedcare.governance.assurance;

import java.math.BigDecimal;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalDouble;
import org.networkedcare.core.ReportingPeriod;
import org.networkedcare.core.measure.Measure;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.governance.agreement.HostAgreement;
import org.networkedcare.governance.agreement.Kpi;
import org.networkedcare.governance.escalation.Trigger;
import org.networkedcare.governance.series.Observation;
import org.networkedcare.metrics.spc.Assurance;
import org.networkedcare.metrics.spc.FacetResult;
import org.networkedcare.metrics.spc.PointType;
import org.networkedcare.metrics.spc.SpcPoint;

/**
 * A trigger's condition at one watched site, month by month (section 4): a threshold, the KPI not
 * met, or an SPC signal on the charted series.
 */
final class TriggerCondition {

  /** The least number of observations from the start before an assurance signal is read. */
  private static final int ASSURANCE_POINTS = 12;

  private final Evaluation context;
  private final HostAgreement agreement;
  private final Trigger trigger;
  private final Measure measure;
  private final OdsCode site;
  private final NavigableMap<ReportingPeriod, Observation> series;
  private final Optional<Kpi> kpi;

  TriggerCondition(Evaluation context, HostAgreement agreement, Trigger trigger, OdsCode site) {
    this.context = context;
    this.agreement = agreement;
    this.trigger = trigger;
    this.measure = context.measure(trigger.measure());
    this.site = site;
    this.series = context.series(trigger.measure(), site);
    this.kpi = agreement.kpi(trigger.measure(), site);
  }

  /** {@return the site-level series the condition reads} */
  NavigableMap<ReportingPeriod, Observation> series() {
    return series;
  }

  /**
   * {@return whether the condition holds in a period with an observation; empty for a period
   * without one}
   */
  Optional<Boolean> holds(ReportingPeriod p) {
    Observation o = series.get(p);
    if (o == null) {
      return Optional.empty();
    }
    BigDecimal v = o.value();
    Trigger.Condition c = trigger.condition();
    return Optional.of(
        switch (c.kind()) {
          case THRESHOLD -> {
            int cmp = v.compareTo(c.threshold().orElseThrow());
            yield c.side().orElseThrow() == Trigger.Side.BELOW ? cmp < 0 : cmp > 0;
          }
          case KPI -> kpi.map(k -> !k.meets(v, measure.direction())).orElse(false);
          case SPC -> spcHolds(p);
        });
  }

  private boolean spcHolds(ReportingPeriod p) {
    Trigger.Signal signal = trigger.condition().signal().orElseThrow();
    ReportingPeriod start = ReportingPeriod.containing(p.granularity(), agreement.term().start());
    if (signal == Trigger.Signal.ASSURANCE_FAIL) {
      List<ChartedSeries.Row> rows = ChartedSeries.rows(series, start, p);
      if (rows.stream().filter(r -> r.value().isPresent()).count() < ASSURANCE_POINTS
          || kpi.isEmpty()) {
        return false;
      }
      FacetResult f =
          ChartedSeries.chart(
              rows, 0, measure.direction(), OptionalDouble.of(kpi.get().standard().doubleValue()));
      return f.assurance().filter(x -> x == Assurance.FAIL).isPresent();
    }
    BaselineStatus status = context.baseline(agreement, SeriesKey.of(trigger.measure(), site));
    SpcPoint point = ChartedSeries.lastPoint(status, series, start, p, measure.direction());
    return signal == Trigger.Signal.CONCERN
        ? point.pointType() == PointType.SPECIAL_CAUSE_CONCERN
        : ChartedSeries.outsideConcern(point, measure.direction());
  }

  /** {@return the condition in words, such as "below 90.0% for 3 consecutive periods"} */
  String describe() {
    Trigger.Condition c = trigger.condition();
    String n = c.periods() == 1 ? "" : " for " + c.periods() + " consecutive periods";
    return switch (c.kind()) {
      case THRESHOLD ->
          c.side().orElseThrow().id()
              + " "
              + Evaluation.format(measure).format(c.threshold().orElseThrow())
              + n;
      case KPI ->
          "not meeting its KPI "
              + kpi.map(
                      k ->
                          Evaluation.format(measure).format(k.standard())
                              + " with tolerance "
                              + Evaluation.format(measure).format(k.tolerance()))
                  .orElse("")
              + n;
      case SPC -> "with the SPC signal " + c.signal().orElseThrow().id() + n;
    };
  }
}
