package org.networkedcare.governance.assurance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.networkedcare.core.ReportingPeriod;
import org.networkedcare.core.ReportingPeriod.Granularity;
import org.networkedcare.core.measure.Measure;
import org.networkedcare.core.measure.MeasureFormat;
import org.networkedcare.core.network.NetworkMembership;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.governance.Actor;
import org.networkedcare.governance.agreement.HostAgreement;
import org.networkedcare.governance.escalation.EscalationRoute;
import org.networkedcare.governance.escalation.Holder;
import org.networkedcare.governance.reference.GovernanceReference;
import org.networkedcare.governance.series.Observation;

/**
 * What every rule family and verdict reads: one checked document and its reference data at one
 * evaluation date, with the lookups the rules share (measures, routes and agreements by id, each
 * series by measure, site and service, in the measure's reporting periods) and the conventions they
 * share (when a period's observation is available, which agreement covers a site, who acts for a
 * holder, whether a KPI has a valid baseline). Immutable: built once per evaluation, read by any
 * number of rules.
 */
final class Evaluation {

  private final GovernanceDocument document;
  private final GovernanceReference reference;
  private final LocalDate asOf;
  private final Map<String, Measure> measures;
  private final Map<String, EscalationRoute> routes;
  private final Map<String, HostAgreement> agreementsById;
  private final List<HostAgreement> agreements;
  private final Map<SeriesKey, NavigableMap<ReportingPeriod, Observation>> series;

  Evaluation(GovernanceDocument document, GovernanceReference reference, LocalDate asOf) {
    this.document = document;
    this.reference = reference;
    this.asOf = asOf;
    Map<String, Measure> measures = new HashMap<>();
    document.network().measures().forEach(m -> measures.put(m.id(), m));
    this.measures = Map.copyOf(measures);
    Map<String, EscalationRoute> routes = new HashMap<>();
    document.routes().forEach(r -> routes.put(r.id(), r));
    this.routes = Map.copyOf(routes);
    Map<String, HostAgreement> agreementsById = new HashMap<>();
    document.agreements().forEach(a -> agreementsById.put(a.id(), a));
    this.agreementsById = Map.copyOf(agreementsById);
    this.agreements =
        document.agreements().stream().sorted(Comparator.comparing(HostAgreement::id)).toList();
    Map<SeriesKey, TreeMap<ReportingPeriod, Observation>> byKey = new HashMap<>();
    for (Observation o : document.observations()) {
      byKey
          .computeIfAbsent(new SeriesKey(o.measure(), o.site(), o.service()), k -> new TreeMap<>())
          .put(o.period(), o);
    }
    Map<SeriesKey, NavigableMap<ReportingPeriod, Observation>> series = new HashMap<>();
    byKey.forEach((k, s) -> series.put(k, Collections.unmodifiableNavigableMap(s)));
    this.series = Map.copyOf(series);
  }

  /** {@return the document} */
  GovernanceDocument document() {
    return document;
  }

  /** {@return the reference data} */
  GovernanceReference reference() {
    return reference;
  }

  /** {@return the evaluation date} */
  LocalDate asOf() {
    return asOf;
  }

  /** {@return the measure of an id the document declares} */
  Measure measure(String id) {
    return Objects.requireNonNull(measures.get(id), () -> "no measure " + id);
  }

  /** {@return the route of an id the document declares} */
  EscalationRoute route(String id) {
    return Objects.requireNonNull(routes.get(id), () -> "no route " + id);
  }

  /** {@return the agreement of an id the document declares} */
  HostAgreement agreement(String id) {
    return Objects.requireNonNull(agreementsById.get(id), () -> "no agreement " + id);
  }

  /** {@return the agreements in the order of their ids} */
  List<HostAgreement> agreements() {
    return agreements;
  }

