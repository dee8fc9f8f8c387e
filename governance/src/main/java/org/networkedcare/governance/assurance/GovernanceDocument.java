package org.networkedcare.governance.assurance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.networkedcare.core.measure.Measure;
import org.networkedcare.core.network.NetworkDocument;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.organisation.Organisation;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ReferenceLookup;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.governance.agreement.HostAgreement;
import org.networkedcare.governance.agreement.Kpi;
import org.networkedcare.governance.agreement.Responsibility;
import org.networkedcare.governance.decision.Decision;
import org.networkedcare.governance.decision.ItemRef;
import org.networkedcare.governance.decision.Waiver;
import org.networkedcare.governance.dispute.Dispute;
import org.networkedcare.governance.escalation.EscalationRecord;
import org.networkedcare.governance.escalation.EscalationRoute;
import org.networkedcare.governance.escalation.Holder;
import org.networkedcare.governance.escalation.Trigger;
import org.networkedcare.governance.incident.Incident;
import org.networkedcare.governance.reference.DisputeRoutes;
import org.networkedcare.governance.reference.GovernanceReference;
import org.networkedcare.governance.risk.RiskEntry;
import org.networkedcare.governance.series.MeasureBaseline;
import org.networkedcare.governance.series.Observation;
import org.networkedcare.governance.structure.NetworkStructure;
import org.networkedcare.metrics.dataset.DatasetRow;
import org.networkedcare.metrics.dataset.MeasureDataset;
import org.networkedcare.metrics.purchasing.Consortium;
import org.networkedcare.metrics.purchasing.SharedEquipment;

/**
 * A whole governance document: a network document (core) plus, in the same JSON object, the
 * measures' evidence tags, escalation routes, host agreements, baselines, observations, escalation
 * records, risks, incidents, disputes, consortia and shared equipment, checked together against the
 * reference data in force. Every problem is reported at once with its JSON pointer.
 *
 * <p>JSON, schema version 1 (see {@code schema/governance-document.schema.json}): {@code
 * {"schemaVersion": 1, "organisations": [...], "sites": [...], "services": [...], "provisions":
 * [...], "measures": [...], "network": {...}, "evidence": [EvidenceTag, ...], "routes":
 * [EscalationRoute, ...], "agreements": [HostAgreement, ...], "baselines": [MeasureBaseline, ...],
 * "observations": [Observation, ...], "escalationRecords": [EscalationRecord, ...], "risks":
 * [RiskEntry, ...], "incidents": [Incident, ...], "disputes": [Dispute, ...], "consortia":
 * [Consortium, ...], "equipment": [SharedEquipment, ...], "context": [OrganisationContext, ...],
 * "decisions": [Decision, ...], "waivers": [Waiver, ...], "data": "data.csv"}} (decisions and
 * waivers as {@link org.networkedcare.governance.json.AssuranceJson} reads them). Every list may be
 * absent (empty). {@code data} optionally names a measure dataset (docs/dataset.md) by its path
 * relative to the document: whoever reads the document from a file reads the dataset too and calls
 * {@link #withData(MeasureDataset, GovernanceReference)}. An observation's period has its measure's
 * periodicity ({@code observation.periodicity}), and so do a baseline's ({@code
 * baseline.periodicity}).
 */
public final class GovernanceDocument {

  /** The schema version this class reads. */
  public static final int SCHEMA_VERSION = 1;

  private final NetworkDocument network;
  private final List<EvidenceTag> evidence;
  private final List<EscalationRoute> routes;
  private final List<HostAgreement> agreements;
  private final List<MeasureBaseline> baselines;
  private final List<Observation> observations;
  private final List<EscalationRecord> escalationRecords;
  private final List<RiskEntry> risks;
  private final List<Incident> incidents;
  private final List<Dispute> disputes;
  private final List<Consortium> consortia;
  private final List<SharedEquipment> equipment;
  private final List<OrganisationContext> context;
  private final List<Decision> decisions;
  private final List<Waiver> waivers;
  private final Optional<String> data;
  private final NetworkStructure structure;

  private GovernanceDocument(Parts p) {
    this.network = p.network;
    this.evidence = values(p.evidence);
    this.routes = values(p.routes);
    this.agreements = values(p.agreements);
    this.baselines = values(p.baselines);
    this.observations = values(p.observations);
    this.escalationRecords = values(p.records);
    this.risks = values(p.risks);
    this.incidents = values(p.incidents);
    this.disputes = values(p.disputes);
    this.consortia = values(p.consortia);
    this.equipment = values(p.equipment);
    this.context = values(p.context);
    this.decisions = values(p.decisions);
    this.waivers = values(p.waivers);
    this.data = p.data;
    this.structure = p.structure;
  }

  /**
   * An entry of one of the document's lists and its index in that list as it was read (an entry
   * that could not be read leaves a gap), so that a problem found when the lists are checked
   * together is placed at the entry's own path.
   *
   * @param value the entry
   * @param index its index in its list, from 0
   * @param <T> the entry's type
   */
  public record Indexed<T>(T value, int index) {}

  private static <T> List<T> values(List<Indexed<T>> list) {
    return list.stream().map(Indexed::value).toList();
  }

