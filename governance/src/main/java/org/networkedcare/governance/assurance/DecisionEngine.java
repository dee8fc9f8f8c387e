package org.networkedcare.governance.assurance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.networkedcare.core.ReportingPeriod;
import org.networkedcare.core.ReportingPeriod.Granularity;
import org.networkedcare.core.measure.ImprovementDirection;
import org.networkedcare.core.measure.Measure;
import org.networkedcare.core.measure.MeasureFormat;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.core.network.NetworkMembership;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.organisation.ServiceProvision;
import org.networkedcare.core.reference.Term;
import org.networkedcare.governance.Actor;
import org.networkedcare.governance.agreement.HostAgreement;
import org.networkedcare.governance.agreement.Kpi;
import org.networkedcare.governance.calendar.BankHolidays;
import org.networkedcare.governance.dispute.Dispute;
import org.networkedcare.governance.escalation.Deadlines;
import org.networkedcare.governance.escalation.EscalationRecord;
import org.networkedcare.governance.escalation.EscalationRoute;
import org.networkedcare.governance.escalation.Holder;
import org.networkedcare.governance.escalation.Trigger;
import org.networkedcare.governance.incident.Incident;
import org.networkedcare.governance.purchasing.SharedEquipment;
import org.networkedcare.governance.reference.DisputeRoutes;
import org.networkedcare.governance.reference.GovernanceReference;
import org.networkedcare.governance.reference.RiskMatrix;
import org.networkedcare.governance.risk.RiskEntry;
import org.networkedcare.governance.series.MeasureBaseline;
import org.networkedcare.governance.series.Observation;
import org.networkedcare.metrics.funnel.Funnel;
import org.networkedcare.metrics.funnel.FunnelOptions;
import org.networkedcare.metrics.funnel.FunnelResult;
import org.networkedcare.metrics.funnel.FunnelSite;
import org.networkedcare.metrics.funnel.IndicatorType;
import org.networkedcare.metrics.funnel.OutlierJudgement;
import org.networkedcare.metrics.funnel.SiteCount;
import org.networkedcare.metrics.spc.Assurance;
import org.networkedcare.metrics.spc.FacetResult;
import org.networkedcare.metrics.spc.PointType;
import org.networkedcare.metrics.spc.Spc;
import org.networkedcare.metrics.spc.SpcOptions;
import org.networkedcare.metrics.spc.SpcPoint;
import org.networkedcare.metrics.spc.SpcSeries;

/**
 * The decision engine: {@link #evaluate(GovernanceDocument, GovernanceReference, LocalDate)} turns a
 * checked governance document into findings, verdicts and the risk register at a date. A pure
 * function: no clock, no I/O; the same inputs give the same findings in the same order, whatever the
 * order of sites, observations or records.
 *
 * <p>Findings are ordered by severity (most severe first), then due date (earliest first, none
 * last), then code, then subject ids as text in the order agreement, site, measure, trigger, risk,
 * incident, dispute, equipment (an absent id first), then summary.
 */
public final class DecisionEngine {

  private DecisionEngine() {}

  /** The day after the last supported financial year (9998/99) ends. */
  private static final LocalDate LAST_SUPPORTED_END = LocalDate.of(9999, 4, 1);

  /** The window before a review or calibration falls due in which it is reported as due. */
  public static final int WARNING_DAYS = 30;

  /**
   * {@return the findings, verdicts and risks of a document at a date}
   *
   * @param document the checked document
   * @param reference the reference data in force
   * @param asOf the evaluation date
   * @throws org.networkedcare.core.validation.ValidationException {@code calendar.range} when the
   *     calendar does not cover a year the evaluation needs
   */
  public static Assessment evaluate(GovernanceDocument document, GovernanceReference reference, LocalDate asOf) {
    java.util.Objects.requireNonNull(document, "document");
    java.util.Objects.requireNonNull(reference, "reference");
    java.util.Objects.requireNonNull(asOf, "asOf");
    return new Run(document, reference, asOf).run();
  }

  /** The comparator findings are sorted with, given the severity ranks of the reference data. */
  static Comparator<Finding> order(GovernanceReference reference) {
    return Comparator.<Finding>comparingInt(f -> reference.severityRank(f.severity()))
        .thenComparing(f -> f.dueDate().orElse(LocalDate.MAX))
        .thenComparing(Finding::code)
        .thenComparing(Finding::subject, Subject.ORDER)
        .thenComparing(Finding::summary);
  }

  /** One evaluation. */
  private static final class Run {
    final GovernanceDocument doc;
    final GovernanceReference ref;
    final LocalDate asOf;
    final BankHolidays calendar;
    final Map<String, Measure> measures = new HashMap<>();
    final Map<String, EscalationRoute> routes = new HashMap<>();
    final Map<String, TreeMap<ReportingPeriod, Observation>> series = new HashMap<>();
    final List<Finding> findings = new ArrayList<>();
    final Set<String> openEpisodes = new HashSet<>();
    final Set<String> decisive = new HashSet<>();

    Run(GovernanceDocument doc, GovernanceReference ref, LocalDate asOf) {
      this.doc = doc;
      this.ref = ref;
      this.asOf = asOf;
      this.calendar = ref.calendar();
      doc.network().measures().forEach(m -> measures.put(m.id(), m));
      doc.routes().forEach(r -> routes.put(r.id(), r));
      for (Observation o : doc.observations()) {
        series.computeIfAbsent(key(o.measure(), o.site(), o.service()), k -> new TreeMap<>()).put(o.period(), o);
      }
    }

    static String key(String measure, OdsCode site, Optional<String> service) {
      return measure + "|" + site + "|" + service.orElse("");
    }

    TreeMap<ReportingPeriod, Observation> series(String measure, OdsCode site) {
      return series.getOrDefault(key(measure, site, Optional.empty()), new TreeMap<>());
    }

    static LocalDate availability(ReportingPeriod period, int lag) {
      return period.endExclusive().plusDays(lag);
    }

