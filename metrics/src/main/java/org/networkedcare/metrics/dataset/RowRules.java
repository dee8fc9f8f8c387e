package org.networkedcare.metrics.dataset;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.networkedcare.core.ReportingPeriod;
import org.networkedcare.core.measure.Measure;
import org.networkedcare.core.measure.MeasureKind;
import org.networkedcare.core.network.NetworkDocument;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.organisation.Site;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * The rules every row of a measure dataset meets, whatever file it came from: known measure,
 * organisation, site (of that organisation) and service; a period of the measure's periodicity; the
 * columns its measure's kind asks for; numbers in range. Duplicates are found by {@link
 * DatasetAssembly}, which sees every row.
 */
final class RowRules {

  static final String PERIOD = "period";
  static final String ORGANISATION = "organisation";
  static final String SITE = "site";
  static final String SERVICE = "service";
  static final String MEASURE = "measure";
  static final String NUMERATOR = "numerator";
  static final String DENOMINATOR = "denominator";
  static final String VALUE = "value";

  /** The columns of the format, in the order the issue names them. */
  static final List<String> COLUMNS =
      List.of(PERIOD, ORGANISATION, SITE, SERVICE, MEASURE, NUMERATOR, DENOMINATOR, VALUE);

  private final Map<String, Measure> measures = new HashMap<>();
  private final Set<OdsCode> organisations = new HashSet<>();
  private final Map<OdsCode, Site> sites = new HashMap<>();
  private final Set<String> services = new HashSet<>();

  RowRules(NetworkDocument network) {
    network.measures().forEach(m -> measures.put(m.id(), m));
    network.organisations().forEach(o -> organisations.add(o.odsCode()));
    network.sites().forEach(s -> sites.put(s.code(), s));
    network.services().forEach(s -> services.add(s.id()));
  }

  Map<String, Measure> measures() {
    return measures;
  }

  /** Checks one row, recording problems under the row; the row when it has none. */
  Optional<DatasetRow> check(RawRow raw, Problems row) {
    int before = row.list().size();
    Set<String> skip = raw.unreadable();
    Optional<Measure> measure = Optional.empty();
    if (!skip.contains(MEASURE)) {
      if (raw.measure().isEmpty()) {
        row.at(MEASURE).add("required", "a measure is named");
      } else {
        measure = Optional.ofNullable(measures.get(raw.measure()));
        if (measure.isEmpty()) {
          row.at(MEASURE)
              .add(
                  "reference.unknown",
                  "'"
                      + raw.measure()
                      + "' is not a measure of the network document"
                      + (measures.isEmpty() ? " (it has none)" : ""));
        }
      }
    }
    Optional<ReportingPeriod> period = Optional.empty();
    if (!skip.contains(PERIOD)) {
      if (raw.period().isEmpty()) {
        row.at(PERIOD)
            .add(
                "required",
                "a period is given: a month 2024-06, a quarter 2024/25-Q1 or a financial year 2024/25");
      } else {
        try {
          period = Optional.of(ReportingPeriod.parse(raw.period()));
        } catch (ValidationException e) {
          row.at(PERIOD).add(e.problems().get(0).code(), e.problems().get(0).message());
        }
      }
    }
    if (period.isPresent()
        && measure.isPresent()
        && period.get().granularity() != measure.get().periodicity()) {
      row.at(PERIOD)
          .add(
              "dataset.periodicity",
              measure.get().id()
                  + " is reported by "
                  + measure.get().periodicity().id()
                  + " (its periodicity in the network document), so '"
                  + raw.period()
                  + "', a "
                  + period.get().granularity().id()
                  + ", does not fit; one measure has one periodicity");
    }
    Optional<OdsCode> organisation = code(raw.organisation(), ORGANISATION, skip, row, true);
    organisation.ifPresent(
        o ->
            row.at(ORGANISATION)
                .check(
                    organisations.contains(o),
                    "reference.unknown",
                    "'" + o + "' is not an organisation of the network document"));
    Optional<OdsCode> site = code(raw.site(), SITE, skip, row, false);
    if (site.isPresent()) {
      Site s = sites.get(site.get());
      if (s == null) {
        row.at(SITE)
            .add("reference.unknown", "'" + site.get() + "' is not a site of the network document");
      } else if (organisation.isPresent() && !s.organisation().equals(organisation.get())) {
        row.at(SITE)
            .add(
                "dataset.site-organisation",
                site.get()
                    + " is a site of "
                    + s.organisation()
                    + ", not of "
                    + organisation.get());
      }
    }
    Optional<String> service =
        raw.service().isEmpty() ? Optional.empty() : Optional.of(raw.service());
    service.ifPresent(
        s ->
            row.at(SERVICE)
                .check(
                    services.contains(s),
                    "reference.unknown",
                    "'" + s + "' is not a service of the network document"));
    Optional<Figure> figure = measure.flatMap(m -> figure(m, raw, row));
    if (row.list().size() > before
        || figure.isEmpty()
        || period.isEmpty()
        || organisation.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new DatasetRow(
            period.get(), organisation.get(), site, service, measure.get().id(), figure.get()));
  }