  private static <T> List<Indexed<T>> indexed(List<T> list) {
    List<Indexed<T>> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      out.add(new Indexed<>(list.get(i), i));
    }
    return out;
  }

  /**
   * The parts while they are checked; each stage assigns its parts before a later one reads them.
   */
  @SuppressWarnings("NullAway.Init")
  private static final class Parts {
    NetworkDocument network;
    List<Indexed<EvidenceTag>> evidence;
    List<Indexed<EscalationRoute>> routes;
    List<Indexed<HostAgreement>> agreements;
    List<Indexed<MeasureBaseline>> baselines;
    List<Indexed<Observation>> observations;
    List<Indexed<EscalationRecord>> records;
    List<Indexed<RiskEntry>> risks;
    List<Indexed<Incident>> incidents;
    List<Indexed<Dispute>> disputes;
    List<Indexed<Consortium>> consortia;
    List<Indexed<SharedEquipment>> equipment;
    List<Indexed<OrganisationContext>> context = List.of();
    List<Indexed<Decision>> decisions = List.of();
    List<Indexed<Waiver>> waivers = List.of();
    Optional<String> data = Optional.empty();
    NetworkStructure structure = NetworkStructure.empty();
    // A structure section that could not be read: its problems are reported; what refers to it is
    // not reported again as unknown.
    boolean structureUnread;
    ReferenceLookup declared = ReferenceLookup.exact();
  }

  /**
   * The sections of a document as a reader found them, before they are checked together: each list
   * holds the entries that could be read, each with its index in the JSON list. A reader builds one
   * and checks it with {@link #check}.
   *
   * @param network the network document
   * @param evidence the measures' evidence tags
   * @param routes the escalation routes
   * @param agreements the host agreements
   * @param baselines the baselines
   * @param observations the observations
   * @param escalationRecords the escalation records
   * @param risks the risk register
   * @param incidents the incidents
   * @param disputes the disputes
   * @param consortia the consortia
   * @param equipment the shared equipment
   * @param context the organisations' OPEL levels and oversight segments
   * @param decisions the decisions
   * @param waivers the waivers
   * @param data the measure dataset named, by its path relative to the document
   * @param structure the network as an organisation, empty when the document has none or it could
   *     not be read
   * @param structureUnread whether the document has a structure that could not be read (its
   *     problems are reported; what refers to it is not reported again as unknown)
   * @param declared how references into the routes and agreements are resolved
   */
  public record Sections(
      NetworkDocument network,
      List<Indexed<EvidenceTag>> evidence,
      List<Indexed<EscalationRoute>> routes,
      List<Indexed<HostAgreement>> agreements,
      List<Indexed<MeasureBaseline>> baselines,
      List<Indexed<Observation>> observations,
      List<Indexed<EscalationRecord>> escalationRecords,
      List<Indexed<RiskEntry>> risks,
      List<Indexed<Incident>> incidents,
      List<Indexed<Dispute>> disputes,
      List<Indexed<Consortium>> consortia,
      List<Indexed<SharedEquipment>> equipment,
      List<Indexed<OrganisationContext>> context,
      List<Indexed<Decision>> decisions,
      List<Indexed<Waiver>> waivers,
      Optional<String> data,
      Optional<NetworkStructure> structure,
      boolean structureUnread,
      ReferenceLookup declared) {

    /**
     * Checks the sections together against reference data, recording every problem under {@code
     * problems} at each entry's path.
     *
     * @param reference the reference data in force
     * @param problems where problems are recorded, at the document's path
     * @return the document, or empty when the check recorded a problem
     */
    public Optional<GovernanceDocument> check(GovernanceReference reference, Problems problems) {
      int before = problems.list().size();
      Parts p = new Parts();
      p.network = network;
      p.evidence = evidence;
      p.routes = routes;
      p.agreements = agreements;
      p.baselines = baselines;
      p.observations = observations;
      p.records = escalationRecords;
      p.risks = risks;
      p.incidents = incidents;
      p.disputes = disputes;
      p.consortia = consortia;
      p.equipment = equipment;
      p.context = context;
      p.decisions = decisions;
      p.waivers = waivers;
      p.data = data;
      p.structure = structure.orElse(NetworkStructure.empty());
      p.structureUnread = structureUnread;
      p.declared = declared;
      GovernanceDocument.check(p, reference, problems);
      if (problems.list().size() > before) {
        return Optional.empty();
      }
      return Optional.of(new GovernanceDocument(p));
    }
  }

  /**
   * {@return a document of these parts, checked against reference data}
   *
   * @param network the network document
   * @param evidence the measures' evidence tags
   * @param routes the escalation routes
   * @param agreements the host agreements
   * @param baselines the baselines
   * @param observations the observations
   * @param escalationRecords the escalation records
   * @param risks the risk register
   * @param incidents the incidents
   * @param disputes the disputes
   * @param consortia the consortia
   * @param equipment the shared equipment
   * @param reference the reference data in force
   * @throws ValidationException with every problem, paths as in the JSON form
   */
  public static GovernanceDocument of(
      NetworkDocument network,
      List<EvidenceTag> evidence,
      List<EscalationRoute> routes,
      List<HostAgreement> agreements,
      List<MeasureBaseline> baselines,
      List<Observation> observations,
      List<EscalationRecord> escalationRecords,
      List<RiskEntry> risks,
      List<Incident> incidents,
      List<Dispute> disputes,
      List<Consortium> consortia,
      List<SharedEquipment> equipment,
      GovernanceReference reference) {
    Problems problems = Problems.collector();
    problems.at("network").required(network);
    problems.at("reference").required(reference);
    Object[][] lists = {
      {"evidence", evidence},
      {"routes", routes},
      {"agreements", agreements},
      {"baselines", baselines},
      {"observations", observations},
      {"escalationRecords", escalationRecords},
      {"risks", risks},
      {"incidents", incidents},
      {"disputes", disputes},
      {"consortia", consortia},
      {"equipment", equipment}
    };
    for (Object[] l : lists) {
      if (problems.at((String) l[0]).required(l[1])) {
        List<?> list = (List<?>) l[1];
        for (int i = 0; i < list.size(); i++) {
          problems.at((String) l[0]).at(i).required(list.get(i));
        }
      }
    }
    problems.throwIfAny();
    Parts p = new Parts();
    p.network = network;
    p.evidence = indexed(evidence);
    p.routes = indexed(routes);
    p.agreements = indexed(agreements);
    p.baselines = indexed(baselines);
    p.observations = indexed(observations);
    p.records = indexed(escalationRecords);
    p.risks = indexed(risks);
    p.incidents = indexed(incidents);
    p.disputes = indexed(disputes);
    p.consortia = indexed(consortia);
    p.equipment = indexed(equipment);
    check(p, reference, problems);
    problems.throwIfAny();
    return new GovernanceDocument(p);
  }

  private static <T, K> Map<K, T> unique(
      Problems problems, String field, List<Indexed<T>> list, Function<T, K> key, String keyField) {
    Map<K, T> map = new HashMap<>();
    for (Indexed<T> at : list) {
      K k = key.apply(at.value());
      if (map.putIfAbsent(k, at.value()) != null) {
        problems
            .at(field)
            .at(at.index())
            .at(keyField)
            .add("id.duplicate", "'" + k + "' is already defined in this document");
      }
    }
    return map;
  }

  private static <K, V> Optional<V> known(Problems at, Map<K, V> map, K key, String field) {
    return known(at, map, key, field, ReferenceLookup.exact());
  }

  private static <K, V> Optional<V> known(
      Problems at, Map<K, V> map, K key, String field, ReferenceLookup declared) {
    return declared.find(at, map, key, field);
  }

  private static void check(Parts p, GovernanceReference reference, Problems problems) {
    NetworkDocument n = p.network;
    p.structure.check(
        n.organisations().stream()
            .map(Organisation::odsCode)
            .collect(java.util.stream.Collectors.toSet()),
        n.sites().stream()
            .map(org.networkedcare.core.organisation.Site::code)
            .collect(java.util.stream.Collectors.toSet()),
        problems.at("structure"));
    checkStructureLinks(p, problems);
    Map<OdsCode, Organisation> orgs = new HashMap<>();
    n.organisations().forEach(o -> orgs.put(o.odsCode(), o));
    Map<OdsCode, Object> sites = new HashMap<>();
    n.sites().forEach(s -> sites.put(s.code(), s));
    Map<String, Measure> measures = new HashMap<>();
    n.measures().forEach(m -> measures.put(m.id(), m));
    Map<String, EscalationRoute> routes =
        unique(problems, "routes", p.routes, EscalationRoute::id, "id");
    Map<String, HostAgreement> agreements =
        unique(problems, "agreements", p.agreements, HostAgreement::id, "id");
    unique(problems, "baselines", p.baselines, MeasureBaseline::id, "id");
    unique(problems, "risks", p.risks, RiskEntry::id, "id");
    unique(problems, "incidents", p.incidents, Incident::id, "id");
    unique(problems, "disputes", p.disputes, Dispute::id, "id");
    unique(problems, "consortia", p.consortia, Consortium::id, "id");
    unique(problems, "equipment", p.equipment, SharedEquipment::id, "id");
    unique(problems, "decisions", p.decisions, Decision::id, "id");
    unique(problems, "waivers", p.waivers, Waiver::id, "id");
    for (Indexed<OrganisationContext> c : p.context) {
      Problems at = problems.at("context").at(c.index());
      known(at.at("organisation"), orgs, c.value().organisation(), "organisations");
      List<String> opel = reference.opelLevels().ids();
      List<String> segments = reference.oversightSegments().ids();
      c.value()
          .opelLevel()
          .ifPresent(
              l ->
                  at.at("opelLevel")
                      .check(
                          opel.contains(l),
                          "reference-data.unknown",
                          "'" + l + "' is not one of opel-levels: " + opel));
      c.value()
          .oversightSegment()
          .ifPresent(
              s ->
                  at.at("oversightSegment")
                      .check(
                          segments.contains(s),
                          "reference-data.unknown",
                          "'" + s + "' is not one of oversight-segments: " + segments));
    }
    List<String> questions = reference.boardQuestions().ids();
    for (Indexed<EvidenceTag> e : p.evidence) {
      Problems at = problems.at("evidence").at(e.index());
      known(at.at("measure"), measures, e.value().measure(), "measures");
      for (int i = 0; i < e.value().questions().size(); i++) {
        String q = e.value().questions().get(i);
        at.at("questions")
            .at(i)
            .check(
                questions.contains(q),
                "reference-data.unknown",
                "'" + q + "' is not one of board-questions: " + questions);
      }
    }
    for (Indexed<HostAgreement> a : p.agreements) {
      checkAgreement(
          a.value(),
          problems.at("agreements").at(a.index()),
          p,
          reference,
          orgs,
          sites,
          measures,
          routes);
    }
    for (Indexed<MeasureBaseline> b : p.baselines) {
      Problems at = problems.at("baselines").at(b.index());
      known(at.at("measure"), measures, b.value().measure(), "measures");
      known(at.at("site"), sites, b.value().site(), "sites");
    }
    Set<String> seen = new HashSet<>();
    for (Indexed<MeasureBaseline> b : p.baselines) {
      Measure m = measures.get(b.value().measure());
      if (m != null) {
        problems
            .at("baselines")
            .at(b.index())
            .at("from")
            .check(
                b.value().from().granularity() == m.periodicity(),
                "baseline.periodicity",
                m.id()
                    + " is reported by "
                    + m.periodicity().id()
                    + ", so its baseline runs over periods of a "
                    + m.periodicity().id()
                    + ", not from "
                    + b.value().from());
      }
    }
    for (Indexed<Observation> ob : p.observations) {
      Observation o = ob.value();
      Problems at = problems.at("observations").at(ob.index());
      known(at.at("measure"), measures, o.measure(), "measures")
          .ifPresent(
              m ->
                  at.at("period")
                      .check(
                          o.period().granularity() == m.periodicity(),
                          "observation.periodicity",
                          m.id()
                              + " is reported by "
                              + m.periodicity().id()
                              + " (its periodicity), not for the "
                              + o.period().granularity().id()
                              + " "
                              + o.period()));
      known(at.at("site"), sites, o.site(), "sites");
      at.at("period")
          .check(
              seen.add(
                  o.measure() + "|" + o.site() + "|" + o.service().orElse("") + "|" + o.period()),
              "observation.duplicate",
              "there is already an observation of "
                  + o.measure()
                  + " at "
                  + o.site()
                  + " for "
                  + o.period());
    }
    for (Indexed<EscalationRecord> r : p.records) {
      Problems at = problems.at("escalationRecords").at(r.index());
      known(at.at("agreement"), agreements, r.value().agreement(), "agreements", p.declared)
          .ifPresent(
              a -> {
                Optional<Trigger> t =
                    a.triggers().stream()
                        .filter(x -> x.id().equals(r.value().trigger()))
                        .findFirst();
                if (at.at("trigger")
                    .check(
                        t.isPresent(),
                        "reference.unknown",
                        "'" + r.value().trigger() + "' is not a trigger of " + a.id())) {
                  at.at("site")
                      .check(
                          a.watchedSites(t.get()).contains(r.value().site()),
                          "reference.unknown",
                          r.value().site() + " is not watched by " + t.get().id());
                }
              });
    }
    for (Indexed<RiskEntry> r : p.risks) {
      List<RiskEntry.Owner> owners = r.value().owners();
      for (int j = 0; j < owners.size(); j++) {
        Problems at =
            r.value().shared()
                ? problems.at("risks").at(r.index()).at("owners").at(j)
                : problems.at("risks").at(r.index()).at("owner");
        known(at.at("organisation"), orgs, owners.get(j).actor().organisation(), "organisations");
      }
    }
    List<String> responses = reference.psirfResponses().ids();
    for (Indexed<Incident> i : p.incidents) {
      Problems at = problems.at("incidents").at(i.index());
      known(at.at("site"), sites, i.value().site(), "sites");
      known(at.at("reportedBy"), orgs, i.value().reportedBy(), "organisations");
      i.value().plan().ifPresent(x -> known(at.at("plan"), orgs, x, "organisations"));
      at.at("response")
          .check(
              responses.contains(i.value().response()),
              "reference-data.unknown",
              "'" + i.value().response() + "' is not one of psirf-responses: " + responses);
      for (int j = 0; j < i.value().actions().size(); j++) {
        known(
            at.at("actions").at(j).at("owner").at("organisation"),
            orgs,
            i.value().actions().get(j).owner().organisation(),
            "organisations");
      }
    }
    for (Indexed<Dispute> d : p.disputes) {
      Problems at = problems.at("disputes").at(d.index());
      Dispute dispute = d.value();
      known(at.at("agreement"), agreements, dispute.agreement(), "agreements", p.declared)
          .ifPresent(
              a -> {
                at.at("raisedBy")
                    .check(
                        a.provider().equals(dispute.raisedBy())
                            || a.host().equals(dispute.raisedBy())
                            || a.commissioners().contains(dispute.raisedBy()),
                        "dispute.party",
                        dispute.raisedBy() + " is not a party of " + a.id());
                Optional<DisputeRoutes.Route> route =
                    reference.disputeRoutes().route(a.legalCharacter().id());
                if (route.isEmpty()) {
                  at.at("agreement")
                      .add(
                          "reference-data.unknown",
                          "dispute-routes has no route for " + a.legalCharacter().id());
                  return;
                }
                for (int i = 0; i < dispute.stages().size(); i++) {
                  String stage = dispute.stages().get(i).stage();
                  String expected =
                      i < route.get().stages().size() ? route.get().stages().get(i).id() : null;
                  at.at("stages")
                      .at(i)
                      .at("stage")
                      .check(
                          stage.equals(expected),
                          "dispute.stages",
                          expected == null
                              ? "the "
                                  + a.legalCharacter().id()
                                  + " route has no stage after "
                                  + route.get().stages().get(route.get().stages().size() - 1).id()
                              : (route.get().indexOf(stage).isEmpty()
                                  ? "the "
                                      + a.legalCharacter().id()
                                      + " route has no stage '"
                                      + stage
                                      + "'"
                                  : "stage "
                                      + (i + 1)
                                      + " of the "
                                      + a.legalCharacter().id()
                                      + " route is '"
                                      + expected
                                      + "', not '"
                                      + stage
                                      + "'"));
                }
              });
    }
    for (Indexed<Consortium> c : p.consortia) {
      Problems at = problems.at("consortia").at(c.index());
      at.at("members")
          .check(
              c.value().members().size() >= 2,
              "consortium.members",
              "a consortium has at least two members");
      for (int i = 0; i < c.value().members().size(); i++) {
        known(
            at.at("members").at(i), orgs, OdsCode.of(c.value().members().get(i)), "organisations");
      }
    }
    for (Indexed<SharedEquipment> e : p.equipment) {
      Problems at = problems.at("equipment").at(e.index());
      known(at.at("owner"), orgs, e.value().owner(), "organisations");
      known(at.at("site"), sites, e.value().site(), "sites");
      e.value().maintainer().ifPresent(x -> known(at.at("maintainer"), orgs, x, "organisations"));
    }
    checkDecisions(p, problems, orgs, agreements);
  }

  /**
   * The references of decisions and waivers: what they are about exists, and a red line is decided
   * about as one.
   */
  private static void checkDecisions(
      Parts p,
      Problems problems,
      Map<OdsCode, Organisation> orgs,
      Map<String, HostAgreement> agreements) {
    Set<String> risks = new HashSet<>();
    p.risks.forEach(r -> risks.add(r.value().id()));
    Set<String> disputes = new HashSet<>();
    p.disputes.forEach(d -> disputes.add(d.value().id()));
    for (Indexed<Decision> d : p.decisions) {
      Problems at = problems.at("decisions").at(d.index());
      Decision decision = d.value();
      decision
          .decidedBy()
          .body()
          .ifPresent(
              b ->
                  known(
                      at.at("decidedBy").at("organisation"),
                      orgs,
                      b.organisation(),
                      "organisations"));
      for (int i = 0; i < decision.actions().size(); i++) {
        known(
            at.at("actions").at(i).at("owner").at("organisation"),
            orgs,
            decision.actions().get(i).owner().organisation(),
            "organisations");
      }
      ItemRef about = decision.about();
      Problems aAt = at.at("about");
      switch (about.kind()) {
        case RISK ->
            aAt.at("id")
                .check(
                    risks.contains(about.id().orElseThrow()),
                    "reference.unknown",
                    "'" + about.id().orElseThrow() + "' is not defined in this document's risks");
        case DISPUTE ->
            aAt.at("id")
                .check(
                    disputes.contains(about.id().orElseThrow()),
                    "reference.unknown",
                    "'"
                        + about.id().orElseThrow()
                        + "' is not defined in this document's disputes");
        default ->
            known(
                    aAt.at("agreement"),
                    agreements,
                    about.agreement().orElseThrow(),
                    "agreements",
                    p.declared)
                .ifPresent(
                    a -> {
                      Optional<Trigger> t =
                          a.triggers().stream()
                              .filter(x -> x.id().equals(about.trigger().orElseThrow()))
                              .findFirst();
                      if (aAt.at("trigger")
                          .check(
                              t.isPresent(),
                              "reference.unknown",
                              "'"
                                  + about.trigger().orElseThrow()
                                  + "' is not a trigger of "
                                  + a.id())) {
                        aAt.at("site")
                            .check(
                                a.watchedSites(t.get()).contains(about.site().orElseThrow()),
                                "reference.unknown",
                                about.site().orElseThrow() + " is not watched by " + t.get().id());
                        aAt.at("kind")
                            .check(
                                t.get().redLine() == (about.kind() == ItemRef.Kind.RED_LINE),
                                "decision.kind",
                                t.get().redLine()
                                    ? t.get().id() + " is a red line, decided about as 'red-line'"
                                    : t.get().id()
                                        + " is a trigger, decided about as 'trigger-episode' or 'escalation'");
                      }
                    });
      }
    }
    for (Indexed<Waiver> w : p.waivers) {
      Problems at = problems.at("waivers").at(w.index());
      Waiver waiver = w.value();
      waiver
          .approvedBy()
          .body()
          .ifPresent(
              b ->
                  known(
                      at.at("approvedBy").at("organisation"),
                      orgs,
                      b.organisation(),
                      "organisations"));
      known(at.at("agreement"), agreements, waiver.agreement(), "agreements", p.declared)
          .ifPresent(
              a -> {
                if (waiver.aboutCell() && p.structureUnread) {
                  return;
                }
                if (waiver.aboutCell()) {
                  OdsCode site = waiver.site().orElseThrow();
                  at.at("site")
                      .check(
                          a.siteCodes().contains(site),
                          "waiver.cell",
                          site + " is not a site of " + a.id());
                  String g = waiver.guidance().orElseThrow();
                  String r = waiver.recommendation().orElseThrow();
                  at.at("recommendation")
                      .check(
                          p.structure.adoption().stream()
                              .anyMatch(
                                  c ->
                                      c.guidance().equals(g)
                                          && c.recommendation().equals(r)
                                          && c.site().equals(site)),
                          "waiver.cell",
                          "the guidance grid has no cell for "
                              + g
                              + " recommendation "
                              + r
                              + " at "
                              + site);
                } else if (waiver.rule().aboutKpi()) {
                  at.at("measure")
                      .check(
                          a.kpi(waiver.measure().orElseThrow(), waiver.site().orElseThrow())
                              .isPresent(),
                          "waiver.kpi",
                          a.id()
                              + " has no KPI on "
                              + waiver.measure().orElseThrow()
                              + " at "
                              + waiver.site().orElseThrow());
                }
              });
    }
  }

  /**
   * {@return whether a waiver of the document's parts lifts the baseline rule for a KPI of an
   * agreement}
   */
  private static Optional<Waiver> baselineWaiver(Parts p, HostAgreement a, Kpi k) {
    return values(p.waivers).stream()
        .filter(
            w ->
                w.lifts(Waiver.Rule.BASELINE_BEFORE_TRANSFER, a.id(), k.measure(), k.site())
                    && w.inForce(a.term().start()))
        .findFirst();
  }

  private static void checkAgreement(
      HostAgreement a,
      Problems at,
      Parts p,
      GovernanceReference reference,
      Map<OdsCode, Organisation> orgs,
      Map<OdsCode, Object> sites,
      Map<String, Measure> measures,
      Map<String, EscalationRoute> routes) {
    LocalDate start = a.term().start();
    for (String field : List.of("provider", "host")) {
      OdsCode code = field.equals("provider") ? a.provider() : a.host();
      if (known(at.at(field), orgs, code, "organisations").isPresent()) {
        at.at(field)
            .check(
                p.network.network().membershipsOn(start).stream()
                    .anyMatch(m -> m.organisation().equals(code)),
                "agreement.parties",
                code + " is not a member of the network on the start date " + start);
      }
    }
    for (int i = 0; i < a.commissioners().size(); i++) {
      known(at.at("commissioners").at(i), orgs, a.commissioners().get(i), "organisations");
    }
    for (int i = 0; i < a.sites().size(); i++) {
      known(at.at("sites").at(i).at("site"), sites, a.sites().get(i).site(), "sites");
    }
    // legal character
    Optional<Organisation> provider = Optional.ofNullable(orgs.get(a.provider()));
    Optional<Organisation> host = Optional.ofNullable(orgs.get(a.host()));
    if (provider.isPresent()
        && host.isPresent()
        && a.legalCharacter() == HostAgreement.LegalCharacter.NHS_CONTRACT) {
      at.at("legalCharacter")
          .check(
              provider.get().isHealthServiceBody(reference.core())
                  && host.get().isHealthServiceBody(reference.core()),
              "agreement.legal-character",
              "an nhs-contract is made between health service bodies; "
                  + (provider.get().isHealthServiceBody(reference.core()) ? a.host() : a.provider())
                  + " is not one");
    }
    // responsibilities
    List<String> areas = reference.responsibilityAreas().ids();
    Set<String> assigned = new HashSet<>();
    for (int i = 0; i < a.responsibilities().size(); i++) {
      Responsibility r = a.responsibilities().get(i);
      assigned.add(r.area());
      at.at("responsibilities")
          .at(i)
          .at("area")
          .check(
              areas.contains(r.area()),
              "reference-data.unknown",
              "'" + r.area() + "' is not one of responsibility-areas: " + areas);
    }
    for (String area : areas) {
      at.at("responsibilities")
          .check(
              assigned.contains(area),
              "agreement.responsibility",
              "the area '" + area + "' has no responsible party");
    }
    // KPIs and the baseline rule
    int minimum = reference.baselinePolicy().minimumPoints();
    List<MeasureBaseline> baselines = values(p.baselines);
    for (int i = 0; i < a.kpis().size(); i++) {
      Kpi k = a.kpis().get(i);
      Problems kAt = at.at("kpis").at(i);
      kAt.at("measure")
          .check(
              measures.containsKey(k.measure()),
              "agreement.kpi.scope",
              "'" + k.measure() + "' is not a measure of this document");
      if (a.origin() == HostAgreement.Origin.NEW && measures.containsKey(k.measure())) {
        BaselineStatus status =
            BaselineStatus.of(baselines, k.measure(), k.site(), k.service(), start, minimum);
        boolean waived =
            status.state() == BaselineStatus.State.LATE && baselineWaiver(p, a, k).isPresent();
        kAt.check(
            status.state() == BaselineStatus.State.VALID || waived,
            "agreement.baseline",
            "the KPI "
                + k.measure()
                + " at "
                + k.site()
                + " has no valid baseline ("
                + status.state().id()
                + "): a baseline ending before "
                + start
                + ", captured on or before it, with at least "
                + minimum
                + " points"
                + (status.state() == BaselineStatus.State.LATE
                    ? ", or a baseline-before-transfer waiver in force on " + start
                    : ""));
      }
    }
    // route
    Optional<EscalationRoute> route =
        known(at.at("route"), routes, a.route(), "routes", p.declared);
    if (route.isPresent() && a.commissioners().isEmpty()) {
      boolean needs =
          route.get().levels().stream()
              .anyMatch(l -> l.holder().party() == Holder.Party.COMMISSIONER);
      at.at("commissioners")
          .check(
              !needs,
              "route.commissioner",
              "the route "
                  + a.route()
                  + " has a level held by the commissioner, so the agreement names one");
    }
    route.ifPresent(
        r ->
            r.levels().stream()
                .map(EscalationRoute.Level::holder)
                .filter(h -> h.party() == Holder.Party.COMMISSIONER && h.organisation().isPresent())
                .forEach(
                    h ->
                        at.at("route")
                            .check(
                                a.commissioners().contains(h.organisation().get()),
                                "route.commissioner",
                                "the route "
                                    + a.route()
                                    + " names the commissioner "
                                    + h.organisation().get()
                                    + ", which is not a commissioner of "
                                    + a.id())));
    // triggers
    List<String> severities = reference.severities().ids();
    List<String> consequences = reference.redLineConsequences().ids();
    int plain = 0;
    int red = 0;
    for (Trigger t : a.triggers()) {
      Problems tAt = t.redLine() ? at.at("redLines").at(red++) : at.at("triggers").at(plain++);
      Measure m = measures.get(t.measure());
      if (m == null) {
        tAt.at("measure")
            .add(
                "reference.unknown",
                "'" + t.measure() + "' is not defined in this document's measures");
      } else if (t.condition().kind() == Trigger.Kind.THRESHOLD) {
        tAt.at("condition")
            .at("side")
            .check(
                t.condition().sideFits(m.direction()),
                "trigger.direction",
                "'"
                    + t.condition().side().map(Trigger.Side::id).orElse("")
                    + "' is the good side of "
                    + m.id()
                    + ", which improves by "
                    + m.direction().id());
      }
      boolean needsKpi =
          t.condition().kind() == Trigger.Kind.KPI
              || t.condition().signal().filter(s -> s == Trigger.Signal.ASSURANCE_FAIL).isPresent();
      if (needsKpi) {
        for (OdsCode site : a.watchedSites(t)) {
          tAt.at("condition")
              .check(
                  a.kpi(t.measure(), site).isPresent(),
                  "trigger.kpi",
                  "the agreement has no KPI on " + t.measure() + " at " + site);
        }
      }
      t.severity()
          .ifPresent(
              s ->
                  tAt.at("severity")
                      .check(
                          severities.contains(s),
                          "reference-data.unknown",
                          "'" + s + "' is not one of severities: " + severities));
      t.consequence()
          .ifPresent(
              c ->
                  tAt.at("consequence")
                      .check(
                          consequences.contains(c),
                          "reference-data.unknown",
                          "'" + c + "' is not one of red-line-consequences: " + consequences));
      if (route.isPresent() && t.level().isPresent()) {
        int top = route.get().top();
        if (t.redLine()) {
          tAt.at("level")
              .check(
                  t.level().getAsInt() == top,
                  "redline.level",
                  "a red line opens the route's top level, " + top);
        } else {
          tAt.at("level")
              .check(
                  t.level().getAsInt() <= top,
                  "trigger.level",
                  "the route " + route.get().id() + " has " + top + " levels");
        }
      }
    }
  }

  /** {@return the network document} */
  public NetworkDocument network() {
    return network;
  }

  /** {@return the measures' evidence tags} */
  public List<EvidenceTag> evidence() {
    return evidence;
  }

  /** {@return the escalation routes} */
  public List<EscalationRoute> routes() {
    return routes;
  }

  /** {@return the host agreements} */
  public List<HostAgreement> agreements() {
    return agreements;
  }

  /** {@return the baselines} */
  public List<MeasureBaseline> baselines() {
    return baselines;
  }

  /** {@return the observations} */
  public List<Observation> observations() {
    return observations;
  }

  /** {@return the escalation records} */
  public List<EscalationRecord> escalationRecords() {
    return escalationRecords;
  }

  /** {@return the risk register} */
  public List<RiskEntry> risks() {
    return risks;
  }

  /** {@return the incidents} */
  public List<Incident> incidents() {
    return incidents;
  }

  /** {@return the disputes} */
  public List<Dispute> disputes() {
    return disputes;
  }

  /** {@return the consortia} */
  public List<Consortium> consortia() {
    return consortia;
  }

  /** {@return the shared equipment} */
  public List<SharedEquipment> equipment() {
    return equipment;
  }

  /** {@return the decisions recorded, in document order} */
  public List<Decision> decisions() {
    return decisions;
  }

  /** {@return the waivers (approved exceptions), in document order} */
  public List<Waiver> waivers() {
    return waivers;
  }

  /**
   * {@return this document with decisions and waivers added to its own}
   *
   * @param moreDecisions the decisions to add
   * @param moreWaivers the waivers to add
   * @param reference the reference data in force
   * @throws ValidationException with every problem, paths as in the JSON form
   */
  public GovernanceDocument withDecisions(
      List<Decision> moreDecisions, List<Waiver> moreWaivers, GovernanceReference reference) {
    Problems problems = Problems.collector();
    Parts p = parts(java.util.function.UnaryOperator.identity());
    List<Decision> ds = new ArrayList<>(decisions);
    ds.addAll(moreDecisions);
    List<Waiver> ws = new ArrayList<>(waivers);
    ws.addAll(moreWaivers);
    p.decisions = indexed(ds);
    p.waivers = indexed(ws);
    check(p, reference, problems);
    problems.throwIfAny();
    return new GovernanceDocument(p);
  }

  /** {@return the measure dataset the document names, by its path relative to the document} */
  public Optional<String> data() {
    return data;
  }

  /**
   * {@return this document with the observations of a measure dataset added to its own} Each row
   * with a site becomes an observation of its measure at that site (and service), with the row's
   * numerator and denominator; rows for an organisation as a whole are not observations, since
   * agreements watch sites. A row whose key (measure, site, service, period) an inline observation
   * already has is the same observation when the two agree (numerators and denominators equal, and
   * values equal to the digits the inline one gives); otherwise it is a problem at the inline
   * observation naming the row's place ({@code observation.conflict}).
   *
   * @param dataset the dataset, read against this document's network
   * @param reference the reference data in force
   * @throws ValidationException with every problem, the dataset's observations checked like inline
   *     ones
   */
  public GovernanceDocument withData(MeasureDataset dataset, GovernanceReference reference) {
    java.util.Objects.requireNonNull(dataset, "dataset");
    java.util.Objects.requireNonNull(reference, "reference");
    Problems problems = Problems.collector();
    Map<String, Integer> inline = new HashMap<>();
    for (int i = 0; i < observations.size(); i++) {
      inline.put(key(observations.get(i)), i);
    }
    List<Observation> all = new ArrayList<>(observations);
    for (DatasetRow row : dataset.rows()) {
      if (row.site().isEmpty()) {
        continue;
      }
      Observation o =
          new Observation(
              row.measure(),
              row.site().get(),
              row.service(),
              row.period(),
              row.figure().value(),
              row.figure().numerator(),
              row.figure().denominator());
      Integer at = inline.get(key(o));
      if (at == null) {
        all.add(o);
      } else if (!agree(observations.get(at), o)) {
        Observation given = observations.get(at);
        problems
            .at("observations")
            .at(at)
            .add(
                "observation.conflict",
                o.measure()
                    + " at "
                    + o.site()
                    + " for "
                    + o.period()
                    + " is given twice with different values: here "
                    + describe(given)
                    + ", and "
                    + describe(o)
                    + " at "
                    + dataset.place(row));
      }
    }
    problems.throwIfAny();
    Parts p = parts(java.util.function.UnaryOperator.identity());
    p.observations = indexed(all);
    check(p, reference, problems);
    problems.throwIfAny();
    return new GovernanceDocument(p);
  }

  private static String key(Observation o) {
    return o.measure() + "|" + o.site() + "|" + o.service().orElse("") + "|" + o.period();
  }

  private static String describe(Observation o) {
    return o.numerator()
            .map(
                n ->
                    n.toPlainString() + "/" + o.denominator().orElseThrow().toPlainString() + " = ")
            .orElse("")
        + o.value().toPlainString();
  }

  /**
   * Whether an inline observation and a dataset's say the same: equal counts, and values equal to
   * the digits the inline one gives.
   */
  private static boolean agree(Observation given, Observation read) {
    if (given.numerator().isPresent()
        && read.numerator().isPresent()
        && (given.numerator().get().compareTo(read.numerator().get()) != 0
            || given.denominator().orElseThrow().compareTo(read.denominator().orElseThrow())
                != 0)) {
      return false;
    }
    int scale = Math.max(0, given.value().scale());
    java.math.BigDecimal half =
        java.math.BigDecimal.ONE.movePointLeft(scale).divide(java.math.BigDecimal.valueOf(2));
    return given.value().subtract(read.value()).abs().compareTo(half) <= 0;
  }

  /**
   * Checks what links the structure to the rest: a meeting's decisions are decision records of the
   * document dated the meeting's day ({@code meeting.decision}); when the structure has posts, a
   * post named by an escalation level or a decision maker is one of them ({@code
   * reference.unknown}).
   */
  private static void checkStructureLinks(Parts p, Problems problems) {
    Map<String, Decision> decisions = new HashMap<>();
    p.decisions.forEach(d -> decisions.putIfAbsent(d.value().id(), d.value()));
    List<org.networkedcare.governance.structure.Meeting> meetings = p.structure.meetings();
    for (int i = 0; i < meetings.size(); i++) {
      org.networkedcare.governance.structure.Meeting m = meetings.get(i);
      for (int k = 0; k < m.decisions().size(); k++) {
        Decision d = decisions.get(m.decisions().get(k));
        Problems at = problems.at("structure").at("meetings").at(i).at("decisions").at(k);
        if (d == null) {
          at.add(
              "reference.unknown",
              "'" + m.decisions().get(k) + "' is not one of the document's decisions");
        } else {
          at.check(
              d.date().equals(m.date()),
              "meeting.decision",
              "decision "
                  + d.id()
                  + " is dated "
                  + d.date()
                  + ", not the meeting's day "
                  + m.date());
        }
      }
    }
    Set<String> measures = new HashSet<>();
    p.network.measures().forEach(m -> measures.add(m.id()));
    List<org.networkedcare.governance.structure.Purpose> purpose = p.structure.purpose();
    for (int i = 0; i < purpose.size(); i++) {
      for (int k = 0; k < purpose.get(i).objectives().size(); k++) {
        List<String> linked = purpose.get(i).objectives().get(k).measures();
        for (int m = 0; m < linked.size(); m++) {
          problems
              .at("structure")
              .at("purpose")
              .at(i)
              .at("objectives")
              .at(k)
              .at("measures")
              .at(m)
              .check(
                  measures.contains(linked.get(m)),
                  "reference.unknown",
                  "'" + linked.get(m) + "' is not one of the network's measures");
        }
      }
    }
    for (Indexed<Decision> d : p.decisions) {
      Problems at = problems.at("decisions").at(d.index()).at("decidedBy");
      org.networkedcare.governance.decision.DecisionMaker maker = d.value().decidedBy();
      if (p.structureUnread) {
        break;
      }
      if (maker.bodyId().isPresent()) {
        String id = maker.bodyId().get();
        at.at("body")
            .check(
                p.structure.body(id).isPresent(),
                "reference.unknown",
                "'" + id + "' is not one of the structure's bodies");
      } else if (maker.body().isPresent()) {
        List<org.networkedcare.governance.structure.Body> named = bodies(p.structure, maker);
        at.at("role")
            .check(
                named.size() <= 1,
                "decision.body-ambiguous",
                "the role '"
                    + maker.body().get().role()
                    + "' is the id or name of "
                    + named.size()
                    + " bodies ("
                    + String.join(
                        ", ",
                        named.stream()
                            .map(org.networkedcare.governance.structure.Body::id)
                            .toList())
                    + "); name the one that decided by \"body\": its id");
      }
    }
    if (p.structure.posts().isEmpty()) {
      return;
    }
    Set<String> posts = new HashSet<>();
    p.structure.posts().forEach(x -> posts.add(x.id()));
    for (Indexed<EscalationRoute> r : p.routes) {
      for (int l = 0; l < r.value().levels().size(); l++) {
        Problems at =
            problems.at("routes").at(r.index()).at("levels").at(l).at("holder").at("post");
        r.value()
            .levels()
            .get(l)
            .holder()
            .post()
            .ifPresent(
                x ->
                    at.check(
                        posts.contains(x),
                        "reference.unknown",
                        "'" + x + "' is not one of the structure's posts"));
      }
    }
    for (Indexed<Decision> d : p.decisions) {
      List<org.networkedcare.governance.decision.DecisionAction> actions = d.value().actions();
      for (int i = 0; i < actions.size(); i++) {
        Problems at =
            problems.at("decisions").at(d.index()).at("actions").at(i).at("owner").at("post");
        actions
            .get(i)
            .ownerPost()
            .ifPresent(
                x ->
                    at.check(
                        posts.contains(x),
                        "reference.unknown",
                        "'" + x + "' is not one of the structure's posts"));
      }
    }
    for (Indexed<Decision> d : p.decisions) {
      Problems at = problems.at("decisions").at(d.index()).at("decidedBy").at("post");
      d.value()
          .decidedBy()
          .post()
          .ifPresent(
              x ->
                  at.check(
                      posts.contains(x),
                      "reference.unknown",
                      "'" + x + "' is not one of the structure's posts"));
    }
  }

  /**
   * The structure bodies a decision maker names: the one its body identifier names; without one (a
   * document written before body identifiers), every body whose id or name is the maker's role,
   * ignoring case; none for a post.
   */
  private static List<org.networkedcare.governance.structure.Body> bodies(
      NetworkStructure s, org.networkedcare.governance.decision.DecisionMaker m) {
    if (m.bodyId().isPresent()) {
      return s.body(m.bodyId().get()).stream().toList();
    }
    if (m.body().isEmpty()) {
      return List.of();
    }
    String role = m.body().get().role();
    return s.bodies().stream()
        .filter(b -> b.id().equalsIgnoreCase(role) || b.name().equalsIgnoreCase(role))
        .toList();
  }

  /**
   * {@return the structure body that took a decision, if a body of the structure did}: the body its
   * maker names by identifier ({@code "body"}); for a maker without one, the one body whose id or
   * name is the maker's role, ignoring case (the document's check refuses a role that names more
   * than one: {@code decision.body-ambiguous})
   *
   * @param decision a decision of this document
   */
  public Optional<org.networkedcare.governance.structure.Body> body(Decision decision) {
    List<org.networkedcare.governance.structure.Body> named =
        bodies(structure, decision.decidedBy());
    return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
  }

  /**
   * {@return the approved local variation of a guidance grid cell in force on a date, if there is
   * one}: a {@code local-variation} waiver naming the cell's guidance, recommendation and site, in
   * force on the date (of several, the one ending first, then by id)
   *
   * @param cell a cell of this document's grid
   * @param date the date
   */
  public Optional<Waiver> variation(
      org.networkedcare.governance.structure.Adoption cell, LocalDate date) {
    return waivers.stream()
        .filter(
            w ->
                w.variesCell(cell.guidance(), cell.recommendation(), cell.site())
                    && w.inForce(date))
        .min(java.util.Comparator.comparing(Waiver::until).thenComparing(Waiver::id));
  }

  /**
   * {@return the network as an organisation: partners, posts, bodies, meetings, the guidance grid,
   * learning, training and audit} Empty when the document has no {@code structure} section.
   */
  public NetworkStructure structure() {
    return structure;
  }

  /**
   * {@return this document with its {@code structure} section replaced}
   *
   * @param replacement the new section
   * @param reference the reference data in force
   * @throws ValidationException when the section refers to what the document does not have
   */
  public GovernanceDocument withStructure(
      NetworkStructure replacement, GovernanceReference reference) {
    Problems problems = Problems.collector();
    Parts p = parts(java.util.function.UnaryOperator.identity());
    p.structure = java.util.Objects.requireNonNull(replacement, "structure");
    check(p, reference, problems);
    problems.throwIfAny();
    return new GovernanceDocument(p);
  }

  /** {@return the organisations' OPEL levels and oversight segments, as recorded} */
  public List<OrganisationContext> context() {
    return context;
  }

  /**
   * {@return this document with context records (OPEL levels, oversight segments) added}
   *
   * @param records the records to add
   * @param reference the reference data in force
   * @throws ValidationException when a record names an unknown organisation or level
   */
  public GovernanceDocument withContext(
      List<OrganisationContext> records, GovernanceReference reference) {
    Problems problems = Problems.collector();
    Parts p = parts(java.util.function.UnaryOperator.identity());
    List<OrganisationContext> all = new ArrayList<>(context);
    all.addAll(records);
    p.context = indexed(all);
    check(p, reference, problems);
    problems.throwIfAny();
    return new GovernanceDocument(p);
  }

  /**
   * {@return a copy of this document with its lists in another order} Used to show that the
   * findings do not depend on the order of records.
   *
   * @param shuffle reorders a list (returns a permutation of it)
   */
  public GovernanceDocument reordered(java.util.function.UnaryOperator<List<?>> shuffle) {
    return new GovernanceDocument(parts(shuffle));
  }

  private Parts parts(java.util.function.UnaryOperator<List<?>> shuffle) {
    Parts p = new Parts();
    p.network = network;
    p.evidence = indexed(cast(shuffle.apply(evidence)));
    p.routes = indexed(cast(shuffle.apply(routes)));
    p.agreements = indexed(cast(shuffle.apply(agreements)));
    p.baselines = indexed(cast(shuffle.apply(baselines)));
    p.observations = indexed(cast(shuffle.apply(observations)));
    p.records = indexed(cast(shuffle.apply(escalationRecords)));
    p.risks = indexed(cast(shuffle.apply(risks)));
    p.incidents = indexed(cast(shuffle.apply(incidents)));
    p.disputes = indexed(cast(shuffle.apply(disputes)));
    p.consortia = indexed(cast(shuffle.apply(consortia)));
    p.equipment = indexed(cast(shuffle.apply(equipment)));
    p.context = indexed(cast(shuffle.apply(context)));
    p.decisions = indexed(cast(shuffle.apply(decisions)));
    p.waivers = indexed(cast(shuffle.apply(waivers)));
    p.data = data;
    p.structure = structure;
    return p;
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> cast(List<?> list) {
    return (List<T>) list;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GovernanceDocument d
        && network.equals(d.network)
        && evidence.equals(d.evidence)
        && routes.equals(d.routes)
        && agreements.equals(d.agreements)
        && baselines.equals(d.baselines)
        && observations.equals(d.observations)
        && escalationRecords.equals(d.escalationRecords)
        && risks.equals(d.risks)
        && incidents.equals(d.incidents)
        && disputes.equals(d.disputes)
        && consortia.equals(d.consortia)
        && equipment.equals(d.equipment)
        && context.equals(d.context)
        && decisions.equals(d.decisions)
        && waivers.equals(d.waivers)
        && data.equals(d.data)
        && structure.equals(d.structure);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(
        network,
        evidence,
        routes,
        agreements,
        baselines,
        observations,
        escalationRecords,
        risks,
        incidents,
        disputes,
        consortia,
        equipment,
        context,
        decisions,
        waivers,
        data,
        structure);
  }

  /** {@return the network and how many of each part the document has} */
  @Override
  public String toString() {
    return "GovernanceDocument "
        + network.network().id()
        + ": "
        + agreements.size()
        + " agreements, "
        + routes.size()
        + " routes, "
        + observations.size()
        + " observations, "
        + baselines.size()
        + " baselines, "
        + risks.size()
        + " risks, "
        + incidents.size()
        + " incidents, "
        + disputes.size()
        + " disputes";
  }

  static YearMonth month(LocalDate date) {
    return YearMonth.from(date);
  }
}
