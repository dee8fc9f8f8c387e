package org.networkedcare.governance.assurance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.networkedcare.core.ReportingPeriod;
import org.networkedcare.core.measure.ImprovementDirection;
import org.networkedcare.governance.series.MeasureBaseline;
import org.networkedcare.governance.series.Observation;
import org.networkedcare.metrics.spc.FacetResult;
import org.networkedcare.metrics.spc.Spc;
import org.networkedcare.metrics.spc.SpcOptions;
import org.networkedcare.metrics.spc.SpcPoint;
import org.networkedcare.metrics.spc.SpcSeries;

/**
 * The SPC series of section 4, as triggers and evidence items read it: a measure's baseline months
 * (fixing the limits), then its observations from the agreement's start, month by month with gaps
 * kept as missing points, charted by Making Data Count's rules ({@code metrics.spc}, with
 * screening).
 */
final class ChartedSeries {

  private ChartedSeries() {}

  /** A period of the series and its value, if observed. */
  record Row(ReportingPeriod period, Optional<BigDecimal> value) {}

  /**
   * {@return the periods from one to another (inclusive), each with its observation's value if any}
   */
  static List<Row> rows(
      NavigableMap<ReportingPeriod, Observation> series, ReportingPeriod from, ReportingPeriod to) {
    List<Row> rows = new ArrayList<>();
    for (Optional<ReportingPeriod> p = Optional.of(from);
        p.isPresent() && p.get().compareTo(to) <= 0;
        p = Evaluation.following(p.get())) {
      Observation o = series.get(p.get());
      rows.add(new Row(p.get(), Optional.ofNullable(o).map(Observation::value)));
    }
    return rows;
  }

  /**
   * The last point of the series "baseline points, then observations from the start to a period",
   * with limits fixed on the baseline; without a valid baseline, the observations alone, unfixed.
   */
  static SpcPoint lastPoint(
      BaselineStatus status,
      NavigableMap<ReportingPeriod, Observation> series,
      ReportingPeriod start,
      ReportingPeriod p,
      ImprovementDirection direction) {
    List<Row> rows = new ArrayList<>();
    int fix = 0;
    if (status.baseline().isPresent()) {
      MeasureBaseline b = status.baseline().get();
      TreeMap<ReportingPeriod, Observation> points = new TreeMap<>();
      b.points().forEach(x -> points.put(x.period(), x));
      rows.addAll(rows(points, b.from(), b.to()));
      fix = rows.size();
    }
    rows.addAll(rows(series, start, p));
    FacetResult f = chart(rows, fix, direction, OptionalDouble.empty());
    return f.point(f.size() - 1);
  }

  /**
   * {@return the chart of consecutive periods, limits fixed after a number of rows (0: none),
   * against a target if any}
   */
  static FacetResult chart(
      List<Row> rows, int fixAfter, ImprovementDirection direction, OptionalDouble target) {
    SpcSeries.Builder b = SpcSeries.builder("");
    // Rows are consecutive periods; SPC dates need only be increasing, so a baseline that ends well
    // before the start keeps its periods.
    for (Row r : rows) {
      if (r.value().isPresent()) {
        b.add(r.period().start(), r.value().get().doubleValue());
      } else {
        b.addMissing(r.period().start());
      }
    }
    SpcOptions.Builder options = SpcOptions.builder().improvement(direction).screening(true);
    if (fixAfter > 0) {
      options.fixAfter(fixAfter);
    }
    target.ifPresent(options::target);
    return Spc.analyse(b.build(), options.build()).facets().get(0);
  }

  /**
   * {@return whether a point lies outside its limits on the side the measure worsens towards};
   * never for a neutral measure
   */
  static boolean outsideConcern(SpcPoint point, ImprovementDirection direction) {
    if (point.value().isEmpty()) {
      return false;
    }
    double v = point.value().getAsDouble();
    return switch (direction) {
      case INCREASE -> point.lowerLimit().isPresent() && v < point.lowerLimit().getAsDouble();
      case DECREASE -> point.upperLimit().isPresent() && v > point.upperLimit().getAsDouble();
      case NEUTRAL -> false;
    };
  }
}