  /** {@return the agreements in the order of their ids that have started by the evaluation date} */
  List<HostAgreement> startedAgreements() {
    return agreements.stream().filter(a -> !a.term().start().isAfter(asOf)).toList();
  }

  /** {@return the monthly series of a measure at a site (and service), empty when none} */
  NavigableMap<ReportingPeriod, Observation> series(SeriesKey key) {
    return series.getOrDefault(key, Collections.emptyNavigableMap());
  }

  /** {@return the site-level monthly series of a measure at a site, empty when none} */
  NavigableMap<ReportingPeriod, Observation> series(String measure, OdsCode site) {
    return series(SeriesKey.of(measure, site));
  }

  /**
   * {@return the date a period's observation is available}: the first day after the period, plus
   * the agreement's reporting lag in days.
   *
   * @param period the period
   * @param lag the reporting lag in days
   */
  static LocalDate availability(ReportingPeriod period, int lag) {
    return period.endExclusive().plusDays(lag);
  }

  /**
   * {@return whether a month's observation, under a reporting lag, is available by the evaluation
   * date}
   */
  boolean available(ReportingPeriod period, int lag) {
    return !availability(period, lag).isAfter(asOf);
  }

  /**
   * {@return the periods of a granularity of an agreement whose observations are available by the
   * evaluation date}: from the period containing its start, up to its end.
   *
   * @param a the agreement
   * @param g the measure's periodicity
   */
  List<ReportingPeriod> periods(HostAgreement a, Granularity g) {
    List<ReportingPeriod> periods = new ArrayList<>();
    Optional<ReportingPeriod> p = containing(g, a.term().start());
    while (p.isPresent() && available(p.get(), a.reportingLagDays())) {
      if (a.term().end().isPresent() && p.get().start().isAfter(a.term().end().get())) {
        break;
      }
      periods.add(p.get());
      p = following(p.get());
    }
    return periods;
  }

  /** The day after the last supported financial year (9998/99) ends. */
  private static final LocalDate LAST_SUPPORTED_END = LocalDate.of(9999, 4, 1);

  /** The period after one, or empty past the last supported financial year. */
  static Optional<ReportingPeriod> following(ReportingPeriod p) {
    return p.endExclusive().isBefore(LAST_SUPPORTED_END) ? Optional.of(p.next()) : Optional.empty();
  }

  /**
   * The period of a granularity containing a date, or empty outside the supported financial years.
   */
  static Optional<ReportingPeriod> containing(Granularity g, LocalDate date) {
    try {
      return Optional.of(ReportingPeriod.containing(g, date));
    } catch (ValidationException outside) {
      return Optional.empty();
    }
  }

  /** {@return a measure's periodicity: month for a measure the document does not declare} */
  Granularity periodicity(String measure) {
    Measure m = measures.get(measure);
    return m == null ? Granularity.MONTH : m.periodicity();
  }

  /**
   * {@return one format per unit (core MeasureFormat): the evidence reads as the board pack does}
   */
  static MeasureFormat format(Measure m) {
    return MeasureFormat.of(m);
  }

  /**
   * {@return the baseline status of a measure at a site (and service) for an agreement's start}
   * (section 3's rule).
   *
   * @param a the agreement
   * @param key the measure, site and service
   */
  BaselineStatus baseline(HostAgreement a, SeriesKey key) {
    return BaselineStatus.of(
        document.baselines(),
        key.measure(),
        key.site(),
        key.service(),
        a.term().start(),
        reference.baselinePolicy().minimumPoints());
  }

  /**
   * {@return the agreement in force at a site on a date}: of several, the one started last (then
   * the smallest id).
   *
   * @param site the site
   * @param date the date
   */
  Optional<HostAgreement> covering(OdsCode site, LocalDate date) {
    return document.agreements().stream()
        .filter(
            a ->
                a.siteCodes().contains(site)
                    && !a.term().start().isAfter(date)
                    && a.term().end().map(e -> !e.isBefore(date)).orElse(true))
        .max(
            Comparator.comparing((HostAgreement a) -> a.term().start())
                .thenComparing(HostAgreement::id, Comparator.reverseOrder()));
  }

