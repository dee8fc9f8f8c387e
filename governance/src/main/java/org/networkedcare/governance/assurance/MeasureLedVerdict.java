package org.networkedcare.governance.assurance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.networkedcare.core.ReportingPeriod;
import org.networkedcare.core.measure.Measure;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.governance.agreement.HostAgreement;
import org.networkedcare.governance.agreement.Kpi;
import org.networkedcare.governance.series.Observation;
import org.networkedcare.metrics.spc.PointType;
import org.networkedcare.metrics.spc.SpcPoint;

/**
 * A measure-led question (section 8: {@code quality}, {@code experience}, {@code strategy}, {@code
 * resilience}, and any question without its own rule): one item per measure the document tags with
 * the question and site with site-level observations, judged at the date. No items, or all {@code
 * unknown}: {@code no-evidence}; a {@code concern} on a series with a decisive finding: {@code
 * not-assured}; any other {@code concern}, or an item without a valid baseline: {@code
 * partially-assured}; otherwise {@code assured}.
 */
final class MeasureLedVerdict implements VerdictRule {

  /** An item with what the verdict reads of it. */
  record Judged(SeriesKey series, ItemState state, boolean validBaseline, EvidenceItem item) {}

  @Override
  public Verdict verdict(String question, Evaluation context, Findings findings) {
    List<String> tagged =
        context.document().evidence().stream()
            .filter(tag -> tag.questions().contains(question))
            .map(EvidenceTag::measure)
            .distinct()
            .sorted()
            .toList();
    List<Judged> judged = new ArrayList<>();
    for (String measure : tagged) {
      for (OdsCode site : sites(context, measure)) {
        judged.add(judge(SeriesKey.of(measure, site), context, findings));
      }
    }
    List<EvidenceItem> items = judged.stream().map(Judged::item).toList();
    if (judged.isEmpty() || judged.stream().allMatch(j -> j.state() == ItemState.UNKNOWN)) {
      return VerdictState.NO_EVIDENCE.on(
          question,
          judged.isEmpty() ? "no measure evidences it" : "no observation is available yet",
          items);
    }
    if (judged.stream()
        .anyMatch(
            j -> j.state() == ItemState.CONCERN && findings.decisive().contains(j.series()))) {
      return VerdictState.NOT_ASSURED.on(
          question,
          "a red-line breach, or an escalation overdue at the route's last level, on an evidence item",
          items);
    }
    if (judged.stream().anyMatch(j -> j.state() == ItemState.CONCERN || !j.validBaseline())) {
      return VerdictState.PARTIALLY_ASSURED.on(
          question, "an evidence item in concern, or without a valid baseline", items);
    }
    return VerdictState.ASSURED.on(
        question, "every evidence item stable or improving, each with a valid baseline", items);
  }

  /** {@return the sites with site-level observations of a measure, in order} */
  static List<OdsCode> sites(Evaluation context, String measure) {
    TreeSet<OdsCode> sites = new TreeSet<>();
    context.document().observations().stream()
        .filter(o -> o.measure().equals(measure) && o.service().isEmpty())
        .forEach(o -> sites.add(o.site()));
    return List.copyOf(sites);
  }