    /** The period after one, or empty past the last supported financial year. */
    static Optional<ReportingPeriod> following(ReportingPeriod p) {
      return p.endExclusive().isBefore(LAST_SUPPORTED_END) ? Optional.of(p.next()) : Optional.empty();
    }

    /** The period of a granularity containing a date, or empty outside the supported financial years. */
    static Optional<ReportingPeriod> containing(Granularity g, LocalDate date) {
      try {
        return Optional.of(ReportingPeriod.containing(g, date));
      } catch (ValidationException outside) {
        return Optional.empty();
      }
    }

    /** One format per unit (core MeasureFormat): the evidence reads as the board pack does. */
    static MeasureFormat format(Measure m) {
      return MeasureFormat.of(m);
    }

    Granularity periodicity(String measure) {
      Measure m = measures.get(measure);
      return m == null ? Granularity.MONTH : m.periodicity();
    }

    List<HostAgreement> agreements() {
      return doc.agreements().stream().sorted(Comparator.comparing(HostAgreement::id)).toList();
    }

    Assessment run() {
      for (HostAgreement a : agreements()) {
        agreementFindings(a);
      }
      riskFindings();
      incidentFindings();
      disputeFindings();
      equipmentFindings();
      findings.sort(order(ref));
      List<Verdict> verdicts = verdicts();
      return new Assessment(doc.network().network().id(), asOf, ref.versions(), findings, verdicts, riskStatuses());
    }

    // ---------------------------------------------------------------- agreements and triggers

    /** The periods of a granularity an agreement watches that are available by the date, from the one containing its start. */
    List<ReportingPeriod> periods(HostAgreement a, Granularity g) {
      List<ReportingPeriod> periods = new ArrayList<>();
      Optional<ReportingPeriod> p = containing(g, a.term().start());
      while (p.isPresent() && !availability(p.get(), a.reportingLagDays()).isAfter(asOf)) {
        if (a.term().end().isPresent() && p.get().start().isAfter(a.term().end().get())) {
          break;
        }
        periods.add(p.get());
        p = following(p.get());
      }
      return periods;
    }

    void agreementFindings(HostAgreement a) {
      if (a.term().start().isAfter(asOf)) {
        return;
      }
      Subject subject = Subject.none().with("agreement", a.id());
      EscalationRoute route = routes.get(a.route());
      Map<Granularity, List<ReportingPeriod>> periods = new java.util.EnumMap<>(Granularity.class);
      for (Trigger t : a.triggers()) {
        for (OdsCode site : a.watchedSites(t).stream().sorted().toList()) {
          triggerFindings(a, route, t, site, periods.computeIfAbsent(periodicity(t.measure()), g -> periods(a, g)));
        }
      }
      if (a.origin() == HostAgreement.Origin.HISTORIC) {
        for (Kpi k : a.kpis()) {
          BaselineStatus status = baseline(a, k.measure(), k.site(), k.service());
          if (status.state() != BaselineStatus.State.VALID) {
            String code = "kpi-baseline-" + status.state().id();
            Map<String, String> evidence = new LinkedHashMap<>();
            evidence.put("origin", a.origin().id());
            evidence.put("start", a.term().start().toString());
            evidence.put("rule", "a baseline of the KPI's measure at its site, ending before the start, captured on or before it, with at least "
                + ref.baselinePolicy().minimumPoints() + " points");
            findings.add(finding(code, "trigger", subject.with("site", k.site()).with("measure", k.measure()),
                "The KPI " + k.measure() + " at " + k.site() + " of the historic agreement " + a.id() + " has no valid baseline ("
                    + status.state().id() + "), so its benefits cannot be shown against the service before transfer.",
                evidence, Optional.empty(), Optional.empty(), OptionalInt.empty()));
          }
        }
      }
      // review, notice, expiry
      // a review dated after the evaluation date is not known at that date
      Optional<LocalDate> lastReview = a.term().lastReview().filter(d -> !d.isAfter(asOf));
      LocalDate nextReview = lastReview.orElse(a.term().start()).plusMonths(a.term().reviewMonths());
      Optional<LocalDate> end = a.term().end();
      boolean expired = end.isPresent() && end.get().isBefore(asOf);
      if (expired) {
        findings.add(finding("agreement-expired", "trigger", subject, "The agreement " + a.id() + " ended on " + end.get() + ".",
            Map.of("end", end.get().toString()), end, Optional.empty(), OptionalInt.empty()));
      } else {
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("lastReview", lastReview.map(LocalDate::toString).orElse("none"));
        evidence.put("reviewMonths", Integer.toString(a.term().reviewMonths()));
        evidence.put("nextReview", nextReview.toString());
        if (nextReview.isBefore(asOf)) {
          findings.add(finding("agreement-review-overdue", "trigger", subject,
              "The review of " + a.id() + " was due on " + nextReview + " (" + (lastReview.isPresent() ? "last review" : "start") + " plus " + a.term().reviewMonths() + " months).",
              evidence, Optional.of(nextReview), Optional.empty(), OptionalInt.empty()));
        } else if (ChronoUnit.DAYS.between(asOf, nextReview) <= WARNING_DAYS) {
          findings.add(finding("agreement-review-due", "trigger", subject, "The review of " + a.id() + " is due on " + nextReview + ".",
              evidence, Optional.of(nextReview), Optional.empty(), OptionalInt.empty()));
        }
        if (end.isPresent()) {
          LocalDate opens = end.get().minusMonths(a.term().noticeMonths());
          if (!opens.isAfter(asOf)) {
            findings.add(finding("agreement-notice-window", "trigger", subject,
                "The agreement " + a.id() + " ends on " + end.get() + "; its notice window of " + a.term().noticeMonths() + " months opened on " + opens + ".",
                Map.of("end", end.get().toString(), "noticeOpens", opens.toString()), end, Optional.empty(), OptionalInt.empty()));
          }
        }
      }
      if (a.legalCharacter() == HostAgreement.LegalCharacter.CONTRACT && healthServiceBody(a.provider()) && healthServiceBody(a.host())) {
        findings.add(finding("legal-character-unusual", "trigger", subject,
            "The agreement " + a.id() + " is recorded as an enforceable contract between two health service bodies, whose agreements are NHS contracts under section 9 of the NHS Act 2006.",
            Map.of("legalCharacter", a.legalCharacter().id()), Optional.empty(), Optional.empty(), OptionalInt.empty()));
      }
      dataGaps(a, periods, subject);
    }

