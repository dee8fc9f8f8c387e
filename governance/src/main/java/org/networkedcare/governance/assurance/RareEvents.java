package org.networkedcare.governance.assurance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.networkedcare.core.ReportingPeriod;
import org.networkedcare.core.measure.ImprovementDirection;
import org.networkedcare.core.measure.Measure;
import org.networkedcare.core.measure.MeasureKind;
import org.networkedcare.governance.series.Observation;
import org.networkedcare.metrics.spc.ChartType;
import org.networkedcare.metrics.spc.FacetResult;
import org.networkedcare.metrics.spc.PointType;
import org.networkedcare.metrics.spc.Spc;
import org.networkedcare.metrics.spc.SpcOptions;
import org.networkedcare.metrics.spc.SpcSeries;

/**
 * A rare-event measure's series read as events (docs/governance.md, "Rare events"): a count measure
 * whose baseline and available periods have a median of 0 (most periods have no event, as never
 * events and serious incidents do). Each period with an event is one event, dated on the period's
 * first day; the g chart (metrics, {@link ChartType#G}, improvement = more days between events)
 * charts the days between consecutive event periods. The time since the latest event is never a
 * point, so a clean period changes nothing.
 *
 * @param events the event periods' first days, in order
 * @param periods how many periods were read
 */
record RareEvents(List<LocalDate> events, int periods) {

  /** The fewest gaps between events the g chart judges from: the SPC minimum for limits. */
  static final int MIN_GAPS = SpcOptions.MIN_FIX_AFTER;

  RareEvents {
    events = List.copyOf(events);
  }

  /**
   * {@return the events of a series, when the measure is a rare-event one}
   *
   * @param m the measure
   * @param status its baseline for the agreement, whose points come first
   * @param available the available observations from the start
   */
  static Optional<RareEvents> of(
      Measure m, BaselineStatus status, NavigableMap<ReportingPeriod, Observation> available) {
    if (m.kind() != MeasureKind.COUNT || m.direction() != ImprovementDirection.DECREASE) {
      return Optional.empty();
    }
    TreeMap<ReportingPeriod, BigDecimal> values = new TreeMap<>();
    status.baseline().ifPresent(b -> b.points().forEach(x -> values.put(x.period(), x.value())));
    available.forEach((p, o) -> values.put(p, o.value()));
    List<BigDecimal> sorted = values.values().stream().sorted().toList();
    if (sorted.isEmpty() || sorted.get((sorted.size() - 1) / 2).signum() != 0) {
      return Optional.empty();
    }
    List<LocalDate> events = new ArrayList<>();
    values.forEach(
        (p, v) -> {
          if (v.signum() > 0) {
            events.add(p.start());
          }
        });
    return Optional.of(new RareEvents(events, values.size()));
  }

  /** {@return the point type of the g chart's latest point, when there are enough gaps to judge} */
  Optional<PointType> latestPointType() {
    if (events.size() - 1 < MIN_GAPS) {
      return Optional.empty();
    }
    FacetResult f =
        Spc.analyse(
                SpcSeries.daysBetween("", events),
                SpcOptions.builder()
                    .chart(ChartType.G)
                    .improvement(ImprovementDirection.INCREASE)
                    .build())
            .facets()
            .get(0);
    return Optional.of(f.pointType(f.size() - 1));
  }

  /** {@return what the chart read, readable} */
  String describe() {
    String last =
        events.isEmpty()
            ? "no event"
            : "latest event in the period from " + events.get(events.size() - 1);
    return "rare event ("
        + events.size()
        + " event period(s) in "
        + periods
        + "; "
        + last
        + "), judged on a g chart of days between events"
        + (events.size() - 1 < MIN_GAPS
            ? ", too few gaps ("
                + Math.max(0, events.size() - 1)
                + " of "
                + MIN_GAPS
                + ") to show special cause"
            : "");
  }
}
