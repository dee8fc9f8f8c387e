package org.networkedcare.governance.series;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.networkedcare.core.ReportingPeriod;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problems;

/**
 * A series of a measure at a site as it was before a change: the points of each reporting period
 * from {@code from} to {@code to} (months, or the quarters or financial years of a measure reported
 * so), when it was captured, its source and its data-quality grade. Immutable: a new baseline is a
 * new record with its own capture date.
 *
 * <p>JSON: {@code {"id": "B1", "measure": "rtt-18wk", "site": "RHA01", "from": "2023-03", "to":
 * "2024-02", "points": [{"month": "2023-03", "value": 0.93, "numerator": 930, "denominator": 1000},
 * ...], "capturedOn": "2024-03-20", "source": "host PAS", "dataQuality": "B"}}; {@code service} is
 * optional. A point names its period with {@code period} ({@code "2019/20-Q1"}) or, for a month,
 * {@code month}; a monthly point is written with {@code month}, any other with {@code period}.
 *
 * @param id the baseline's identifier
 * @param measure the measure's identifier
 * @param site the site's code
 * @param service the service, if any
 * @param from the first period
 * @param to the last period, of the same granularity
 * @param points the points, periods from {@code from} to {@code to}, each once, in order
 * @param capturedOn the date it was captured
 * @param source where the data came from
 * @param dataQuality the data-quality grade
 */
public record MeasureBaseline(
    String id,
    String measure,
    OdsCode site,
    Optional<String> service,
    ReportingPeriod from,
    ReportingPeriod to,
    List<Observation> points,
    LocalDate capturedOn,
    String source,
    String dataQuality) {

  /**
   * Checks the baseline: parts present; {@code from} and {@code to} of one granularity ({@code
   * baseline.periodicity}), {@code to} not before {@code from} ({@code range.order}); each point a
   * period of that granularity inside the baseline, each once ({@code baseline.point}).
   *
   * @param id the identifier
   * @param measure the measure
   * @param site the site
   * @param service the service, if any
   * @param from the first period
   * @param to the last period
   * @param points the points
   * @param capturedOn the capture date
   * @param source the source
   * @param dataQuality the data-quality grade
   */
  public MeasureBaseline {
    Problems problems = Problems.collector();
    problems.at("id").required(id);
    problems.at("measure").required(measure);
    problems.at("site").required(site);
    problems.at("service").required(service);
    problems.at("capturedOn").required(capturedOn);
    problems.at("source").required(source);
    problems.at("dataQuality").required(dataQuality);
    boolean range = problems.at("from").required(from) & problems.at("to").required(to);
    if (range) {
      range =
          problems
              .at("to")
              .check(
                  to.granularity() == from.granularity(),
                  "baseline.periodicity",
                  "the last period "
                      + to
                      + " is a "
                      + to.granularity().id()
                      + ", the first "
                      + from
                      + " a "
                      + from.granularity().id());
    }
    if (range) {
      range =
          problems
              .at("to")
              .check(to.compareTo(from) >= 0, "range.order", "the last period is before the first");
    }
    if (problems.at("points").required(points)) {
      points = points.stream().sorted(java.util.Comparator.comparing(Observation::period)).toList();
      Set<ReportingPeriod> seen = new HashSet<>();
      for (int i = 0; i < points.size(); i++) {
        Observation p = points.get(i);
        if (!problems.at("points").at(i).required(p)) {
          continue;
        }
        problems
            .at("points")
            .at(i)
            .check(seen.add(p.period()), "baseline.point", p.period() + " is given twice");
        if (range) {
          problems
              .at("points")
              .at(i)
              .check(
                  p.period().granularity() == from.granularity()
                      && p.period().compareTo(from) >= 0
                      && p.period().compareTo(to) <= 0,
                  "baseline.point",
                  p.period() + " is not a period of the baseline, " + from + " to " + to);
        }
      }
    }
    problems.throwIfAny();
  }

  /** {@return the number of periods from {@code from} to {@code to}, both included} */
  public int periods() {
    return (int) (from.until(to) + 1);
  }
}