    boolean healthServiceBody(OdsCode code) {
      return doc.network().organisation(code).map(o -> o.isHealthServiceBody(ref.core())).orElse(false);
    }

    void dataGaps(HostAgreement a, Map<Granularity, List<ReportingPeriod>> periodsBy, Subject subject) {
      TreeSet<String> watched = new TreeSet<>();
      for (Kpi k : a.kpis()) {
        watched.add(k.site() + "|" + k.measure());
      }
      for (Trigger t : a.triggers()) {
        for (OdsCode site : a.watchedSites(t)) {
          watched.add(site + "|" + t.measure());
        }
      }
      for (String w : watched) {
        OdsCode site = OdsCode.of(w.substring(0, w.indexOf('|')));
        String measure = w.substring(w.indexOf('|') + 1);
        TreeMap<ReportingPeriod, Observation> s = series(measure, site);
        List<ReportingPeriod> periods = periodsBy.computeIfAbsent(periodicity(measure), g -> periods(a, g));
        List<String> missing = periods.stream().filter(p -> !s.containsKey(p)).map(ReportingPeriod::toString).toList();
        if (!missing.isEmpty()) {
          findings.add(finding("data-gap", "trigger", subject.with("site", site).with("measure", measure),
              "No observation of " + measure + " at " + site + " for " + String.join(", ", missing) + ", although available by " + asOf + ".",
              Map.of("periods", String.join(", ", missing)), Optional.empty(), Optional.empty(), OptionalInt.empty()));
        }
      }
    }

    BaselineStatus baseline(HostAgreement a, String measure, OdsCode site, Optional<String> service) {
      return BaselineStatus.of(doc.baselines(), measure, site, service, a.term().start(), ref.baselinePolicy().minimumPoints());
    }

    void triggerFindings(HostAgreement a, EscalationRoute route, Trigger t, OdsCode site, List<ReportingPeriod> periods) {
      Measure m = measures.get(t.measure());
      TreeMap<ReportingPeriod, Observation> s = series(t.measure(), site);
      int lag = a.reportingLagDays();
      Optional<Kpi> kpi = a.kpi(t.measure(), site);
      Condition condition = new Condition(a, t, m, site, s, kpi);
      List<Episodes.Episode> episodes =
          Episodes.of(periods, condition::holds, p -> s.get(p).value(), p -> availability(p, lag), t.condition().periods(), t.clearingPeriods());
      String where = t.measure() + "|" + site;
      for (Episodes.Episode e : episodes) {
        boolean cleared = e.clearedOn().isPresent();
        if (!cleared) {
          openEpisodes.add(where);
        }
        Optional<LocalDate> resolved =
            doc.escalationRecords().stream()
                .filter(r -> r.agreement().equals(a.id()) && r.trigger().equals(t.id()) && r.site().equals(site))
                .map(EscalationRecord::resolvedOn)
                .filter(d -> !d.isAfter(asOf) && e.openOn(d))
                .min(Comparator.naturalOrder());
        if (cleared || (resolved.isPresent() && !t.redLine())) {
          continue;
        }
        int opened = t.redLine() ? route.top() : Math.min(t.level().orElse(1), route.top());
        Deadlines.Standing standing = Deadlines.standing(route, opened, e.firedOn(), asOf, calendar);
        Subject subject = Subject.none().with("agreement", a.id()).with("site", site).with("measure", t.measure()).with("trigger", t.id());
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("condition", condition.describe());
        evidence.put("points", e.evidence().entrySet().stream().map(x -> x.getKey() + ": " + x.getValue().toPlainString()).collect(Collectors.joining(", ")));
        evidence.put("firedOn", e.firedOn().toString());
        evidence.put("openedLevel", Integer.toString(opened));
        evidence.put("openedLevelDue", standing.openedLevelDue().toString());
        evidence.put("route", route.id());
        String points = e.evidence().values().stream().map(format(m)::format).collect(Collectors.joining(", "));
        String what = t.measure() + " at " + site + " " + condition.describe() + " (" + points + " in " + e.evidence().keySet().stream().map(ReportingPeriod::toString).collect(Collectors.joining(", ")) + ")";
        if (t.redLine()) {
          decisive.add(where);
          evidence.put("consequence", t.consequence().orElseThrow());
          if (resolved.isPresent()) {
            evidence.put("resolvedOn", resolved.get().toString());
            findings.add(finding("red-line-breached", "trigger", subject,
                "Red line " + t.id() + " breached: " + what + "; fired " + e.firedOn() + ", resolved on " + resolved.get() + ", the episode stays open until the condition clears.",
                evidence, Optional.empty(), Optional.empty(), OptionalInt.of(opened)));
          } else {
            Holder h = route.level(standing.level()).holder();
            findings.add(finding("red-line-breached", "trigger", subject,
                "Red line " + t.id() + " breached: " + what + "; fired " + e.firedOn() + ", consequence " + t.consequence().orElseThrow() + "; level " + standing.level() + " due " + standing.due()
                    + (asOf.isAfter(standing.due()) ? " (overdue)" : "") + ".",
                evidence, Optional.of(standing.due()), Optional.of(actor(a, h)), OptionalInt.of(standing.level())));
          }
          continue;
        }
        Holder h = route.level(standing.level()).holder();
        String severity = t.severity().orElseThrow();
        if (standing.overdue()) {
          if (standing.level() == route.top()) {
            decisive.add(where);
          }
          findings.add(finding("escalation-overdue", severity, subject,
              "Trigger " + t.id() + ": " + what + "; fired " + e.firedOn() + "; level " + opened + " was due " + standing.openedLevelDue() + ", now at level " + standing.level() + " due " + standing.due() + ".",
              evidence, Optional.of(standing.due()), Optional.of(actor(a, h)), OptionalInt.of(standing.level())));
        } else {
          findings.add(finding("trigger-fired", severity, subject,
              "Trigger " + t.id() + ": " + what + "; fired " + e.firedOn() + "; level " + standing.level() + " due " + standing.due() + ".",
              evidence, Optional.of(standing.due()), Optional.of(actor(a, h)), OptionalInt.of(standing.level())));
        }
      }
    }

