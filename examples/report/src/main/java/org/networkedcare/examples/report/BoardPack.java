package org.networkedcare.examples.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import org.networkedcare.core.ReportingPeriod;
import org.networkedcare.core.ReportingPeriod.Granularity;
import org.networkedcare.core.measure.MeasureFormat;
import org.networkedcare.core.measure.MeasureKind;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.governance.assurance.Assessment;
import org.networkedcare.governance.assurance.DecisionEngine;
import org.networkedcare.governance.json.GovernanceReferenceJson;
import org.networkedcare.governance.reference.GovernanceReference;
import org.networkedcare.metrics.appraisal.AppraisalResult;
import org.networkedcare.metrics.appraisal.BenefitCalculator;
import org.networkedcare.metrics.appraisal.MonteCarlo;
import org.networkedcare.metrics.appraisal.PsaResult;
import org.networkedcare.metrics.dataset.Figure;
import org.networkedcare.metrics.dataset.ReportingUnit;
import org.networkedcare.metrics.funnel.ExactComparison;
import org.networkedcare.metrics.funnel.Funnel;
import org.networkedcare.metrics.funnel.FunnelOptions;
import org.networkedcare.metrics.funnel.FunnelResult;
import org.networkedcare.metrics.funnel.IndicatorType;
import org.networkedcare.metrics.funnel.SiteCount;
import org.networkedcare.metrics.spc.FacetResult;
import org.networkedcare.metrics.spc.Spc;
import org.networkedcare.metrics.spc.SpcOptions;
import org.networkedcare.metrics.spc.SpcPoint;
import org.networkedcare.metrics.spc.SpcSeries;
import org.networkedcare.metrics.uncertainty.Acceptability;
import org.networkedcare.metrics.uncertainty.DrawSummary;
import org.networkedcare.metrics.uncertainty.WtpGrid;

/**
 * One evaluation of a network at a date: the governance assessment, an SPC chart per measure and
 * unit (site, organisation, network: the levels the evaluation document chooses), a funnel of the
 * units for each proportion or rate, every option of the appraisal against the counterfactual with
 * the benefits realised from the dataset, and the probabilistic analysis. Its JSON form, {@link
 * BoardPackPage#json}, holds every number the page shows; the page reads them from there.
 * Immutable.
 *
 * <p>A chart whose measure has no value in the baseline or in the evaluation window is {@code
 * no-data}; one with fewer baseline values than the SPC limits need ({@value
 * SpcOptions#MIN_FIX_AFTER}, {@link SpcOptions#MIN_FIX_AFTER}) is {@code too-few-points}; neither
 * has limits, icons or assurance.
 *
 * @param document the evaluation document
 * @param asOf the evaluation date; a period is charted when it ended by it
 * @param assessment the governance assessment
 * @param charts the SPC charts, measure by measure, level by level, unit by unit
 * @param funnels the comparisons between units of proportions and rates
 * @param appraisal the appraisal's result, with the benefits realised to the date
 * @param psa the probabilistic analysis
 * @param acceptability the acceptability curves, when the appraisal has health effects
 */
