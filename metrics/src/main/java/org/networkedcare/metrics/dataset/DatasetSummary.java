package org.networkedcare.metrics.dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.networkedcare.core.ReportingPeriod;
import org.networkedcare.core.ReportingPeriod.Granularity;
import org.networkedcare.core.organisation.OdsCode;

/**
 * What a measure dataset holds: how many rows, measures, organisations, sites and periods, each
 * measure's span, and the gaps (periods inside a measure's span for which a unit that reports the
 * measure has no row). Immutable.
 *
 * @param source what the rows were read from
 * @param rows the number of rows
 * @param measures each measure's span, in the order first read
 * @param organisations the number of organisations with rows
 * @param sites the number of sites with rows
 * @param periods the number of distinct periods
 * @param gaps the gaps, measure by measure and unit by unit
 */
public record DatasetSummary(
    String source,
    int rows,
    List<MeasureSpan> measures,
    int organisations,
    int sites,
    int periods,
    List<Gap> gaps) {

  /** How many missing periods a gap lists; the rest are counted. */
  public static final int LISTED = 12;

  /**
   * The span of one measure's rows.
   *
   * @param measure the measure's id
   * @param periodicity its periodicity
   * @param first the first period with a row
   * @param last the last period with a row
   * @param units the number of sites and organisations with rows
   * @param rows the number of rows
   */
  public record MeasureSpan(
      String measure,
      Granularity periodicity,
      ReportingPeriod first,
      ReportingPeriod last,
      int units,
      int rows) {}

  /**
   * The periods of a measure's span missing at one unit.
   *
   * @param measure the measure's id
   * @param service the service, if the rows are for one
   * @param unit the site or organisation
   * @param missing how many periods are missing
   * @param listed the first {@value DatasetSummary#LISTED} of them, in order
   */
  public record Gap(
      String measure,
      Optional<String> service,
      ReportingUnit unit,
      long missing,
      List<ReportingPeriod> listed) {

    /**
     * Copies the list.
     *
     * @param measure the measure
     * @param service the service, if any
     * @param unit the unit
     * @param missing how many are missing
     * @param listed the first ones
     */
    public Gap {
      listed = List.copyOf(listed);
    }
  }

  /**
   * Copies the lists.
   *
   * @param source the source
   * @param rows the rows
   * @param measures the measures
   * @param organisations the organisations
   * @param sites the sites
   * @param periods the periods
   * @param gaps the gaps
   */
  public DatasetSummary {
    measures = List.copyOf(measures);
    gaps = List.copyOf(gaps);
  }

  static DatasetSummary of(MeasureDataset data) {
    Map<String, List<DatasetRow>> byMeasure = new LinkedHashMap<>();
    Set<OdsCode> organisations = new TreeSet<>();
    Set<OdsCode> sites = new TreeSet<>();
    Set<ReportingPeriod> periods = new TreeSet<>();
    for (DatasetRow r : data.rows()) {
      byMeasure.computeIfAbsent(r.measure(), k -> new ArrayList<>()).add(r);
      organisations.add(r.organisation());
      r.site().ifPresent(sites::add);
      periods.add(r.period());
    }
    List<MeasureSpan> spans = new ArrayList<>();
    List<Gap> gaps = new ArrayList<>();
    byMeasure.forEach(
        (measure, rows) -> {
          ReportingPeriod first =
              rows.stream().map(DatasetRow::period).min(ReportingPeriod::compareTo).orElseThrow();
          ReportingPeriod last =
              rows.stream().map(DatasetRow::period).max(ReportingPeriod::compareTo).orElseThrow();
          Map<Optional<String>, Map<ReportingUnit, TreeSet<ReportingPeriod>>> present =
              new LinkedHashMap<>();
          for (DatasetRow r : rows) {
            present
                .computeIfAbsent(r.service(), k -> new TreeMap<>())
                .computeIfAbsent(r.unit(), k -> new TreeSet<>())
                .add(r.period());
          }
          int units = present.values().stream().mapToInt(Map::size).sum();
          spans.add(new MeasureSpan(measure, first.granularity(), first, last, units, rows.size()));
          present.forEach(
              (service, byUnit) ->
                  byUnit.forEach(
                      (unit, have) -> {
                        long missing = first.until(last) + 1 - have.size();
                        if (missing > 0) {
                          gaps.add(
                              new Gap(measure, service, unit, missing, missing(first, last, have)));
                        }
                      }));
        });
    return new DatasetSummary(
        data.source(),
        data.rows().size(),
        spans,
        organisations.size(),
        sites.size(),
        periods.size(),
        gaps);
  }

  /**
   * The first missing periods, found between the periods present (linear in the rows, not the
   * span).
   */
  private static List<ReportingPeriod> missing(
      ReportingPeriod first, ReportingPeriod last, TreeSet<ReportingPeriod> have) {
    List<ReportingPeriod> out = new ArrayList<>();
    ReportingPeriod expected = first;
    for (ReportingPeriod p : have) {
      while (expected.compareTo(p) < 0 && out.size() < LISTED) {
        out.add(expected);
        expected = expected.next();
      }
      if (out.size() >= LISTED) {
        return out;
      }
      expected = p.equals(last) ? p : p.next();
    }
    return out;
  }

  /**
   * {@return the summary for a person, one fact a line: the size, each measure's span, the gaps}
   */
  public String render() {
    String nl = System.lineSeparator();
    StringBuilder out = new StringBuilder();
    out.append(
            String.format(
                Locale.ROOT,
                "%s: %,d rows: %d measures x %d organisations x %d sites x %d periods",
                source,
                rows,
                measures.size(),
                organisations,
                sites,
                periods))
        .append(nl);
    for (MeasureSpan m : measures) {
      out.append(
              String.format(
                  Locale.ROOT,
                  "  %s: by %s, %s to %s, %d %s, %,d %s",
                  m.measure(),
                  m.periodicity().id(),
                  m.first(),
                  m.last(),
                  m.units(),
                  m.units() == 1 ? "unit" : "units",
                  m.rows(),
                  m.rows() == 1 ? "row" : "rows"))
          .append(nl);
    }
    if (gaps.isEmpty()) {
      out.append("no gaps").append(nl);
    } else {
      out.append(gaps.size() == 1 ? "1 gap" : gaps.size() + " gaps")
          .append(" (periods inside a measure's span with no row)")
          .append(nl);
      for (Gap g : gaps) {
        out.append("  ")
            .append(g.measure())
            .append(" at ")
            .append(g.unit())
            .append(g.service().map(s -> " for " + s).orElse(""))
            .append(": ")
            .append(g.missing() == 1 ? "1 period" : g.missing() + " periods")
            .append(" missing: ");
        List<String> names = g.listed().stream().map(ReportingPeriod::toString).toList();
        out.append(String.join(", ", names));
        if (g.missing() > g.listed().size()) {
          out.append(" and ").append(g.missing() - g.listed().size()).append(" more");
        }
        out.append(nl);
      }
    }
    return out.toString();
  }
}