    Actor actor(HostAgreement a, Holder h) {
      OdsCode org =
          switch (h.party()) {
            case PROVIDER, DISPUTE_ROUTE -> a.provider();
            case HOST -> a.host();
            case COMMISSIONER -> a.commissioners().get(0);
            case EXTERNAL -> h.organisation().orElseThrow();
            case NETWORK -> doc.network().network().odsCode()
                .orElseGet(() -> doc.network().network().membershipsOn(asOf).stream()
                    .filter(x -> x.role().id().equals("centre")).map(NetworkMembership::organisation).sorted().findFirst().orElse(a.provider()));
          };
      return new Actor(org, h.role());
    }

    Finding finding(String code, String triggerSeverity, Subject subject, String summary, Map<String, String> evidence,
        Optional<LocalDate> due, Optional<Actor> actor, OptionalInt level) {
      Map<String, String> withContext = evidence;
      if (actor.isPresent()) {
        // Context only (spec section 5): the acting organisation's pressure, never a deadline.
        Optional<OrganisationContext> context = doc.context().stream()
            .filter(c -> c.organisation().equals(actor.get().organisation()) && !c.from().isAfter(asOf))
            .max(Comparator.comparing(OrganisationContext::from));
        if (context.isPresent()) {
          Map<String, String> added = new LinkedHashMap<>(evidence);
          context.get().opelLevel().ifPresent(l -> added.put("actorOpelLevel", l));
          context.get().oversightSegment().ifPresent(s -> added.put("actorOversightSegment", s));
          withContext = added;
        }
      }
      return new Finding(code, ref.findingSeverities().severity(code, triggerSeverity), subject, summary, withContext, due, actor, level);
    }

    /** A trigger's condition at one site, period by period. */
    final class Condition {
      final HostAgreement a;
      final Trigger t;
      final Measure m;
      final OdsCode site;
      final TreeMap<ReportingPeriod, Observation> s;
      final Optional<Kpi> kpi;

      Condition(HostAgreement a, Trigger t, Measure m, OdsCode site, TreeMap<ReportingPeriod, Observation> s, Optional<Kpi> kpi) {
        this.a = a;
        this.t = t;
        this.m = m;
        this.site = site;
        this.s = s;
        this.kpi = kpi;
      }

      Optional<Boolean> holds(ReportingPeriod p) {
        Observation o = s.get(p);
        if (o == null) {
          return Optional.empty();
        }
        BigDecimal v = o.value();
        Trigger.Condition c = t.condition();
        return Optional.of(
            switch (c.kind()) {
              case THRESHOLD -> {
                int cmp = v.compareTo(c.threshold().orElseThrow());
                yield c.side().orElseThrow() == Trigger.Side.BELOW ? cmp < 0 : cmp > 0;
              }
              case KPI -> kpi.map(k -> !k.meets(v, m.direction())).orElse(false);
              case SPC -> spcHolds(p);
            });
      }

      boolean spcHolds(ReportingPeriod p) {
        Trigger.Signal signal = t.condition().signal().orElseThrow();
        ReportingPeriod start = ReportingPeriod.containing(p.granularity(), a.term().start());
        if (signal == Trigger.Signal.ASSURANCE_FAIL) {
          List<Row> rows = rows(s, start, p);
          if (rows.stream().filter(r -> r.value().isPresent()).count() < 12 || kpi.isEmpty()) {
            return false;
          }
          FacetResult f = chart(rows, 0, m.direction(), OptionalDouble.of(kpi.get().standard().doubleValue()));
          return f.assurance().filter(x -> x == Assurance.FAIL).isPresent();
        }
        BaselineStatus status = baseline(a, t.measure(), site, Optional.empty());
        SpcPoint point = lastPoint(status, s, start, p, m.direction());
        return signal == Trigger.Signal.CONCERN ? point.pointType() == PointType.SPECIAL_CAUSE_CONCERN : outsideConcern(point, m.direction());
      }

      String describe() {
        Trigger.Condition c = t.condition();
        String n = c.periods() == 1 ? "" : " for " + c.periods() + " consecutive periods";
        return switch (c.kind()) {
          case THRESHOLD -> c.side().orElseThrow().id() + " " + format(m).format(c.threshold().orElseThrow()) + n;
          case KPI -> "not meeting its KPI " + kpi.map(k -> format(m).format(k.standard()) + " with tolerance " + format(m).format(k.tolerance())).orElse("") + n;
          case SPC -> "with the SPC signal " + c.signal().orElseThrow().id() + n;
        };
      }
    }

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

    /** A row of an SPC series. */
    record Row(ReportingPeriod period, Optional<BigDecimal> value) {}

    static List<Row> rows(TreeMap<ReportingPeriod, Observation> s, ReportingPeriod from, ReportingPeriod to) {
      List<Row> rows = new ArrayList<>();
      for (Optional<ReportingPeriod> p = Optional.of(from); p.isPresent() && p.get().compareTo(to) <= 0; p = following(p.get())) {
        Observation o = s.get(p.get());
        rows.add(new Row(p.get(), Optional.ofNullable(o).map(Observation::value)));
      }
      return rows;
    }

