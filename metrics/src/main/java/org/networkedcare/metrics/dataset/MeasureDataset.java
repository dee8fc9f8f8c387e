package org.networkedcare.metrics.dataset;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.networkedcare.core.ReportingPeriod;
import org.networkedcare.core.measure.Aggregation;
import org.networkedcare.core.measure.Measure;
import org.networkedcare.core.measure.MeasureKind;
import org.networkedcare.core.network.NetworkDocument;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * A network's own data: one long table of figures of the network document's measures by period,
 * organisation, optional site and optional service (the measure dataset of docs/dataset.md),
 * checked against the network document, with the figures aggregated up the network.
 *
 * <p><b>Aggregation</b> runs site, then organisation, then network, within one measure and one
 * service (an empty service is the whole organisation, and services are never added together):
 *
 * <ul>
 *   <li>an organisation's figure for a period is its own row (empty {@code site}) when it has one;
 *       otherwise the figures of its sites that report the measure, added up, and only when every
 *       one of those sites has a row for the period (a partial sum would read as a fall);
 *   <li>the network's figure for a period adds up the organisations' figures, when every
 *       organisation that reports the measure has one for the period;
 *   <li>adding up sums numerators and denominators of proportions and rates (the value is the
 *       summed numerator over the summed denominator, never an average of ratios), sums counts, and
 *       for a continuous measure does what its definition names ({@link Aggregation}: the sum, or
 *       the unweighted mean); a continuous measure that names none is not aggregated.
 * </ul>
 *
 * <p>Immutable and thread-safe; everything is computed on construction.
 */
public final class MeasureDataset {

  private record SeriesKey(String measure, Optional<String> service) {}

  private final String source;
  private final List<DatasetRow> rows;
  private final Map<DatasetRow, String> places;
  private final Map<String, Measure> measures;
  private final Map<SeriesKey, Map<ReportingUnit, NavigableMap<ReportingPeriod, Figure>>> series;