  /**
   * The state of a measure at a site: its available observations from the start of the agreement
   * covering the site (under that agreement's reporting lag), charted on its baseline for that
   * agreement (none: no valid baseline).
   */
  static Judged judge(SeriesKey key, Evaluation context, Findings findings) {
    Measure m = context.measure(key.measure());
    Optional<HostAgreement> agreement = context.covering(key.site(), context.asOf());
    int lag = agreement.map(HostAgreement::reportingLagDays).orElse(0);
    Optional<ReportingPeriod> start =
        agreement.flatMap(a -> Evaluation.containing(m.periodicity(), a.term().start()));
    NavigableMap<ReportingPeriod, Observation> available = new TreeMap<>();
    context
        .series(key)
        .forEach(
            (p, o) -> {
              if (context.available(p, lag) && start.map(x -> p.compareTo(x) >= 0).orElse(true)) {
                available.put(p, o);
              }
            });
    BaselineStatus status =
        agreement
            .map(a -> context.baseline(a, key))
            .orElse(new BaselineStatus(BaselineStatus.State.MISSING, Optional.empty()));
    boolean valid = status.state() == BaselineStatus.State.VALID;
    if (available.isEmpty()) {
      return judged(key, ItemState.UNKNOWN, valid, "no observation available by " + context.asOf());
    }
    ReportingPeriod last = available.lastKey();
    BigDecimal latest = Objects.requireNonNull(available.get(last)).value();
    SpcPoint point =
        ChartedSeries.lastPoint(
            status, available, start.orElse(available.firstKey()), last, m.direction());
    List<String> concerns = new ArrayList<>();
    if (findings.openEpisodes().contains(key)) {
      concerns.add("an open trigger episode");
    }
    if (findings.decisive().contains(key)) {
      concerns.add("a red-line breach or an escalation overdue at the last level");
    }
    // SPC reads a series of at least the points its limits need (SpcOptions.MIN_FIX_AFTER, the
    // baseline rule's minimum): fewer is no evidence of stability, improvement or concern.
    int points = status.baseline().map(b -> b.points().size()).orElse(0) + available.size();
    boolean enough = points >= org.networkedcare.metrics.spc.SpcOptions.MIN_FIX_AFTER;
    Optional<RareEvents> rare = RareEvents.of(m, status, available);
    if (rare.isPresent()) {
      return rare(
          key, m, rare.get(), concerns, kpi(agreement, key, m, latest), valid, last, latest);
    }
    if (enough && point.pointType() == PointType.SPECIAL_CAUSE_CONCERN) {
      concerns.add("the latest point is special cause concern");
    }
    Optional<Kpi> kpi = agreement.flatMap(a -> a.kpi(key.measure(), key.site()));
    if (kpi.isPresent() && !kpi.get().meets(latest, m.direction())) {
      concerns.add("the latest value does not meet the KPI");
    }
    String limits =
        enough && point.lowerLimit().isPresent() && point.upperLimit().isPresent()
            ? " against limits "
                + Evaluation.format(m).format(point.lowerLimit().getAsDouble())
                + " to "
                + Evaluation.format(m).format(point.upperLimit().getAsDouble())
            : "";
    String latestText = "latest " + last + ": " + Evaluation.format(m).format(latest) + limits;
    if (!concerns.isEmpty()) {
      return judged(key, ItemState.CONCERN, valid, latestText + "; " + String.join("; ", concerns));
    }
    if (!enough) {
      return judged(
          key,
          ItemState.UNKNOWN,
          valid,
          latestText
              + "; too few points for SPC: "
              + points
              + " of the "
              + org.networkedcare.metrics.spc.SpcOptions.MIN_FIX_AFTER
              + " it needs");
    }
    if (point.pointType() == PointType.SPECIAL_CAUSE_IMPROVEMENT) {
      return judged(key, ItemState.IMPROVING, valid, latestText + "; special cause improvement");
    }
    return judged(key, ItemState.STABLE, valid, latestText + "; common cause");
  }

  /** {@return the concern a KPI gives about the latest value, if it does not meet it} */
  private static Optional<String> kpi(
      Optional<HostAgreement> agreement, SeriesKey key, Measure m, BigDecimal latest) {
    return agreement
        .flatMap(a -> a.kpi(key.measure(), key.site()))
        .filter(k -> !k.meets(latest, m.direction()))
        .map(k -> "the latest value does not meet the KPI");
  }

  /**
   * A rare-event measure judged on its g chart (docs/governance.md, "Rare events"): concern from an
   * open episode, the KPI or the g chart's latest point; improvement only from the g chart's latest
   * point, and only with {@link RareEvents#MIN_GAPS} gaps between events. A clean period adds no
   * point, so it is never improvement.
   */
  private static Judged rare(
      SeriesKey key,
      Measure m,
      RareEvents rare,
      List<String> concerns,
      Optional<String> kpi,
      boolean valid,
      ReportingPeriod last,
      BigDecimal latest) {
    List<String> all = new ArrayList<>(concerns);
    kpi.ifPresent(all::add);
    Optional<PointType> type = rare.latestPointType();
    type.filter(t -> t == PointType.SPECIAL_CAUSE_CONCERN)
        .ifPresent(
            t -> all.add("the g chart's latest gap between events is special cause concern"));
    String text =
        "latest " + last + ": " + Evaluation.format(m).format(latest) + "; " + rare.describe();
    if (!all.isEmpty()) {
      return judged(key, ItemState.CONCERN, valid, text + "; " + String.join("; ", all));
    }
    if (type.filter(t -> t == PointType.SPECIAL_CAUSE_IMPROVEMENT).isPresent()) {
      return judged(
          key, ItemState.IMPROVING, valid, text + "; special cause improvement on the g chart");
    }
    return judged(key, ItemState.STABLE, valid, text + "; no special cause on the g chart");
  }

  private static Judged judged(
      SeriesKey key, ItemState state, boolean validBaseline, String detail) {
    return new Judged(
        key, state, validBaseline, state.item(key, Optional.of(validBaseline), detail));
  }
}