    /**
     * The last point of the series "baseline points, then observations from the start to a period",
     * with limits fixed on the baseline; without a valid baseline, the observations alone, unfixed.
     */
    static SpcPoint lastPoint(BaselineStatus status, TreeMap<ReportingPeriod, Observation> s, ReportingPeriod start, ReportingPeriod p,
        ImprovementDirection direction) {
      List<Row> rows = new ArrayList<>();
      int fix = 0;
      if (status.baseline().isPresent()) {
        MeasureBaseline b = status.baseline().get();
        TreeMap<ReportingPeriod, Observation> points = new TreeMap<>();
        b.points().forEach(x -> points.put(x.period(), x));
        rows.addAll(rows(points, b.from(), b.to()));
        fix = rows.size();
      }
      rows.addAll(rows(s, start, p));
      FacetResult f = chart(rows, fix, direction, OptionalDouble.empty());
      return f.point(f.size() - 1);
    }

    static FacetResult chart(List<Row> rows, int fixAfter, ImprovementDirection direction, OptionalDouble target) {
      SpcSeries.Builder b = SpcSeries.builder("");
      // Rows are consecutive months; SPC dates need only be increasing, so a baseline that ends well
      // before the start keeps its months.
      for (Row r : rows) {
        if (r.value().isPresent()) {
          b.add(r.period().start(), r.value().get().doubleValue());
        } else {
          b.addMissing(r.period().start());
        }
      }
      SpcOptions.Builder options = SpcOptions.builder().improvement(direction).screening(true);
      if (fixAfter > 0) {
        options.fixAfter(fixAfter);
      }
      target.ifPresent(options::target);
      return Spc.analyse(b.build(), options.build()).facets().get(0);
    }

    // ---------------------------------------------------------------- risks, incidents, disputes, equipment

    List<RiskStatus> riskStatuses() {
      RiskMatrix matrix = ref.riskMatrix();
      List<RiskStatus> out = new ArrayList<>();
      for (RiskEntry r : doc.risks().stream().sorted(Comparator.comparing(RiskEntry::id)).toList()) {
        RiskMatrix.Band band = matrix.band(r.current().score());
        boolean above = r.objective().appetite().isPresent() && r.current().score() > r.objective().appetite().getAsInt();
        out.add(new RiskStatus(r.id(), r.title(), r.initial().score(), r.current().score(), r.target().score(), band.id(), band.reviewMonths(),
            r.lastReviewed().plusMonths(band.reviewMonths()), above));
      }
      return out;
    }

    void riskFindings() {
      Map<String, RiskEntry> byId = new HashMap<>();
      doc.risks().forEach(r -> byId.put(r.id(), r));
      for (RiskStatus s : riskStatuses()) {
        RiskEntry r = byId.get(s.id());
        Subject subject = Subject.none().with("risk", s.id());
        // A review dated after the evaluation date is not known then (spec, conventions): no finding.
        if (s.nextReview().isBefore(asOf) && !r.lastReviewed().isAfter(asOf)) {
          findings.add(finding("risk-review-overdue", "trigger", subject,
              "Risk " + s.id() + " (score " + s.current() + ", " + s.band() + ") is reviewed every " + s.reviewMonths() + " month(s); last reviewed " + r.lastReviewed() + ", due " + s.nextReview() + ".",
              Map.of("score", Integer.toString(s.current()), "band", s.band(), "lastReviewed", r.lastReviewed().toString(), "reviewMonths", Integer.toString(s.reviewMonths())),
              Optional.of(s.nextReview()), Optional.of(r.owner()), OptionalInt.empty()));
        }
        if (s.aboveAppetite()) {
          findings.add(finding("risk-above-appetite", "trigger", subject,
              "Risk " + s.id() + " scores " + s.current() + ", above the appetite of " + r.objective().appetite().getAsInt() + " for the objective " + r.objective().id() + ".",
              Map.of("score", Integer.toString(s.current()), "appetite", Integer.toString(r.objective().appetite().getAsInt())),
              Optional.empty(), Optional.empty(), OptionalInt.empty()));
        }
      }
    }

    Optional<HostAgreement> covering(OdsCode site, LocalDate date) {
      return doc.agreements().stream()
          .filter(a -> a.siteCodes().contains(site) && !a.term().start().isAfter(date) && a.term().end().map(e -> !e.isBefore(date)).orElse(true))
          .max(Comparator.comparing((HostAgreement a) -> a.term().start()).thenComparing(HostAgreement::id, Comparator.reverseOrder()));
    }

    void incidentFindings() {
      for (Incident i : doc.incidents()) {
        if (i.date().isAfter(asOf)) {
          continue;
        }
        Optional<OdsCode> plan = i.plan().or(() -> covering(i.site(), i.date()).flatMap(a -> a.responsible("incidents")));
        for (Incident.Action action : i.actions()) {
          boolean done = action.completed().filter(d -> !d.isAfter(asOf)).isPresent();
          if (!done && action.due().isBefore(asOf)) {
            Map<String, String> evidence = new LinkedHashMap<>();
            evidence.put("action", action.id());
            evidence.put("response", i.response());
            evidence.put("plan", plan.map(OdsCode::toString).orElse("not stated"));
            evidence.put("due", action.due().toString());
            findings.add(finding("incident-action-overdue", "trigger", Subject.none().with("site", i.site()).with("incident", i.id()),
                "Learning action " + action.id() + " of incident " + i.id() + " (" + i.response() + ") was due on " + action.due() + " and is not done.",
                evidence, Optional.of(action.due()), Optional.of(action.owner()), OptionalInt.empty()));
          }
        }
      }
    }

