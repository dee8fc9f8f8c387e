package org.networkedcare.examples.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.networkedcare.examples.data.AeMonth;
import org.networkedcare.governance.assurance.Assessment;
import org.networkedcare.governance.assurance.DecisionEngine;
import org.networkedcare.governance.assurance.GovernanceDocument;
import org.networkedcare.governance.reference.GovernanceReference;
import org.networkedcare.metrics.appraisal.Appraisal;
import org.networkedcare.metrics.appraisal.AppraisalResult;
import org.networkedcare.metrics.appraisal.BenefitCalculator;
import org.networkedcare.metrics.spc.FacetResult;
import org.networkedcare.metrics.spc.Spc;
import org.networkedcare.metrics.spc.SpcOptions;
import org.networkedcare.metrics.spc.SpcPoint;
import org.networkedcare.metrics.spc.SpcSeries;
import org.networkedcare.metrics.uncertainty.Acceptability;
import org.networkedcare.metrics.appraisal.MonteCarlo;
import org.networkedcare.metrics.appraisal.PsaResult;
import org.networkedcare.metrics.uncertainty.DrawSummary;
import org.networkedcare.metrics.uncertainty.WtpGrid;

/**
 * One evaluation of a network at a date: the governance assessment, an SPC chart per measure and
 * organisation, the appraisal against the counterfactual and its probabilistic analysis. {@link
 * #toJson()} holds every number the page shows; the page reads them from there.
 *
 * @param document the evaluation document
 * @param asOf the evaluation date; months are charted when they ended before it
 * @param assessment the governance assessment
 * @param charts the SPC charts, measure by measure, organisation by organisation
 * @param appraisal the appraisal's result
 * @param psa the probabilistic analysis
 * @param acceptability the acceptability curve, when the appraisal has health effects
 */
