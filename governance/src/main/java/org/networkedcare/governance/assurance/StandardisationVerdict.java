package org.networkedcare.governance.assurance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.networkedcare.core.ReportingPeriod;
import org.networkedcare.core.measure.Measure;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.governance.agreement.HostAgreement;
import org.networkedcare.governance.agreement.Kpi;
import org.networkedcare.governance.decision.Waiver;
import org.networkedcare.governance.series.Observation;
import org.networkedcare.governance.structure.Adoption;
import org.networkedcare.metrics.funnel.ExactComparison;
import org.networkedcare.metrics.funnel.Funnel;
import org.networkedcare.metrics.funnel.FunnelOptions;
import org.networkedcare.metrics.funnel.FunnelResult;
import org.networkedcare.metrics.funnel.FunnelSite;
import org.networkedcare.metrics.funnel.IndicatorType;
import org.networkedcare.metrics.funnel.OutlierJudgement;
import org.networkedcare.metrics.funnel.SiteComparison;
import org.networkedcare.metrics.funnel.SiteCount;

/**
 * The {@code standardisation} question (section 8): every KPI measure of a started agreement
 * watched at two or more sites, judged at each site on its latest available value (a site with none
 * yet is left out): all meet the KPI: {@code assured}; none: {@code not-assured}; some: {@code
 * partially-assured}; no such measure: {@code no-evidence}. A site whose KPI standard is an
 * approved local variation (a {@code local-variation} waiver in force on the date) is a {@code
 * local-variation} item, counted neither as meeting nor as failing nor compared with the other
 * sites, and the rule says how many there are and until when. The between-site comparison of a
 * proportion or rate measure watched at three or more sites adds its unfavourable outliers as
 * {@code concern} items, and makes a verdict that would be {@code assured} {@code
 * partially-assured}: below {@link ExactComparison#MIN_SITES_FOR_OVERDISPERSION} sites each site is
 * compared with the pooled network standard by an exact test (binomial for proportions, Poisson for
 * rates), from that many sites on by the funnel with its automatic over-dispersion adjustment; the
 * rule names the method.
 *
 * <p>The guidance grid counts beside the KPIs (docs/governance.md, "Verdicts from the structure"):
 * each cell that applies is a {@code meets} item once adopted, a {@code does-not-meet} item once
 * its timeframe has passed without adoption (the cells {@code guidance-adoption-overdue} is about),
 * a {@code local-variation} item under a waiver in force, and is left out before its timeframe; met
 * and failed cells count as KPI sites do.
 */
final class StandardisationVerdict implements VerdictRule {

  /**
   * The least number of sites the between-site comparison compares: with two, each site's distance
   * from their pooled value mirrors the other's, so the comparison cannot say which of them
   * diverges.
   */
  private static final int COMPARED_SITES = 3;

  /** The between-site comparison of one measure: its concerns and the method it used, readable. */
  private record Comparison(List<EvidenceItem> concerns, String method) {}

  /** A KPI at a site and the agreement it belongs to (the first, by id, that sets it). */
  private record SiteKpi(Kpi kpi, HostAgreement agreement) {

    SeriesKey series() {
      return new SeriesKey(kpi.measure(), kpi.site(), kpi.service());
    }

    boolean available(Evaluation context, ReportingPeriod month) {
      return context.available(month, agreement.reportingLagDays());
    }
  }