  /**
   * {@return who acts for a route level's holder under an agreement}, one actor per organisation:
   * every commissioner of the agreement (or the one the holder names); a {@code network} holder is
   * the network's ODS code, else its centre on the evaluation date; a {@code centre} holder is the
   * centre on the date, else the provider; a {@code dispute-route} holder acts through the
   * provider; a post has no organisation here (empty: the finding names the post).
   *
   * @param a the agreement
   * @param h the holder
   */
  List<Actor> actors(HostAgreement a, Holder h) {
    List<OdsCode> organisations =
        switch (h.party()) {
          case PROVIDER, DISPUTE_ROUTE -> List.of(a.provider());
          case HOST -> List.of(a.host());
          case COMMISSIONER -> h.organisation().map(List::of).orElse(a.commissioners());
          case EXTERNAL -> List.of(h.organisation().orElseThrow());
          case NETWORK ->
              List.of(
                  document
                      .network()
                      .network()
                      .odsCode()
                      .orElseGet(() -> centre().orElse(a.provider())));
          case CENTRE -> List.of(centre().orElse(a.provider()));
          case POST -> List.of();
        };
    return organisations.stream().map(o -> new Actor(o, h.role())).toList();
  }

  /** {@return the holder as one phrase: its actors, or the post} */
  String holder(HostAgreement a, Holder h) {
    return h.post()
        .map(p -> "post " + p)
        .orElseGet(
            () ->
                actors(a, h).stream()
                    .map(Actor::toString)
                    .collect(java.util.stream.Collectors.joining(" and ")));
  }

  private Optional<OdsCode> centre() {
    return document.network().network().membershipsOn(asOf).stream()
        .filter(x -> x.role().id().equals("centre"))
        .map(NetworkMembership::organisation)
        .sorted()
        .findFirst();
  }

  /** {@return whether an organisation of the document is a health service body} */
  boolean healthServiceBody(OdsCode code) {
    return document
        .network()
        .organisation(code)
        .map(o -> o.isHealthServiceBody(reference.core()))
        .orElse(false);
  }

  /**
   * {@return the pressure an organisation reported in force on the evaluation date}: the latest
   * context record from on or before it.
   *
   * @param organisation the organisation
   */
  Optional<OrganisationContext> pressure(OdsCode organisation) {
    return document.context().stream()
        .filter(c -> c.organisation().equals(organisation) && !c.from().isAfter(asOf))
        .max(Comparator.comparing(OrganisationContext::from));
  }

  /**
   * {@return the decisions known at the evaluation date about items a test accepts}, in date order
   * (then id)
   *
   * @param about which items
   */
  List<org.networkedcare.governance.decision.Decision> decisions(
      java.util.function.Predicate<org.networkedcare.governance.decision.ItemRef> about) {
    return document.decisions().stream()
        .filter(d -> d.knownOn(asOf) && about.test(d.about()))
        .sorted(
            Comparator.comparing(org.networkedcare.governance.decision.Decision::date)
                .thenComparing(org.networkedcare.governance.decision.Decision::id))
        .toList();
  }

  /**
   * {@return the day a known decision closed a dispute or risk}, the earliest closing one
   *
   * @param kind dispute or risk
   * @param id its identifier
   */
  Optional<LocalDate> closedOn(org.networkedcare.governance.decision.ItemRef.Kind kind, String id) {
    return decisions(r -> r.is(kind, id)).stream()
        .filter(d -> d.outcome().closes())
        .map(org.networkedcare.governance.decision.Decision::date)
        .findFirst();
  }

  /**
   * {@return a builder of a finding}
   *
   * @param code the finding's code
   */
  FindingBuilder finding(FindingCode code) {
    return new FindingBuilder(this, code);
  }
}
