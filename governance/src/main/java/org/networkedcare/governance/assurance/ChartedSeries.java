package org.networkedcare.governance.assurance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
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

  /** A month of the series and its value, if observed. */
  record Row(YearMonth month, Optional<BigDecimal> value) {}

  /** {@return the months from one to another (inclusive), each with its observation's value if any} */
  static List<Row> rows(NavigableMap<YearMonth, Observation> series, YearMonth from, YearMonth to) {
    List<Row> rows = new ArrayList<>();
    for (YearMonth p = from; !p.isAfter(to); p = p.plusMonths(1)) {
      Observation o = series.get(p);
      rows.add(new Row(p, Optional.ofNullable(o).map(Observation::value)));
    }
    return rows;
  }

  /**
   * The last point of the series "baseline points, then observations from the start to a period",
   * with limits fixed on the baseline; without a valid baseline, the observations alone, unfixed.
   */
  static SpcPoint lastPoint(
      BaselineStatus status, NavigableMap<YearMonth, Observation> series, YearMonth start, YearMonth p, ImprovementDirection direction) {
    List<Row> rows = new ArrayList<>();
    int fix = 0;
    if (status.baseline().isPresent()) {
      MeasureBaseline b = status.baseline().get();
      TreeMap<YearMonth, Observation> points = new TreeMap<>();
      b.points().forEach(x -> points.put(x.period(), x));
      rows.addAll(rows(points, b.from(), b.to()));
      fix = rows.size();
    }
    rows.addAll(rows(series, start, p));
    FacetResult f = chart(rows, fix, direction, OptionalDouble.empty());
    return f.point(f.size() - 1);
  }

  /** {@return the chart of consecutive months, limits fixed after a number of rows (0: none), against a target if any} */
  static FacetResult chart(List<Row> rows, int fixAfter, ImprovementDirection direction, OptionalDouble target) {
    SpcSeries.Builder b = SpcSeries.builder("");
    // Rows are consecutive months; SPC dates need only be increasing, so a baseline that ends well
    // before the start keeps its months.
    for (Row r : rows) {
      if (r.value().isPresent()) {
        b.add(r.month().atDay(1), r.value().get().doubleValue());
      } else {
        b.addMissing(r.month().atDay(1));
      }
    }
    SpcOptions.Builder options = SpcOptions.builder().improvement(direction).screening(true);
    if (fixAfter > 0) {
      options.fixAfter(fixAfter);
    }
    target.ifPresent(options::target);
    return Spc.analyse(b.build(), options.build()).facets().get(0);
  }

  /** {@return whether a point lies outside its limits on the side the measure worsens towards}; never for a neutral measure */
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