  @Override
  public Verdict verdict(String question, Evaluation context, Findings findings) {
    Map<String, Map<OdsCode, SiteKpi>> byMeasure = new TreeMap<>();
    for (HostAgreement a : context.startedAgreements()) {
      for (Kpi k : a.kpis()) {
        byMeasure
            .computeIfAbsent(k.measure(), x -> new TreeMap<>())
            .putIfAbsent(k.site(), new SiteKpi(k, a));
      }
    }
    List<EvidenceItem> items = new ArrayList<>();
    int meets = 0;
    int fails = 0;
    List<String> variations = new ArrayList<>();
    java.util.Set<String> varied = new java.util.HashSet<>();
    for (Map.Entry<String, Map<OdsCode, SiteKpi>> e : byMeasure.entrySet()) {
      if (e.getValue().size() < 2) {
        continue;
      }
      Measure m = context.measure(e.getKey());
      for (SiteKpi s : e.getValue().values()) {
        Kpi k = s.kpi();
        Optional<Map.Entry<ReportingPeriod, Observation>> latest =
            context.series(s.series()).descendingMap().entrySet().stream()
                .filter(x -> s.available(context, x.getKey()))
                .findFirst();
        if (latest.isEmpty()) {
          continue;
        }
        Optional<Waiver> variation =
            context.document().waivers().stream()
                .filter(
                    w ->
                        w.lifts(
                                Waiver.Rule.LOCAL_VARIATION,
                                s.agreement().id(),
                                k.measure(),
                                k.site())
                            && w.inForce(context.asOf()))
                .min(Comparator.comparing(Waiver::until).thenComparing(Waiver::id));
        if (variation.isPresent()) {
          Waiver w = variation.get();
          variations.add(k.measure() + " at " + k.site() + " until " + w.until());
          varied.add(k.measure() + "|" + k.site());
          items.add(
              ItemState.LOCAL_VARIATION.item(
                  k.measure(),
                  k.site().toString(),
                  Optional.empty(),
                  latest.get().getKey()
                      + ": "
                      + Evaluation.format(m).format(latest.get().getValue().value())
                      + "; the standard "
                      + Evaluation.format(m).format(k.standard())
                      + " is an approved local variation under waiver "
                      + w.id()
                      + " ("
                      + w.approvedBy()
                      + ", until "
                      + w.until()
                      + ": "
                      + w.reason()
                      + ")"));
          continue;
        }
        boolean ok = k.meets(latest.get().getValue().value(), m.direction());
        if (ok) {
          meets++;
        } else {
          fails++;
        }
        items.add(
            (ok ? ItemState.MEETS : ItemState.DOES_NOT_MEET)
                .item(
                    k.measure(),
                    k.site().toString(),
                    Optional.empty(),
                    latest.get().getKey()
                        + ": "
                        + Evaluation.format(m).format(latest.get().getValue().value())
                        + " against "
                        + Evaluation.format(m).format(k.standard())
                        + " with tolerance "
                        + Evaluation.format(m).format(k.tolerance())));
      }
    }
    int adopted = 0;
    List<String> gridVariations = new ArrayList<>();
    int overdue = 0;
    for (Adoption c : context.document().structure().adoption()) {
      if (!c.applies()) {
        continue;
      }
      String cell = c.guidance() + " " + c.recommendation();
      Optional<Waiver> variation = context.document().variation(c, context.asOf());
      if (variation.isPresent()) {
        Waiver w = variation.get();
        gridVariations.add(cell + " at " + c.site() + " until " + w.until());
        items.add(
            gridItem(
                c,
                ItemState.LOCAL_VARIATION,
                "an approved local variation under waiver "
                    + w.id()
                    + " ("
                    + w.approvedBy()
                    + ", until "
                    + w.until()
                    + ": "
                    + w.reason()
                    + ")"));
      } else if (c.adoptedBy(context.asOf())) {
        adopted++;
        items.add(
            gridItem(
                c,
                ItemState.MEETS,
                "adopted on " + c.adopted().orElseThrow() + ", due " + c.due()));
      } else if (c.due().isBefore(context.asOf())) {
        overdue++;
        items.add(
            gridItem(
                c,
                ItemState.DOES_NOT_MEET,
                c.status() + ", due " + c.due() + ": not adopted by its timeframe"));
      }
    }
    int cells = adopted + overdue;
    int outliers = 0;
    List<String> methods = new ArrayList<>();
    for (Map.Entry<String, Map<OdsCode, SiteKpi>> e : byMeasure.entrySet()) {
      Map<OdsCode, SiteKpi> compared = new TreeMap<>(e.getValue());
      compared.keySet().removeIf(site -> varied.contains(e.getKey() + "|" + site));
      if (compared.size() >= COMPARED_SITES) {
        Optional<Comparison> c = compare(context, context.measure(e.getKey()), compared);
        if (c.isPresent()) {
          outliers += c.get().concerns().size();
          items.addAll(c.get().concerns());
          methods.add(e.getKey() + ": " + c.get().method());
        }
      }
    }
    String also =
        (variations.isEmpty()
                ? ""
                : "; "
                    + variations.size()
                    + " approved local variation(s), neither met nor failed: "
                    + String.join(", ", variations))
            + (methods.isEmpty() ? "" : "; between sites: " + String.join("; ", methods));
    Verdict kpi = kpiVerdict(question, meets, fails, outliers, variations, also, items);
    if (cells == 0 && gridVariations.isEmpty()) {
      return kpi;
    }
    String grid =
        "guidance grid: "
            + adopted
            + " recommendation(s) adopted at their sites, "
            + overdue
            + " not adopted by their timeframe"
            + (gridVariations.isEmpty()
                ? ""
                : ", "
                    + gridVariations.size()
                    + " approved local variation(s): "
                    + String.join(", ", gridVariations));
    VerdictState gridState =
        cells == 0
            ? VerdictState.NO_EVIDENCE
            : overdue == 0
                ? VerdictState.ASSURED
                : adopted == 0 ? VerdictState.NOT_ASSURED : VerdictState.PARTIALLY_ASSURED;
    if (kpi.verdict().equals(VerdictState.NO_EVIDENCE.id())) {
      String lead =
          switch (gridState) {
            case ASSURED -> "every recommendation due is adopted at its sites";
            case NOT_ASSURED -> "no recommendation due is adopted";
            case PARTIALLY_ASSURED -> "some recommendations due are adopted, some are not";
            default -> "no recommendation due yet and " + kpi.rule();
          };
      return gridState.on(question, lead + "; " + grid + also, items);
    }
    VerdictState worst = worst(state(kpi), gridState);
    return worst.on(question, kpi.rule() + "; " + grid, items);
  }

