package org.networkedcare.governance.assurance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.networkedcare.core.ReportingPeriod;
import org.networkedcare.core.measure.Measure;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.governance.agreement.HostAgreement;
import org.networkedcare.governance.agreement.Kpi;
import org.networkedcare.governance.series.Observation;
import org.networkedcare.metrics.funnel.Funnel;
import org.networkedcare.metrics.funnel.FunnelOptions;
import org.networkedcare.metrics.funnel.FunnelResult;
import org.networkedcare.metrics.funnel.FunnelSite;
import org.networkedcare.metrics.funnel.IndicatorType;
import org.networkedcare.metrics.funnel.OutlierJudgement;
import org.networkedcare.metrics.funnel.SiteCount;

/**
 * The {@code standardisation} question (section 8): every KPI measure of a started agreement watched
 * at two or more sites, judged at each site on its latest available value (a site with none yet is
 * left out): all meet the KPI: {@code assured}; none: {@code not-assured}; some: {@code
 * partially-assured}; no such measure: {@code no-evidence}. The funnel comparison of a proportion or
 * rate measure watched at three or more sites adds its unfavourable outliers as {@code concern}
 * items, and makes a verdict that would be {@code assured} {@code partially-assured}.
 */
final class StandardisationVerdict implements VerdictRule {

  /** The least number of sites a funnel compares. */
  private static final int FUNNEL_SITES = 3;

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
        byMeasure.computeIfAbsent(k.measure(), x -> new TreeMap<>()).putIfAbsent(k.site(), new SiteKpi(k, a));
      }
    }
    List<EvidenceItem> items = new ArrayList<>();
    int meets = 0;
    int fails = 0;
    for (Map.Entry<String, Map<OdsCode, SiteKpi>> e : byMeasure.entrySet()) {
      if (e.getValue().size() < 2) {
        continue;
      }
      Measure m = context.measure(e.getKey());
      for (SiteKpi s : e.getValue().values()) {
        Kpi k = s.kpi();
        Optional<Map.Entry<ReportingPeriod, Observation>> latest = context.series(s.series()).descendingMap().entrySet().stream()
            .filter(x -> s.available(context, x.getKey())).findFirst();
        if (latest.isEmpty()) {
          continue;
        }
        boolean ok = k.meets(latest.get().getValue().value(), m.direction());
        if (ok) {
          meets++;
        } else {
          fails++;
        }
        items.add((ok ? ItemState.MEETS : ItemState.DOES_NOT_MEET).item(k.measure(), k.site().toString(), Optional.empty(),
            latest.get().getKey() + ": " + Evaluation.format(m).format(latest.get().getValue().value()) + " against "
                + Evaluation.format(m).format(k.standard()) + " with tolerance " + Evaluation.format(m).format(k.tolerance())));
      }
    }
    int outliers = 0;
    for (Map.Entry<String, Map<OdsCode, SiteKpi>> e : byMeasure.entrySet()) {
      if (e.getValue().size() >= FUNNEL_SITES) {
        List<EvidenceItem> concerns = funnelConcerns(context, context.measure(e.getKey()), e.getValue());
        outliers += concerns.size();
        items.addAll(concerns);
      }
    }
    if (meets + fails == 0) {
      return VerdictState.NO_EVIDENCE.on(question, "no KPI measure watched at two or more sites with a value", items);
    }
    if (fails == 0 && outliers > 0) {
      return VerdictState.PARTIALLY_ASSURED.on(question,
          "every site meets the KPI, but " + outliers + " site(s) are unfavourable funnel outliers against the others", items);
    }
    if (fails == 0) {
      return VerdictState.ASSURED.on(question, "every site meets the KPI", items);
    }
    if (meets == 0) {
      return VerdictState.NOT_ASSURED.on(question, "no site meets the KPI", items);
    }
    return VerdictState.PARTIALLY_ASSURED.on(question, "some sites meet the KPI, some do not", items);
  }

  /**
   * The funnel comparison of a KPI measure watched at three or more sites (issue 10; the note in
   * spec section 8): for the latest month in which at least three of the sites have an available
   * observation with a numerator and a denominator, the sites outside the 95% limits on the side
   * the measure worsens towards (FunnelPlotR's method with its default, automatic over-dispersion
   * adjustment), each a {@code concern} item. Measures that are not proportions or rates, and
   * months that cannot be compared (fewer than three sites, a problem in the counts), give none.
   */
  private static List<EvidenceItem> funnelConcerns(Evaluation context, Measure m, Map<OdsCode, SiteKpi> sites) {
    Optional<IndicatorType> type = switch (m.kind()) {
      case PROPORTION -> Optional.of(IndicatorType.PROPORTION);
      case RATE -> Optional.of(IndicatorType.RATE);
      default -> Optional.empty();
    };
    if (type.isEmpty()) {
      return List.of();
    }
    TreeMap<ReportingPeriod, List<Observation>> byMonth = new TreeMap<>();
    for (SiteKpi s : sites.values()) {
      NavigableMap<ReportingPeriod, Observation> series = context.series(s.series());
      series.forEach((month, o) -> {
        if (s.available(context, month) && o.numerator().isPresent() && o.denominator().isPresent()) {
          byMonth.computeIfAbsent(month, x -> new ArrayList<>()).add(o);
        }
      });
    }
    Optional<Map.Entry<ReportingPeriod, List<Observation>>> month = byMonth.descendingMap().entrySet().stream()
        .filter(x -> x.getValue().size() >= FUNNEL_SITES).findFirst();
    if (month.isEmpty()) {
      return List.of();
    }
    List<SiteCount> rows = month.get().getValue().stream()
        .sorted(Comparator.comparing(o -> o.site().toString()))
        .map(o -> new SiteCount(o.site().toString(), o.numerator().get().doubleValue(), o.denominator().get().doubleValue()))
        .toList();
    FunnelResult result;
    try {
      result = Funnel.analyse(rows, FunnelOptions.builder().type(type.get()).direction(m.direction()).build());
    } catch (ValidationException invalid) {
      return List.of();
    }
    List<EvidenceItem> concerns = new ArrayList<>();
    for (FunnelSite s : result.sites()) {
      if (s.judgement() == OutlierJudgement.UNFAVOURABLE) {
        concerns.add(ItemState.CONCERN.item(m.id(), s.site(), Optional.empty(),
            month.get().getKey() + ": funnel outlier " + s.outlier().id() + " against " + rows.size()
                + " sites (value " + Evaluation.format(m).format(s.value()) + ", adjusted z " + s.zAdjusted() + ", adjustment "
                + result.adjustment().id() + ")"));
      }
    }
    return concerns;
  }
}