public record BoardPack(
    EvaluationDocument document,
    LocalDate asOf,
    Assessment assessment,
    List<Chart> charts,
    List<Comparison> funnels,
    AppraisalResult appraisal,
    PsaResult psa,
    Optional<Acceptability> acceptability) {

  /** The most SPC points one pack charts: measures x units x periods. */
  public static final int MAX_POINTS = 40_000;

  /** What a chart can show. */
  public enum State {
    /** An SPC chart with limits fixed on the baseline. */
    CHARTED("charted"),
    /** No value in the baseline, or none after it. */
    NO_DATA("no-data"),
    /** Fewer baseline values than the limits need. */
    TOO_FEW_POINTS("too-few-points");

    private final String id;

    State(String id) {
      this.id = id;
    }

    /** {@return the identifier used in the JSON and CSV} */
    public String id() {
      return id;
    }
  }

  /**
   * One chart of a measure at one unit.
   *
   * @param charted the measure and its target
   * @param unit the site, organisation or network
   * @param label the unit's name for the page, with its code
   * @param state whether it is charted, or why not
   * @param periods the periods charted, from the baseline's first to the last that ended by the
   *     date
   * @param values each period's value, empty when there is no row
   * @param baselinePeriods how many of the periods are the baseline's
   * @param baselineValues how many baseline periods have a value
   * @param facet the SPC result, when charted
   */
  public record Chart(
      EvaluationDocument.Charted charted,
      ReportingUnit unit,
      String label,
      State state,
      List<ReportingPeriod> periods,
      List<OptionalDouble> values,
      int baselinePeriods,
      int baselineValues,
      Optional<FacetResult> facet) {

    /**
     * Copies the lists.
     *
     * @param charted the measure
     * @param unit the unit
     * @param label the label
     * @param state the state
     * @param periods the periods
     * @param values the values
     * @param baselinePeriods the baseline's periods
     * @param baselineValues the baseline's values
     * @param facet the SPC result, if charted
     */
    public Chart {
      Objects.requireNonNull(charted, "charted");
      Objects.requireNonNull(unit, "unit");
      periods = List.copyOf(periods);
      values = List.copyOf(values);
    }

    /**
     * {@return the chart's identifier, such as {@code ae-4h-RC1}, {@code rtt-R2A-R2A01} or {@code
     * rtt-network}}
     */
    public String id() {
      String where =
          switch (unit.level()) {
            case SITE -> unit.organisation().orElseThrow() + "-" + unit.site().orElseThrow();
            case ORGANISATION -> unit.organisation().orElseThrow().value();
            case NETWORK -> "network";
          };
      return charted.measure().id() + "-" + where + charted.service().map(s -> "-" + s).orElse("");
    }

    /** {@return the Making Data Count variation icon's code, or the state when not charted} */
    public String variation() {
      return facet.map(f -> f.variationIcon().code()).orElse(state.id());
    }

    /** {@return the assurance icon's code, the state when not charted, empty without a target} */
    public Optional<String> assurance() {
      return facet.isPresent()
          ? facet.get().assurance().map(a -> a.code())
          : Optional.of(state.id());
    }

    /** {@return the last period with a value, if any} */
    public Optional<ReportingPeriod> latest() {
      for (int i = values.size() - 1; i >= 0; i--) {
        if (values.get(i).isPresent()) {
          return Optional.of(periods.get(i));
        }
      }
      return Optional.empty();
    }

    /** {@return a one-line reading of the latest point} */
    @Override
    public String toString() {
      MeasureFormat f = MeasureFormat.of(charted.measure());
      if (facet.isEmpty()) {
        return String.format(Locale.ROOT, "%s %s: %s", charted.measure().id(), unit, state.id());
      }
      SpcPoint last = facet.get().point(facet.get().size() - 1);
      return String.format(
          Locale.ROOT,
          "%s %s %s: %s (mean %s), %s%s",
          charted.measure().id(),
          unit,
          periods.get(periods.size() - 1),
          last.value().isPresent() ? f.format(last.value().getAsDouble()) : "–",
          last.mean().isPresent() ? f.format(last.mean().getAsDouble()) : "–",
          facet.get().variationIcon().code(),
          facet.get().assurance().map(a -> ", assurance " + a.code()).orElse(""));
    }
  }

  /**
   * A funnel comparison of the units of one level for one proportion or rate, in the latest period
   * in which at least three of them have a figure; with fewer units than an over-dispersion
   * estimate can bear ({@link ExactComparison#MIN_SITES_FOR_OVERDISPERSION}), each unit is also
   * compared with the network's value by an exact test.
   *
   * @param charted the measure
   * @param level the level compared
   * @param period the period
   * @param result the funnel analysis; each site is named by its unit's code
   * @param exact the exact comparison, for a network of few units
   * @param labels the unit's name for the page, by code
   */
  public record Comparison(
      EvaluationDocument.Charted charted,
      ReportingUnit.Level level,
      ReportingPeriod period,
      FunnelResult result,
      Optional<ExactComparison> exact,
      Map<String, String> labels) {

    /**
     * Copies the labels.
     *
     * @param charted the measure
     * @param level the level
     * @param period the period
     * @param result the analysis
     * @param exact the exact comparison, if any
     * @param labels the labels
     */
    public Comparison {
      Objects.requireNonNull(exact, "exact");
      labels = Map.copyOf(labels);
    }

    /** {@return the comparison's identifier, such as {@code funnel-ae-4h}} */
    public String id() {
      return "funnel-" + charted.measure().id() + charted.service().map(s -> "-" + s).orElse("");
    }
  }

  /**
   * Checks and copies.
   *
   * @param document the document
   * @param asOf the date
   * @param assessment the assessment
   * @param charts the charts
   * @param funnels the funnels
   * @param appraisal the appraisal
   * @param psa the probabilistic analysis
   * @param acceptability the acceptability curves, if any
   */
  public BoardPack {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(asOf, "asOf");
    charts = List.copyOf(charts);
    funnels = List.copyOf(funnels);
  }

  /**
   * {@return the evaluation of a document at a date}
   *
   * @param document the evaluation document
   * @param asOf the evaluation date
   * @throws IllegalArgumentException when the date leaves no period after the baseline, or the pack
   *     would chart more than {@value #MAX_POINTS} points (the figure is in the message)
   */
  public static BoardPack evaluate(EvaluationDocument document, LocalDate asOf) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(asOf, "asOf");
    List<Plan> plans = plan(document, asOf);
    GovernanceReference ref = GovernanceReferenceJson.defaults();
    Assessment assessment = DecisionEngine.evaluate(document.governance(), ref, asOf);
    AppraisalResult result =
        new BenefitCalculator().evaluate(document.appraisal(), document.data(), asOf);
    PsaResult psa =
        MonteCarlo.run(document.appraisal(), document.psa().seed(), document.psa().draws(), 1);
    Optional<Acceptability> ceac =
        psa.costEffectiveness()
            .map(
                s ->
                    Acceptability.of(
                        s,
                        WtpGrid.range(
                            document.psa().wtpFrom(),
                            document.psa().wtpTo(),
                            document.psa().wtpStep())));
    List<Chart> charts = new ArrayList<>();
    for (Plan p : plans) {
      for (ReportingUnit u : p.units()) {
        charts.add(chart(document, p, u));
      }
    }
    return new BoardPack(
        document, asOf, assessment, charts, funnels(document, plans), result, psa, ceac);
  }

  /** One measure's periods and units. */
  private record Plan(
      EvaluationDocument.Charted charted,
      ReportingPeriod first,
      ReportingPeriod baselineLast,
      ReportingPeriod last,
      List<ReportingUnit> units) {}

  private static List<Plan> plan(EvaluationDocument doc, LocalDate asOf) {
    List<Plan> plans = new ArrayList<>();
    long points = 0;
    int units = 0;
    long longest = 0;
    boolean anyAfter = false;
    for (EvaluationDocument.Charted c : doc.measures()) {
      Granularity g = c.measure().periodicity();
      ReportingPeriod first = firstStartingOnOrAfter(g, doc.baselineFrom().start());
      ReportingPeriod baselineLast = lastEndingBy(g, doc.baselineTo().endExclusive());
      ReportingPeriod last = lastEndingBy(g, asOf);
      anyAfter |= last.compareTo(baselineLast) > 0;
      List<ReportingUnit> at = units(doc, c);
      long length = Math.max(0, first.until(last) + 1);
      points += length * at.size();
      units += at.size();
      longest = Math.max(longest, length);
      plans.add(new Plan(c, first, baselineLast, last, at));
    }
    if (points > MAX_POINTS) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "the pack would chart %d measures at %,d units over up to %,d periods: %,d points; at most %,d are charted"
                  + " (choose an earlier --as-of, a later baseline, or fewer measures or levels)",
              doc.measures().size(),
              units,
              longest,
              points,
              MAX_POINTS));
    }
    if (!anyAfter) {
      throw new IllegalArgumentException(
          "--as-of "
              + asOf
              + " leaves no period after the SPC baseline (to "
              + doc.baselineTo()
              + ")");
    }
    return plans;
  }

  private static ReportingPeriod firstStartingOnOrAfter(Granularity g, LocalDate date) {
    ReportingPeriod p = containing(g, date);
    return p.start().isBefore(date) ? p.next() : p;
  }

  /**
   * The last period of a granularity that ends by a date: its day after is on or before the date.
   */
  private static ReportingPeriod lastEndingBy(Granularity g, LocalDate date) {
    ReportingPeriod p = containing(g, date.minusDays(1));
    return p.endExclusive().isAfter(date) ? p.previous() : p;
  }

  private static ReportingPeriod containing(Granularity g, LocalDate date) {
    try {
      return ReportingPeriod.containing(g, date);
    } catch (ValidationException e) {
      throw new IllegalArgumentException(
          date
              + " is outside the financial years a reporting period can be in (1000/01 to 9998/99)",
          e);
    }
  }

  /**
   * The units a measure is charted at: its sites with data, the organisations, the network; as the
   * levels say.
   */
  private static List<ReportingUnit> units(EvaluationDocument doc, EvaluationDocument.Charted c) {
    List<ReportingUnit> out = new ArrayList<>();
    for (ReportingUnit.Level level : doc.levels()) {
      switch (level) {
        case SITE -> {
          for (OdsCode org : doc.organisations()) {
            doc.data().units(c.measure().id(), c.service()).stream()
                .filter(
                    u ->
                        u.level() == ReportingUnit.Level.SITE
                            && u.organisation().orElseThrow().equals(org))
                .forEach(out::add);
          }
        }
        case ORGANISATION ->
            doc.organisations().forEach(o -> out.add(ReportingUnit.organisation(o)));
        case NETWORK -> out.add(ReportingUnit.network());
      }
    }
    return out;
  }

  static String label(EvaluationDocument doc, ReportingUnit u) {
    return switch (u.level()) {
      case SITE ->
          doc.network()
              .site(u.site().orElseThrow())
              .map(s -> s.name() + " (" + s.code() + ")")
              .orElse(u.toString());
      case ORGANISATION ->
          doc.network()
              .organisation(u.organisation().orElseThrow())
              .map(o -> o.name() + " (" + o.odsCode() + ")")
              .orElse(u.toString());
      case NETWORK -> doc.network().network().name() + " (network)";
    };
  }

  private static Chart chart(EvaluationDocument doc, Plan p, ReportingUnit u) {
    EvaluationDocument.Charted c = p.charted();
    SortedMap<ReportingPeriod, Figure> series = doc.data().series(c.measure().id(), u, c.service());
    List<ReportingPeriod> periods = new ArrayList<>();
    List<OptionalDouble> values = new ArrayList<>();
    int baselinePeriods = 0;
    int baselineValues = 0;
    int after = 0;
    for (ReportingPeriod q = p.first(); q.compareTo(p.last()) <= 0; q = q.next()) {
      Figure f = series.get(q);
      periods.add(q);
      values.add(f == null ? OptionalDouble.empty() : OptionalDouble.of(f.value().doubleValue()));
      if (q.compareTo(p.baselineLast()) <= 0) {
        baselinePeriods++;
        baselineValues += f == null ? 0 : 1;
      } else {
        after += f == null ? 0 : 1;
      }
      if (q.equals(p.last())) {
        break;
      }
    }
    String label = label(doc, u);
    if (baselineValues == 0 || after == 0) {
      return new Chart(
          c,
          u,
          label,
          State.NO_DATA,
          periods,
          values,
          baselinePeriods,
          baselineValues,
          Optional.empty());
    }
    if (baselineValues < SpcOptions.MIN_FIX_AFTER) {
      return new Chart(
          c,
          u,
          label,
          State.TOO_FEW_POINTS,
          periods,
          values,
          baselinePeriods,
          baselineValues,
          Optional.empty());
    }
    SpcOptions.Builder options =
        SpcOptions.builder().improvement(c.measure().direction()).fixAfter(baselinePeriods);
    c.target().ifPresent(options::target);
    if (!doc.rebase().isEmpty()) {
      options.rebase(
          doc.rebase().stream()
              .map(r -> containing(p.first().granularity(), r.start()).start())
              .distinct()
              .toArray(LocalDate[]::new));
    }
    SpcSeries.Builder s = SpcSeries.builder(u.toString());
    for (int i = 0; i < periods.size(); i++) {
      if (values.get(i).isPresent()) {
        s.add(periods.get(i).start(), values.get(i).getAsDouble());
      } else {
        s.addMissing(periods.get(i).start());
      }
    }
    FacetResult facet = Spc.analyse(s.build(), options.build()).facet(u.toString()).orElseThrow();
    return new Chart(
        c,
        u,
        label,
        State.CHARTED,
        periods,
        values,
        baselinePeriods,
        baselineValues,
        Optional.of(facet));
  }

  private static List<Comparison> funnels(EvaluationDocument doc, List<Plan> plans) {
    List<Comparison> out = new ArrayList<>();
    for (Plan p : plans) {
      MeasureKind kind = p.charted().measure().kind();
      if (kind != MeasureKind.PROPORTION && kind != MeasureKind.RATE) {
        continue;
      }
      ReportingUnit.Level level =
          doc.levels().contains(ReportingUnit.Level.SITE)
              ? ReportingUnit.Level.SITE
              : ReportingUnit.Level.ORGANISATION;
      List<ReportingUnit> units = p.units().stream().filter(u -> u.level() == level).toList();
      for (ReportingPeriod q = p.last(); q.compareTo(p.baselineLast()) > 0; q = q.previous()) {
        List<SiteCount> rows = new ArrayList<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (ReportingUnit u : units) {
          Figure f = doc.data().series(p.charted().measure().id(), u, p.charted().service()).get(q);
          if (f != null && f.isRatio()) {
            rows.add(
                new SiteCount(
                    u.toString(),
                    f.numerator().orElseThrow().doubleValue(),
                    f.denominator().orElseThrow().doubleValue()));
            labels.put(u.toString(), label(doc, u));
          }
        }
        if (rows.size() >= Funnel.MIN_SITES_TO_ADJUST) {
          try {
            IndicatorType type =
                kind == MeasureKind.PROPORTION ? IndicatorType.PROPORTION : IndicatorType.RATE;
            FunnelResult r =
                Funnel.analyse(
                    rows,
                    FunnelOptions.builder()
                        .type(type)
                        .direction(p.charted().measure().direction())
                        .build());
            Optional<ExactComparison> exact =
                ExactComparison.needed(rows.size())
                    ? exact(rows, type, p.charted().measure().direction())
                    : Optional.empty();
            out.add(new Comparison(p.charted(), level, q, r, exact, labels));
          } catch (ValidationException cannot) {
            // counts the funnel cannot compare (all zero, say): no comparison for this measure
          }
          break;
        }
      }
    }
    return out;
  }

  /** The exact comparison of few units, when their counts allow one (whole numbers of events). */
  private static Optional<ExactComparison> exact(
      List<SiteCount> rows,
      IndicatorType type,
      org.networkedcare.core.measure.ImprovementDirection d) {
    try {
      return Optional.of(ExactComparison.compare(rows, type, OptionalDouble.empty(), d));
    } catch (ValidationException notCounts) {
      return Optional.empty();
    }
  }

  /**
   * {@return the first network option's result against the counterfactual (every option is in
   * {@code appraisal().options()})}
   */
  public AppraisalResult.OptionResult option() {
    return appraisal.options().get(0);
  }

  /**
   * {@return the NPSV of every draw of an option}
   *
   * @param option the option's index among the appraisal's network options
   */
  public double[] npsvDraws(int option) {
    double[] out = new double[psa.draws()];
    for (int d = 0; d < out.length; d++) {
      out[d] = psa.npsv(d, option);
    }
    return out;
  }

  /** {@return the options' summaries of the probabilistic analysis, in order} */
  public List<DrawSummary> npsvSummaries() {
    List<DrawSummary> out = new ArrayList<>();
    for (int k = 0; k < psa.options().size(); k++) {
      out.add(psa.npsvSummary(k));
    }
    return out;
  }

  /**
   * {@return a reading of the pack for JShell: the date, the charts, and each option against the
   * counterfactual}
   */
  @Override
  public String toString() {
    JsonNode ap = BoardPackJson.of(this).path("appraisal").path("options");
    StringBuilder s =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "Board pack as of %s: %d SPC charts, %d findings",
                asOf,
                charts.size(),
                assessment.findings().size()));
    for (int k = 0; k < ap.size(); k++) {
      JsonNode o = ap.get(k);
      s.append(
          String.format(
              Locale.ROOT,
              "; %s against %s NPSV %s, BCR %s, P(NPSV > 0) %s",
              o.path("option").asText(),
              o.path("counterfactual").asText(),
              Format.money(o.path("npsv").asDouble()),
              o.path("bcr").isNull() ? "–" : Format.ratio(o.path("bcr").asDouble()),
              Format.percent(o.path("probabilityNpsvPositive").asDouble())));
    }
    return s.toString();
  }
}