  /** The KPI part of the verdict, as it was before the grid counted. */
  private static Verdict kpiVerdict(
      String question,
      int meets,
      int fails,
      int outliers,
      List<String> variations,
      String also,
      List<EvidenceItem> items) {
    if (meets + fails == 0) {
      return VerdictState.NO_EVIDENCE.on(
          question,
          (variations.isEmpty()
                  ? "no KPI measure watched at two or more sites with a value"
                  : "every site with a value is an approved local variation")
              + also,
          items);
    }
    if (fails == 0 && outliers > 0) {
      return VerdictState.PARTIALLY_ASSURED.on(
          question,
          "every site meets the KPI, but "
              + outliers
              + " site(s) are unfavourable outliers against the others"
              + also,
          items);
    }
    if (fails == 0) {
      return VerdictState.ASSURED.on(question, "every site meets the KPI" + also, items);
    }
    if (meets == 0) {
      return VerdictState.NOT_ASSURED.on(question, "no site meets the KPI" + also, items);
    }
    return VerdictState.PARTIALLY_ASSURED.on(
        question, "some sites meet the KPI, some do not" + also, items);
  }

  private static VerdictState state(Verdict v) {
    for (VerdictState s : VerdictState.values()) {
      if (s.id().equals(v.verdict())) {
        return s;
      }
    }
    throw new IllegalStateException("no verdict state " + v.verdict());
  }

  /** The worse of two judged states (no-evidence counts as neither). */
  private static VerdictState worst(VerdictState a, VerdictState b) {
    if (a == VerdictState.NO_EVIDENCE) {
      return b;
    }
    if (b == VerdictState.NO_EVIDENCE) {
      return a;
    }
    List<VerdictState> order =
        List.of(VerdictState.NOT_ASSURED, VerdictState.PARTIALLY_ASSURED, VerdictState.ASSURED);
    return order.indexOf(a) <= order.indexOf(b) ? a : b;
  }

  /** An item of the guidance grid: a recommendation at a site, named in the detail. */
  private static EvidenceItem gridItem(Adoption c, ItemState state, String detail) {
    return new EvidenceItem(
        Optional.empty(),
        Optional.of(c.site().toString()),
        state.id(),
        Optional.empty(),
        "guidance " + c.guidance() + " recommendation " + c.recommendation() + ": " + detail);
  }