    void disputeFindings() {
      Map<String, HostAgreement> agreements = new HashMap<>();
      doc.agreements().forEach(a -> agreements.put(a.id(), a));
      for (Dispute d : doc.disputes()) {
        if (d.raisedOn().isAfter(asOf)) {
          continue;
        }
        HostAgreement a = agreements.get(d.agreement());
        DisputeRoutes.Route route = ref.disputeRoutes().route(a.legalCharacter().id()).orElseThrow();
        List<Dispute.StageRecord> known = d.stages().stream().filter(s -> !s.start().isAfter(asOf)).toList();
        if (known.isEmpty()) {
          continue;
        }
        int index = known.size() - 1;
        Dispute.StageRecord current = known.get(index);
        boolean ended = current.end().filter(e -> !e.isAfter(asOf)).isPresent();
        DisputeRoutes.Stage stage = route.stages().get(index);
        Subject subject = Subject.none().with("agreement", a.id()).with("dispute", d.id());
        boolean last = index == route.stages().size() - 1;
        Optional<LocalDate> due = stage.limitWorkingDays().isPresent()
            ? Optional.of(calendar.workingDaysAfter(current.start(), stage.limitWorkingDays().getAsInt())) : Optional.empty();
        boolean overdue = !ended && due.isPresent() && asOf.isAfter(due.get());
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("legalCharacter", a.legalCharacter().id());
        evidence.put("stage", stage.id());
        evidence.put("start", current.start().toString());
        stage.limitWorkingDays().ifPresent(l -> evidence.put("limitWorkingDays", Integer.toString(l)));
        if (last && a.legalCharacter() == HostAgreement.LegalCharacter.MEMORANDUM && (ended || overdue)) {
          findings.add(finding("dispute-unresolvable", "trigger", subject,
              "Dispute " + d.id() + " under the memorandum " + a.id() + " has exhausted its route (" + stage.name() + ") and there is no binding stage.",
              evidence, due, Optional.empty(), OptionalInt.empty()));
        } else if (overdue) {
          String next = last ? "none" : route.stages().get(index + 1).id();
          evidence.put("nextStage", next);
          findings.add(finding("dispute-stage-overdue", "trigger", subject,
              "Dispute " + d.id() + ": " + stage.name() + " from " + current.start() + " had " + stage.limitWorkingDays().getAsInt() + " working days, to " + due.get()
                  + (last ? "." : "; the next stage is " + route.stages().get(index + 1).name() + "."),
              evidence, due, Optional.empty(), OptionalInt.empty()));
        }
      }
    }

    void equipmentFindings() {
      String area = "equipment-maintenance";
      String role = ref.responsibilityAreas().terms().stream().filter(t -> t.id().equals(area)).map(Term::name).findFirst().orElse("equipment maintenance and calibration");
      for (SharedEquipment e : doc.equipment()) {
        if (e.lastCalibration().isAfter(asOf)) {
          continue; // a calibration dated after the evaluation date is not known then
        }
        OdsCode site = e.siteOn(asOf);
        Optional<HostAgreement> agreement = covering(site, asOf);
        OdsCode maintainer = e.maintainer().or(() -> agreement.flatMap(a -> a.responsible(area))).orElse(e.owner());
        LocalDate next = e.nextCalibration();
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("lastCalibration", e.lastCalibration().toString());
        evidence.put("intervalMonths", Integer.toString(e.calibrationIntervalMonths()));
        evidence.put("site", site.toString());
        evidence.put("responsible", maintainer + agreement.map(a -> " (under " + a.id() + ")").orElse(""));
        Subject subject = Subject.none().with("site", site).with("equipment", e.id());
        if (next.isBefore(asOf)) {
          findings.add(finding("equipment-calibration-overdue", "trigger", subject,
              e.id() + " at " + site + " was last calibrated on " + e.lastCalibration() + "; calibration every " + e.calibrationIntervalMonths() + " months was due on " + next + ".",
              evidence, Optional.of(next), Optional.of(new Actor(maintainer, role)), OptionalInt.empty()));
        } else if (!next.isAfter(asOf.plusDays(WARNING_DAYS))) {
          findings.add(finding("equipment-calibration-due", "trigger", subject,
              e.id() + " at " + site + " is due for calibration on " + next + ".",
              evidence, Optional.of(next), Optional.of(new Actor(maintainer, role)), OptionalInt.empty()));
        }
      }
    }

    // ---------------------------------------------------------------- verdicts

    List<Verdict> verdicts() {
      Map<String, List<String>> measuresByQuestion = new TreeMap<>();
      for (EvidenceTag tag : doc.evidence()) {
        for (String q : tag.questions()) {
          measuresByQuestion.computeIfAbsent(q, k -> new ArrayList<>()).add(tag.measure());
        }
      }
      List<Verdict> verdicts = new ArrayList<>();
      for (Term q : ref.boardQuestions().terms()) {
        verdicts.add(
            switch (q.id()) {
              case "governance" -> governance();
              case "standardisation" -> standardisation();
              case "range" -> range();
              default -> measureLed(q.id(), measuresByQuestion.getOrDefault(q.id(), List.of()).stream().distinct().sorted().toList());
            });
      }
      return verdicts;
    }

    Verdict measureLed(String question, List<String> tagged) {
      List<EvidenceItem> items = new ArrayList<>();
      boolean notAssured = false;
      boolean partial = false;
      for (String measure : tagged) {
        TreeSet<OdsCode> sites = new TreeSet<>();
        doc.observations().stream().filter(o -> o.measure().equals(measure) && o.service().isEmpty()).forEach(o -> sites.add(o.site()));
        for (OdsCode site : sites) {
          EvidenceItem item = item(measure, site);
          items.add(item);
          String where = measure + "|" + site;
          if (item.state().equals("concern") && decisive.contains(where)) {
            notAssured = true;
          }
          if (item.state().equals("concern") || !item.validBaseline().orElse(false)) {
            partial = true;
          }
        }
      }
      if (items.isEmpty() || items.stream().allMatch(i -> i.state().equals("unknown"))) {
        return new Verdict(question, "no-evidence", items.isEmpty() ? "no measure evidences it" : "no observation is available yet", items);
      }
      if (notAssured) {
        return new Verdict(question, "not-assured", "a red-line breach, or an escalation overdue at the route's last level, on an evidence item", items);
      }
      if (partial) {
        return new Verdict(question, "partially-assured", "an evidence item in concern, or without a valid baseline", items);
      }
      return new Verdict(question, "assured", "every evidence item stable or improving, each with a valid baseline", items);
    }