public record BoardPack(
    EvaluationDocument document, LocalDate asOf, Assessment assessment, List<Chart> charts,
    AppraisalResult appraisal, PsaResult psa, Optional<Acceptability> acceptability) {

  /**
   * One SPC chart.
   *
   * @param measure the measure
   * @param organisation the organisation's code
   * @param facet the SPC result
   */
  public record Chart(EvaluationDocument.Measure measure, String organisation, FacetResult facet) {

    /** {@return the chart's identifier, such as {@code ae-4h-RC1}} */
    public String id() {
      return measure.id() + "-" + organisation;
    }

    /** {@return a one-line reading of the latest point} */
    @Override
    public String toString() {
      SpcPoint last = facet.point(facet.size() - 1);
      return String.format(Locale.ROOT, "%s %s %s: %s (mean %s), %s%s", measure.id(), organisation, last.date(),
          Format.measure(measure, last.value()), Format.measure(measure, last.mean()), facet.variationIcon().code(),
          facet.assurance().map(a -> ", assurance " + a.code()).orElse(""));
    }
  }

  /**
   * Checks and copies.
   *
   * @param document the document
   * @param asOf the asOf
   * @param assessment the assessment
   * @param charts the charts
   * @param appraisal the appraisal
   * @param psa the psa
   * @param acceptability the acceptability
   */
  public BoardPack {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(asOf, "asOf");
    charts = List.copyOf(charts);
  }

  /**
   * {@return the evaluation of a document at a date}
   *
   * @param document the evaluation document
   * @param asOf the evaluation date
   */
  public static BoardPack evaluate(EvaluationDocument document, LocalDate asOf) {
    GovernanceReference ref = GovernanceReference.defaults();
    Assessment assessment = DecisionEngine.evaluate(GovernanceDocument.parse(document.governance(), ref), ref, asOf);
    Appraisal appraisal = Appraisal.parse(document.appraisal());
    AppraisalResult result = new BenefitCalculator().evaluate(appraisal);
    PsaResult psa = MonteCarlo.run(appraisal, document.seed(), document.draws(), 1);
    Optional<Acceptability> ceac = psa.costEffectiveness()
        .map(s -> Acceptability.of(s, WtpGrid.range(document.wtpFrom(), document.wtpTo(), document.wtpStep())));
    return new BoardPack(document, asOf, assessment, charts(document, asOf), result, psa, ceac);
  }

  private static List<Chart> charts(EvaluationDocument doc, LocalDate asOf) {
    YearMonth last = YearMonth.from(asOf).minusMonths(1);
    if (!last.isAfter(doc.baselineTo())) {
      throw new IllegalArgumentException("--as-of " + asOf + " leaves no month after the SPC baseline (to " + doc.baselineTo() + ")");
    }
    int fixAfter = (int) (doc.baselineTo().getYear() * 12L + doc.baselineTo().getMonthValue()
        - doc.baselineFrom().getYear() * 12L - doc.baselineFrom().getMonthValue() + 1);
    Map<String, AeMonth> byKey = new TreeMap<>();
    for (AeMonth m : doc.rows()) {
      byKey.put(m.orgCode() + "/" + m.month(), m);
    }
    List<Chart> charts = new ArrayList<>();
    for (EvaluationDocument.Measure measure : doc.measures()) {
      SpcOptions.Builder options = SpcOptions.builder().improvement(measure.direction()).fixAfter(fixAfter);
      measure.target().ifPresent(options::target);
      if (!doc.rebase().isEmpty()) {
        options.rebase(doc.rebase().stream().map(m -> m.atDay(1)).toArray(LocalDate[]::new));
      }
      for (String org : doc.organisations()) {
        SpcSeries.Builder series = SpcSeries.builder(org);
        for (YearMonth ym = doc.baselineFrom(); !ym.isAfter(last); ym = ym.plusMonths(1)) {
          AeMonth row = byKey.get(org + "/" + ym);
          if (row == null) {
            series.addMissing(ym.atDay(1));
          } else {
            series.add(ym.atDay(1), measure.value(row));
          }
        }
        FacetResult facet = Spc.analyse(series.build(), options.build()).facet(org).orElseThrow();
        charts.add(new Chart(measure, org, facet));
      }
    }
    return charts;
  }

  /** {@return the option appraised against the counterfactual: the first that is not it} */
  public AppraisalResult.OptionResult option() {
    return appraisal.options().get(0);
  }

  /** {@return every number the page shows, and the full governance and appraisal results} */
  public ObjectNode toJson() {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = json.createObjectNode();
    root.put("schemaVersion", 1);
    root.put("title", document.title());
    root.put("asOf", asOf.toString());
    ObjectNode sources = root.putObject("sources");
    sources.put("governance", document.governanceName());
    sources.put("appraisal", document.appraisalName());
    sources.put("data", document.dataName());
    sources.put("dataSource", document.dataSource());
    ArrayNode spc = root.putArray("spc");
    for (Chart c : charts) {
      ObjectNode o = spc.addObject();
      o.put("id", c.id());
      o.put("measure", c.measure().id());
      o.put("organisation", c.organisation());
      o.put("direction", c.measure().direction().id());
      c.facet().target().ifPresent(t -> o.put("target", t));
      SpcPoint last = c.facet().point(c.facet().size() - 1);
      o.put("latestMonth", YearMonth.from(last.date()).toString());
      put(o, "latest", last.value());
      put(o, "mean", last.mean());
      put(o, "lowerLimit", last.lowerLimit());
      put(o, "upperLimit", last.upperLimit());
      o.put("variation", c.facet().variationIcon().code());
      o.put("assurance", c.facet().assurance().map(a -> a.code()).orElse(null));
      ArrayNode points = o.putArray("points");
      for (SpcPoint p : c.facet().points()) {
        ObjectNode q = points.addObject();
        q.put("month", YearMonth.from(p.date()).toString());
        put(q, "value", p.value());
        put(q, "mean", p.mean());
        put(q, "lowerLimit", p.lowerLimit());
        put(q, "upperLimit", p.upperLimit());
        q.put("segment", p.segment());
        q.put("pointType", p.pointType().code());
        q.put("specialCause", p.specialCause().map(sc -> sc.code()).orElse(null));
      }
    }
    root.set("governance", assessment.toJson());
    AppraisalResult.OptionResult option = option();
    ObjectNode ap = root.putObject("appraisal");
    ap.put("option", option.option());
    ap.put("counterfactual", option.counterfactual());
    ap.put("pvCosts", option.totals().costs().toBigDecimal());
    ap.put("pvBenefits", option.totals().benefits().toBigDecimal());
    ap.put("npsv", option.npsv().toBigDecimal());
    option.totals().bcr().ifPresentOrElse(b -> ap.put("bcr", b), () -> ap.putNull("bcr"));
    if (option.paybackYear().isPresent()) {
      ap.put("paybackYear", option.paybackYear().getAsInt());
    } else {
      ap.putNull("paybackYear");
    }
    option.health().ifPresent(h -> ap.put("discountedQalys", h.discountedQalys()));
    ObjectNode orgs = ap.putObject("organisations");
    new TreeMap<>(option.byOrganisation()).forEach((org, pv) -> {
      ObjectNode o = orgs.putObject(org);
      o.put("pvCosts", pv.costs().toBigDecimal());
      o.put("pvBenefits", pv.benefits().toBigDecimal());
      o.put("npsv", pv.npsv().toBigDecimal());
      pv.bcr().ifPresentOrElse(b -> o.put("bcr", b), () -> o.putNull("bcr"));
    });
    ArrayNode tornado = ap.putArray("tornado");
    for (AppraisalResult.TornadoBar bar : option.tornado()) {
      ObjectNode t = tornado.addObject();
      t.put("parameter", bar.parameter());
      t.put("low", bar.low());
      t.put("high", bar.high());
      t.put("npsvAtLow", bar.npsvAtLow().toBigDecimal());
      t.put("npsvAtHigh", bar.npsvAtHigh().toBigDecimal());
    }
    ap.set("result", appraisal.toJson());
    ObjectNode p = root.putObject("psa");
    p.put("draws", psa.draws());
    p.put("seed", psa.seed());
    DrawSummary s = psa.npsvSummary(0);
    p.put("option", psa.options().get(0));
    p.put("meanNpsv", s.mean());
    p.put("p2_5", s.p2_5());
    p.put("p50", s.p50());
    p.put("p97_5", s.p97_5());
    p.put("probabilityNpsvPositive", s.probabilityPositive());
    acceptability.ifPresent(a -> {
      ArrayNode curve = p.putArray("acceptability");
      int opt = a.options().indexOf(psa.options().get(0));
      for (int w = 0; w < a.grid().size(); w++) {
        ObjectNode c = curve.addObject();
        c.put("wtp", a.grid().get(w));
        c.put("probability", a.probabilityBest(w, opt));
      }
    });
    return root;
  }

  private static void put(ObjectNode o, String name, OptionalDouble v) {
    if (v.isPresent()) {
      o.put(name, v.getAsDouble());
    } else {
      o.putNull(name);
    }
  }

  /** {@return the NPSV of every draw of the appraised option} */
  public double[] npsvDraws() {
    double[] out = new double[psa.draws()];
    for (int d = 0; d < out.length; d++) {
      out[d] = psa.npsv(d, 0);
    }
    return out;
  }

  /** {@return a reading of the pack for JShell: the date, the headline appraisal and PSA} */
  @Override
  public String toString() {
    JsonNode ap = toJson().path("appraisal");
    return String.format(Locale.ROOT, "Board pack as of %s: %d SPC charts, %d findings; %s against %s NPSV %s, BCR %s, P(NPSV > 0) %s",
        asOf, charts.size(), assessment.findings().size(), option().option(), option().counterfactual(),
        Format.money(ap.path("npsv").asDouble()), Format.ratio(ap.path("bcr").asDouble()),
        Format.percent(psa.npsvSummary(0).probabilityPositive()));
  }
}