  /**
   * The between-site comparison of a KPI measure watched at two or more sites (issue 10; the note
   * in spec section 8; issue 18 for small networks): for the latest period in which at least three
   * of the sites have an available observation with a numerator and a denominator, the sites whose
   * value is an unfavourable outlier at the 95% level, each a {@code concern} item. Below {@link
   * ExactComparison#MIN_SITES_FOR_OVERDISPERSION} sites each is compared with the pooled standard
   * by an exact test; from then on by the funnel (FunnelPlotR's method, automatic over-dispersion
   * adjustment). Empty for measures that are not proportions or rates and periods that cannot be
   * compared (counts an exact test cannot take, a problem in the counts).
   */
  private static Optional<Comparison> compare(
      Evaluation context, Measure m, Map<OdsCode, SiteKpi> sites) {
    Optional<IndicatorType> type =
        switch (m.kind()) {
          case PROPORTION -> Optional.of(IndicatorType.PROPORTION);
          case RATE -> Optional.of(IndicatorType.RATE);
          default -> Optional.empty();
        };
    if (type.isEmpty()) {
      return Optional.empty();
    }
    TreeMap<ReportingPeriod, List<Observation>> byMonth = new TreeMap<>();
    for (SiteKpi s : sites.values()) {
      NavigableMap<ReportingPeriod, Observation> series = context.series(s.series());
      series.forEach(
          (month, o) -> {
            if (s.available(context, month)
                && o.numerator().isPresent()
                && o.denominator().isPresent()) {
              byMonth.computeIfAbsent(month, x -> new ArrayList<>()).add(o);
            }
          });
    }
    Optional<Map.Entry<ReportingPeriod, List<Observation>>> month =
        byMonth.descendingMap().entrySet().stream()
            .filter(x -> x.getValue().size() >= COMPARED_SITES)
            .findFirst();
    if (month.isEmpty()) {
      return Optional.empty();
    }
    List<SiteCount> rows =
        month.get().getValue().stream()
            .sorted(Comparator.comparing(o -> o.site().toString()))
            .map(
                o ->
                    new SiteCount(
                        o.site().toString(),
                        o.numerator().get().doubleValue(),
                        o.denominator().get().doubleValue()))
            .toList();
    ReportingPeriod period = month.get().getKey();
    List<EvidenceItem> concerns = new ArrayList<>();
    try {
      if (ExactComparison.needed(rows.size())) {
        ExactComparison exact =
            ExactComparison.compare(rows, type.get(), OptionalDouble.empty(), m.direction());
        String method =
            "exact "
                + exact.test().code()
                + " test of each of "
                + rows.size()
                + " sites against the pooled standard "
                + Evaluation.format(m).format(exact.standard())
                + " in "
                + period
                + " (fewer than "
                + ExactComparison.MIN_SITES_FOR_OVERDISPERSION
                + " sites: no over-dispersion estimate)";
        for (SiteComparison c : exact.sites()) {
          if (c.judgement() == OutlierJudgement.UNFAVOURABLE) {
            concerns.add(
                ItemState.CONCERN.item(
                    m.id(),
                    c.site(),
                    Optional.empty(),
                    period
                        + ": exact "
                        + c.test().code()
                        + " outlier "
                        + c.outlier().id()
                        + " against the pooled standard "
                        + Evaluation.format(m).format(exact.standard())
                        + " of "
                        + rows.size()
                        + " sites (value "
                        + Evaluation.format(m).format(c.value())
                        + ", p "
                        + String.format(java.util.Locale.ROOT, "%.3g", c.pValue())
                        + ")"));
          }
        }
        return Optional.of(new Comparison(concerns, method));
      }
      FunnelResult result =
          Funnel.analyse(
              rows, FunnelOptions.builder().type(type.get()).direction(m.direction()).build());
      for (FunnelSite s : result.sites()) {
        if (s.judgement() == OutlierJudgement.UNFAVOURABLE) {
          concerns.add(
              ItemState.CONCERN.item(
                  m.id(),
                  s.site(),
                  Optional.empty(),
                  period
                      + ": funnel outlier "
                      + s.outlier().id()
                      + " against "
                      + rows.size()
                      + " sites (value "
                      + Evaluation.format(m).format(s.value())
                      + ", adjusted z "
                      + s.zAdjusted()
                      + ", adjustment "
                      + result.adjustment().id()
                      + ")"));
        }
      }
      return Optional.of(
          new Comparison(
              concerns,
              "funnel of "
                  + rows.size()
                  + " sites in "
                  + period
                  + ", adjustment "
                  + result.adjustment().id()));
    } catch (ValidationException invalid) {
      return Optional.empty();
    }
  }
}