    EvidenceItem item(String measure, OdsCode site) {
      Measure m = measures.get(measure);
      Optional<HostAgreement> agreement = covering(site, asOf);
      int lag = agreement.map(HostAgreement::reportingLagDays).orElse(0);
      TreeMap<ReportingPeriod, Observation> s = series(measure, site);
      Optional<ReportingPeriod> start = agreement.flatMap(a -> containing(m.periodicity(), a.term().start()));
      TreeMap<ReportingPeriod, Observation> available = new TreeMap<>();
      s.forEach((p, o) -> {
        if (!availability(p, lag).isAfter(asOf) && start.map(x -> p.compareTo(x) >= 0).orElse(true)) {
          available.put(p, o);
        }
      });
      BaselineStatus status = agreement.map(a -> baseline(a, measure, site, Optional.empty())).orElse(new BaselineStatus(BaselineStatus.State.MISSING, Optional.empty()));
      Optional<Boolean> valid = Optional.of(status.state() == BaselineStatus.State.VALID);
      if (available.isEmpty()) {
        return new EvidenceItem(Optional.of(measure), Optional.of(site.toString()), "unknown", valid, "no observation available by " + asOf);
      }
      ReportingPeriod last = available.lastKey();
      BigDecimal latest = available.get(last).value();
      SpcPoint point = lastPoint(status, available, start.orElse(available.firstKey()), last, m.direction());
      List<String> concerns = new ArrayList<>();
      String where = measure + "|" + site;
      if (openEpisodes.contains(where)) {
        concerns.add("an open trigger episode");
      }
      if (decisive.contains(where)) {
        concerns.add("a red-line breach or an escalation overdue at the last level");
      }
      // SPC reads a series of at least the points its limits need (SpcOptions.MIN_FIX_AFTER, the
      // baseline rule's minimum): fewer is no evidence of stability, improvement or concern.
      int points = status.baseline().map(b -> b.points().size()).orElse(0) + available.size();
      boolean enough = points >= SpcOptions.MIN_FIX_AFTER;
      if (enough && point.pointType() == PointType.SPECIAL_CAUSE_CONCERN) {
        concerns.add("the latest point is special cause concern");
      }
      Optional<Kpi> kpi = agreement.flatMap(a -> a.kpi(measure, site));
      if (kpi.isPresent() && !kpi.get().meets(latest, m.direction())) {
        concerns.add("the latest value does not meet the KPI");
      }
      String limits = enough && point.lowerLimit().isPresent() && point.upperLimit().isPresent()
          ? " against limits " + format(m).format(point.lowerLimit().getAsDouble()) + " to " + format(m).format(point.upperLimit().getAsDouble()) : "";
      String latestText = "latest " + last + ": " + format(m).format(latest) + limits;
      if (!concerns.isEmpty()) {
        return new EvidenceItem(Optional.of(measure), Optional.of(site.toString()), "concern", valid, latestText + "; " + String.join("; ", concerns));
      }
      if (!enough) {
        return new EvidenceItem(Optional.of(measure), Optional.of(site.toString()), "unknown", valid,
            latestText + "; too few points for SPC: " + points + " of the " + SpcOptions.MIN_FIX_AFTER + " it needs");
      }
      if (point.pointType() == PointType.SPECIAL_CAUSE_IMPROVEMENT) {
        return new EvidenceItem(Optional.of(measure), Optional.of(site.toString()), "improving", valid, latestText + "; special cause improvement");
      }
      return new EvidenceItem(Optional.of(measure), Optional.of(site.toString()), "stable", valid, latestText + "; common cause");
    }

    Verdict governance() {
      List<EvidenceItem> items = new ArrayList<>();
      boolean not = false;
      boolean partial = false;
      for (Finding f : findings) {
        boolean topOverdue = f.code().equals("escalation-overdue") && f.subject().agreement().map(id -> routes.get(agreementRoute(id)))
            .map(r -> f.escalationLevel().orElse(0) == r.top()).orElse(false);
        boolean decisiveFinding = f.code().equals("red-line-breached") || topOverdue;
        boolean partialFinding = f.code().endsWith("-overdue") || f.code().startsWith("kpi-baseline-");
        if (decisiveFinding || partialFinding) {
          items.add(new EvidenceItem(f.subject().measure(), f.subject().site(), f.code(), Optional.empty(), f.summary()));
        }
        not |= decisiveFinding;
        partial |= partialFinding;
      }
      if (not) {
        return new Verdict("governance", "not-assured", "a red-line breach, or an escalation overdue at the route's last level", items);
      }
      if (partial) {
        return new Verdict("governance", "partially-assured", "an overdue obligation or a KPI without a valid baseline", items);
      }
      return new Verdict("governance", "assured", "no breach, nothing overdue, every KPI with a valid baseline", items);
    }

    String agreementRoute(String id) {
      return doc.agreements().stream().filter(a -> a.id().equals(id)).map(HostAgreement::route).findFirst().orElse("");
    }