  MeasureDataset(
      String source, List<DatasetRow> rows, List<String> places, Map<String, Measure> measures) {
    this.source = source;
    this.rows = List.copyOf(rows);
    Map<DatasetRow, String> at = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      at.put(rows.get(i), places.get(i));
    }
    this.places = at;
    this.measures = Map.copyOf(measures);
    this.series = index(this.rows, this.measures);
  }

  /**
   * {@return a dataset of rows made in code, checked against a network document}
   *
   * @param rows the rows
   * @param network the network document whose measures, organisations, sites and services they name
   * @throws ValidationException with every problem at {@code /rows/INDEX/COLUMN}
   */
  public static MeasureDataset of(List<DatasetRow> rows, NetworkDocument network) {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(network, "network");
    DatasetAssembly assembly = new DatasetAssembly(network, "rows");
    for (int i = 0; i < rows.size(); i++) {
      DatasetRow r = Objects.requireNonNull(rows.get(i), "rows[" + i + "]");
      RawRow raw =
          new RawRow(
              r.period().toString(),
              r.organisation().value(),
              r.site().map(OdsCode::value).orElse(""),
              r.service().orElse(""),
              r.measure(),
              r.figure().numerator(),
              r.figure().denominator(),
              r.figure().isRatio() ? Optional.empty() : Optional.of(r.figure().value()),
              Set.of());
      assembly.add(raw, Problems.collector().at("rows").at(i), "/rows/" + i, "rows/" + i);
    }
    return assembly.build();
  }

  /** {@return a dataset with no rows: every measure of the network has no data} */
  public static MeasureDataset empty() {
    return new MeasureDataset("no data", List.of(), List.of(), Map.of());
  }

  private static Map<SeriesKey, Map<ReportingUnit, NavigableMap<ReportingPeriod, Figure>>> index(
      List<DatasetRow> rows, Map<String, Measure> measures) {
    Map<SeriesKey, Map<ReportingUnit, NavigableMap<ReportingPeriod, Figure>>> out =
        new LinkedHashMap<>();
    for (DatasetRow r : rows) {
      out.computeIfAbsent(new SeriesKey(r.measure(), r.service()), k -> new TreeMap<>())
          .computeIfAbsent(r.unit(), u -> new TreeMap<>())
          .put(r.period(), r.figure());
    }
    for (Map.Entry<SeriesKey, Map<ReportingUnit, NavigableMap<ReportingPeriod, Figure>>> e :
        out.entrySet()) {
      Measure m = measures.get(e.getKey().measure());
      if (m == null) {
        throw new IllegalStateException(
            "the rows were checked against the measures: " + e.getKey().measure());
      }
      Map<ReportingUnit, NavigableMap<ReportingPeriod, Figure>> units = e.getValue();
      // organisations: their own rows, else their sites added up
      Map<ReportingUnit, List<NavigableMap<ReportingPeriod, Figure>>> sitesOf = new TreeMap<>();
      Set<ReportingUnit> organisations = new TreeSet<>();
      for (Map.Entry<ReportingUnit, NavigableMap<ReportingPeriod, Figure>> u : units.entrySet()) {
        organisations.add(
            u.getKey().level() == ReportingUnit.Level.SITE ? u.getKey().parent() : u.getKey());
        if (u.getKey().level() == ReportingUnit.Level.SITE) {
          sitesOf.computeIfAbsent(u.getKey().parent(), k -> new ArrayList<>()).add(u.getValue());
        }
      }
      Map<ReportingUnit, NavigableMap<ReportingPeriod, Figure>> added = new TreeMap<>();
      for (ReportingUnit org : organisations) {
        NavigableMap<ReportingPeriod, Figure> own = units.get(org);
        NavigableMap<ReportingPeriod, Figure> combined =
            own == null ? new TreeMap<>() : new TreeMap<>(own);
        if (m.aggregates()) {
          combine(m, sitesOf.getOrDefault(org, List.of())).forEach(combined::putIfAbsent);
        }
        if (!combined.isEmpty()) {
          added.put(org, combined);
        }
      }
      units.putAll(added);
      if (m.aggregates() && organisations.stream().allMatch(units::containsKey)) {
        List<NavigableMap<ReportingPeriod, Figure>> orgSeries =
            organisations.stream().map(units::get).toList();
        NavigableMap<ReportingPeriod, Figure> network = combine(m, orgSeries);
        if (!network.isEmpty()) {
          units.put(ReportingUnit.network(), network);
        }
      }
    }
    Map<SeriesKey, Map<ReportingUnit, NavigableMap<ReportingPeriod, Figure>>> frozen =
        new LinkedHashMap<>();
    out.forEach(
        (k, v) -> {
          Map<ReportingUnit, NavigableMap<ReportingPeriod, Figure>> units = new TreeMap<>();
          v.forEach((u, s) -> units.put(u, Collections.unmodifiableNavigableMap(new TreeMap<>(s))));
          frozen.put(k, Collections.unmodifiableMap(units));
        });
    return Collections.unmodifiableMap(frozen);
  }

  /** The parts added up, for the periods in which every part has a figure; empty without parts. */
  private static NavigableMap<ReportingPeriod, Figure> combine(
      Measure m, List<NavigableMap<ReportingPeriod, Figure>> parts) {
    NavigableMap<ReportingPeriod, Figure> out = new TreeMap<>();
    if (parts.isEmpty()) {
      return out;
    }
    for (ReportingPeriod p : parts.get(0).keySet()) {
      List<Figure> figures = new ArrayList<>(parts.size());
      for (NavigableMap<ReportingPeriod, Figure> part : parts) {
        Figure f = part.get(p);
        if (f == null) {
          break;
        }
        figures.add(f);
      }
      if (figures.size() == parts.size()) {
        out.put(p, add(m, figures));
      }
    }
    return out;
  }

  static Figure add(Measure m, List<Figure> figures) {
    if (m.kind() == MeasureKind.PROPORTION || m.kind() == MeasureKind.RATE) {
      BigDecimal n = BigDecimal.ZERO;
      BigDecimal d = BigDecimal.ZERO;
      for (Figure f : figures) {
        n = n.add(f.numerator().orElseThrow());
        d = d.add(f.denominator().orElseThrow());
      }
      return Figure.ratio(n, d);
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Figure f : figures) {
      sum = sum.add(f.value());
    }
    if (m.kind() == MeasureKind.CONTINUOUS && m.aggregation().orElseThrow() == Aggregation.MEAN) {
      sum = sum.divide(BigDecimal.valueOf(figures.size()), MathContext.DECIMAL64);
    }
    return Figure.of(sum.signum() == 0 ? BigDecimal.ZERO : sum.stripTrailingZeros());
  }

  /** {@return the name of what the rows were read from, such as {@code data.csv}} */
  public String source() {
    return source;
  }

  /** {@return the rows, in the order read} */
  public List<DatasetRow> rows() {
    return rows;
  }

  /** {@return whether the dataset has no rows} */
  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /**
   * {@return where a row was read, such as {@code data.csv:12} or {@code data.json:/rows/3}}
   *
   * @param row a row of this dataset
   * @throws IllegalArgumentException when the row is not one of this dataset's
   */
  public String place(DatasetRow row) {
    String at = places.get(row);
    if (at == null) {
      throw new IllegalArgumentException("not a row of this dataset: " + row);
    }
    return at;
  }

  /** {@return the ids of the measures that have rows, in the order first read} */
  public Set<String> measures() {
    Set<String> out = new LinkedHashSet<>();
    series.keySet().forEach(k -> out.add(k.measure()));
    return out;
  }

  /**
   * {@return the definition of a measure the rows name}
   *
   * @param id the measure's id
   */
  public Optional<Measure> measure(String id) {
    return Optional.ofNullable(measures.get(id));
  }

  /**
   * {@return the services a measure has rows for; an empty one is the whole organisation}
   *
   * @param measure the measure's id
   */
  public Set<Optional<String>> services(String measure) {
    Set<Optional<String>> out = new LinkedHashSet<>();
    series.keySet().stream()
        .filter(k -> k.measure().equals(measure))
        .forEach(k -> out.add(k.service()));
    return out;
  }

  /**
   * {@return the units that have a series of a measure: the sites and organisations of the rows,
   * the organisations their sites add up to, and the network when it adds up}
   *
   * @param measure the measure's id
   * @param service the service, or empty for the whole organisation
   */
  public SortedSet<ReportingUnit> units(String measure, Optional<String> service) {
    return new TreeSet<>(series.getOrDefault(new SeriesKey(measure, service), Map.of()).keySet());
  }

  /**
   * {@return the figures of a measure at a unit, by period; empty when there are none}
   *
   * @param measure the measure's id
   * @param unit the site, organisation or network
   * @param service the service, or empty for the whole organisation
   */
  public NavigableMap<ReportingPeriod, Figure> series(
      String measure, ReportingUnit unit, Optional<String> service) {
    return series
        .getOrDefault(new SeriesKey(measure, service), Map.of())
        .getOrDefault(unit, Collections.emptyNavigableMap());
  }

  /**
   * {@return how many rows, measures, organisations, sites and periods the dataset has, and its
   * gaps}
   */
  public DatasetSummary summary() {
    return DatasetSummary.of(this);
  }

  /** {@return the source and its size, such as {@code data.csv: 720 rows, 4 measures}} */
  @Override
  public String toString() {
    return source + ": " + rows.size() + " rows, " + measures().size() + " measures";
  }
}