  private static Optional<OdsCode> code(
      String text, String column, Set<String> skip, Problems row, boolean required) {
    if (skip.contains(column)) {
      return Optional.empty();
    }
    if (text.isEmpty()) {
      if (required) {
        row.at(column).add("required", "an organisation's ODS code is given");
      }
      return Optional.empty();
    }
    try {
      return Optional.of(OdsCode.of(text));
    } catch (ValidationException e) {
      row.at(column).add(e.problems().get(0).code(), e.problems().get(0).message());
      return Optional.empty();
    }
  }

  /** The columns the measure's kind asks for, and the numbers' ranges. */
  private static Optional<Figure> figure(Measure m, RawRow raw, Problems row) {
    Set<String> skip = raw.unreadable();
    int before = row.list().size();
    boolean ratio = m.kind() == MeasureKind.PROPORTION || m.kind() == MeasureKind.RATE;
    if (ratio) {
      for (String column : List.of(NUMERATOR, DENOMINATOR)) {
        Optional<BigDecimal> v = column.equals(NUMERATOR) ? raw.numerator() : raw.denominator();
        if (v.isEmpty() && !skip.contains(column)) {
          row.at(column)
              .add(
                  "dataset.columns",
                  "a "
                      + m.kind().id()
                      + " row gives a numerator and a denominator ("
                      + m.id()
                      + " is a "
                      + m.kind().id()
                      + ")");
        }
      }
      raw.numerator()
          .ifPresent(
              n ->
                  row.at(NUMERATOR)
                      .check(
                          n.signum() >= 0,
                          "dataset.negative",
                          "a numerator is not negative, not " + n.toPlainString()));
      raw.denominator()
          .ifPresent(
              d ->
                  row.at(DENOMINATOR)
                      .check(
                          d.signum() > 0,
                          "dataset.denominator",
                          "a denominator is positive, not " + d.toPlainString()));
      if (m.kind() == MeasureKind.PROPORTION
          && raw.numerator().isPresent()
          && raw.denominator().isPresent()
          && raw.denominator().get().signum() > 0) {
        row.at(NUMERATOR)
            .check(
                raw.numerator().get().compareTo(raw.denominator().get()) <= 0,
                "dataset.proportion",
                "the numerator "
                    + raw.numerator().get().toPlainString()
                    + " is more than the denominator "
                    + raw.denominator().get().toPlainString()
                    + ": a proportion is at most 1");
      }
      if (row.list().size() > before || raw.numerator().isEmpty() || raw.denominator().isEmpty()) {
        return Optional.empty();
      }
      Figure f = Figure.ratio(raw.numerator().get(), raw.denominator().get());
      if (raw.value().isPresent() && !agrees(raw.value().get(), f.value())) {
        row.at(VALUE)
            .add(
                "dataset.value",
                "the value "
                    + raw.value().get().toPlainString()
                    + " is not the numerator over the denominator ("
                    + f.value().toPlainString()
                    + ") to the digits given; leave it empty or give the ratio");
        return Optional.empty();
      }
      return Optional.of(f);
    }
    for (String column : List.of(NUMERATOR, DENOMINATOR)) {
      Optional<BigDecimal> v = column.equals(NUMERATOR) ? raw.numerator() : raw.denominator();
      if (v.isPresent()) {
        row.at(column)
            .add(
                "dataset.columns",
                "a "
                    + m.kind().id()
                    + " row gives a value only ("
                    + m.id()
                    + " is a "
                    + m.kind().id()
                    + "); leave the "
                    + column
                    + " empty");
      }
    }
    if (raw.value().isEmpty()) {
      if (!skip.contains(VALUE)) {
        row.at(VALUE)
            .add(
                "dataset.columns",
                "a "
                    + m.kind().id()
                    + " row gives a value ("
                    + m.id()
                    + " is a "
                    + m.kind().id()
                    + ")");
      }
      return Optional.empty();
    }
    BigDecimal v = raw.value().get();
    if (m.kind() == MeasureKind.COUNT) {
      row.at(VALUE)
          .check(
              v.signum() >= 0,
              "dataset.negative",
              "a count is not negative, not " + v.toPlainString());
      row.at(VALUE)
          .check(
              v.signum() < 0 || isWhole(v),
              "dataset.count",
              "a count is a whole number, not " + v.toPlainString());
    }
    return row.list().size() > before
        ? Optional.empty()
        : Optional.of(Figure.of(v.signum() == 0 ? BigDecimal.ZERO : v));
  }

  private static boolean isWhole(BigDecimal v) {
    return v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
  }

  /**
   * Whether a value given beside a numerator and a denominator is their ratio to the digits it has.
   */
  static boolean agrees(BigDecimal given, BigDecimal ratio) {
    int scale = Math.max(0, given.scale());
    BigDecimal half = BigDecimal.ONE.movePointLeft(scale).divide(BigDecimal.valueOf(2));
    return given.subtract(ratio).abs().compareTo(half) <= 0;
  }
}