    Verdict standardisation() {
      Map<String, Map<OdsCode, Kpi>> byMeasure = new TreeMap<>();
      Map<Kpi, HostAgreement> owner = new HashMap<>();
      for (HostAgreement a : agreements()) {
        if (a.term().start().isAfter(asOf)) {
          continue;
        }
        for (Kpi k : a.kpis()) {
          byMeasure.computeIfAbsent(k.measure(), x -> new TreeMap<>()).putIfAbsent(k.site(), k);
          owner.putIfAbsent(k, a);
        }
      }
      List<EvidenceItem> items = new ArrayList<>();
      int meets = 0;
      int fails = 0;
      for (Map.Entry<String, Map<OdsCode, Kpi>> e : byMeasure.entrySet()) {
        if (e.getValue().size() < 2) {
          continue;
        }
        Measure m = measures.get(e.getKey());
        for (Map.Entry<OdsCode, Kpi> s : e.getValue().entrySet()) {
          Kpi k = s.getValue();
          int lag = owner.get(k).reportingLagDays();
          TreeMap<ReportingPeriod, Observation> series = this.series.getOrDefault(key(k.measure(), k.site(), k.service()), new TreeMap<>());
          Optional<Map.Entry<ReportingPeriod, Observation>> latest = series.descendingMap().entrySet().stream()
              .filter(x -> !availability(x.getKey(), lag).isAfter(asOf)).findFirst();
          if (latest.isEmpty()) {
            continue;
          }
          boolean ok = k.meets(latest.get().getValue().value(), m.direction());
          if (ok) {
            meets++;
          } else {
            fails++;
          }
          items.add(new EvidenceItem(Optional.of(k.measure()), Optional.of(k.site().toString()), ok ? "meets" : "does-not-meet", Optional.empty(),
              latest.get().getKey() + ": " + format(m).format(latest.get().getValue().value()) + " against " + format(m).format(k.standard())
                  + " with tolerance " + format(m).format(k.tolerance())));
        }
      }
      int outliers = 0;
      for (Map.Entry<String, Map<OdsCode, Kpi>> e : byMeasure.entrySet()) {
        if (e.getValue().size() >= 3) {
          List<EvidenceItem> concerns = funnelConcerns(measures.get(e.getKey()), e.getValue(), owner);
          outliers += concerns.size();
          items.addAll(concerns);
        }
      }
      if (meets + fails == 0) {
        return new Verdict("standardisation", "no-evidence", "no KPI measure watched at two or more sites with a value", items);
      }
      if (fails == 0 && outliers > 0) {
        return new Verdict("standardisation", "partially-assured",
            "every site meets the KPI, but " + outliers + " site(s) are unfavourable funnel outliers against the others", items);
      }
      if (fails == 0) {
        return new Verdict("standardisation", "assured", "every site meets the KPI", items);
      }
      if (meets == 0) {
        return new Verdict("standardisation", "not-assured", "no site meets the KPI", items);
      }
      return new Verdict("standardisation", "partially-assured", "some sites meet the KPI, some do not", items);
    }

    /**
     * The funnel comparison of a KPI measure watched at three or more sites (issue 10; the note in
     * spec section 8): for the latest month in which at least three of the sites have an available
     * observation with a numerator and a denominator, the sites outside the 95% limits on the side
     * the measure worsens towards (FunnelPlotR's method with its default, automatic over-dispersion
     * adjustment), each a {@code concern} item. Measures that are not proportions or rates, and
     * months that cannot be compared (fewer than three sites, a problem in the counts), give none.
     */
    List<EvidenceItem> funnelConcerns(Measure m, Map<OdsCode, Kpi> sites, Map<Kpi, HostAgreement> owner) {
      IndicatorType type = switch (m.kind()) {
        case PROPORTION -> IndicatorType.PROPORTION;
        case RATE -> IndicatorType.RATE;
        default -> null;
      };
      if (type == null) {
        return List.of();
      }
      TreeMap<ReportingPeriod, List<Observation>> byMonth = new TreeMap<>();
      for (Kpi k : sites.values()) {
        int lag = owner.get(k).reportingLagDays();
        this.series.getOrDefault(key(k.measure(), k.site(), k.service()), new TreeMap<>()).forEach((month, o) -> {
          if (!availability(month, lag).isAfter(asOf) && o.numerator().isPresent() && o.denominator().isPresent()) {
            byMonth.computeIfAbsent(month, x -> new ArrayList<>()).add(o);
          }
        });
      }
      Optional<Map.Entry<ReportingPeriod, List<Observation>>> month = byMonth.descendingMap().entrySet().stream()
          .filter(x -> x.getValue().size() >= 3).findFirst();
      if (month.isEmpty()) {
        return List.of();
      }
      List<SiteCount> rows = month.get().getValue().stream()
          .sorted(Comparator.comparing(o -> o.site().toString()))
          .map(o -> new SiteCount(o.site().toString(), o.numerator().get().doubleValue(), o.denominator().get().doubleValue()))
          .toList();
      FunnelResult result;
      try {
        result = Funnel.analyse(rows, FunnelOptions.builder().type(type).direction(m.direction()).build());
      } catch (ValidationException invalid) {
        return List.of();
      }
      List<EvidenceItem> concerns = new ArrayList<>();
      for (FunnelSite s : result.sites()) {
        if (s.judgement() == OutlierJudgement.UNFAVOURABLE) {
          concerns.add(new EvidenceItem(Optional.of(m.id()), Optional.of(s.site()), "concern", Optional.empty(),
              month.get().getKey() + ": funnel outlier " + s.outlier().id() + " against " + rows.size()
                  + " sites (value " + format(m).format(s.value()) + ", adjusted z " + s.zAdjusted() + ", adjustment "
                  + result.adjustment().id() + ")"));
        }
      }
      return concerns;
    }

    Verdict range() {
      List<ServiceProvision> provisions = doc.network().provisions();
      Optional<LocalDate> earliest = doc.agreements().stream().map(a -> a.term().start()).min(Comparator.naturalOrder());
      if (provisions.isEmpty() || earliest.isEmpty()) {
        return new Verdict("range", "no-evidence", "no provisions recorded", List.of());
      }
      LocalDate before = earliest.get().minusDays(1);
      Set<String> now = active(provisions, asOf);
      Set<String> then = active(provisions, before);
      List<EvidenceItem> items = List.of(
          new EvidenceItem(Optional.empty(), Optional.empty(), Integer.toString(now.size()), Optional.empty(), asOf + ": " + String.join(", ", now)),
          new EvidenceItem(Optional.empty(), Optional.empty(), Integer.toString(then.size()), Optional.empty(), before + ": " + String.join(", ", then)));
      String rule = now.size() + " (site, service) provisions on " + asOf + " against " + then.size() + " on " + before;
      String verdict = now.size() > then.size() ? "assured" : now.size() == then.size() ? "partially-assured" : "not-assured";
      return new Verdict("range", verdict, rule, items);
    }

    Set<String> active(List<ServiceProvision> provisions, LocalDate date) {
      Set<OdsCode> members = new HashSet<>();
      doc.network().network().membershipsOn(date).forEach(m -> members.add(m.organisation()));
      Set<String> out = new TreeSet<>();
      for (ServiceProvision p : provisions) {
        if (p.isInEffectOn(date) && members.contains(p.organisation())) {
          out.add(p.site() + " " + p.service());
        }
      }
      return out;
    }

  }
}
