package org.networkedcare.governance.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.networkedcare.core.json.DeclaredKeys;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonDecoder;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.json.NetworkJson;
import org.networkedcare.core.json.OrganisationJson;
import org.networkedcare.core.network.NetworkDocument;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.governance.assurance.Assessment;
import org.networkedcare.governance.assurance.EvidenceItem;
import org.networkedcare.governance.assurance.EvidenceTag;
import org.networkedcare.governance.assurance.Finding;
import org.networkedcare.governance.assurance.GovernanceDocument;
import org.networkedcare.governance.assurance.GovernanceDocument.Indexed;
import org.networkedcare.governance.assurance.HistoryEvent;
import org.networkedcare.governance.assurance.ItemHistory;
import org.networkedcare.governance.assurance.OrganisationContext;
import org.networkedcare.governance.assurance.RiskStatus;
import org.networkedcare.governance.assurance.Subject;
import org.networkedcare.governance.assurance.Verdict;
import org.networkedcare.governance.reference.GovernanceReference;
import org.networkedcare.governance.structure.NetworkStructure;
import org.networkedcare.metrics.json.PurchasingJson;

/**
 * The JSON form of the governance document (schema {@code governance-document.schema.json}, version
 * {@link GovernanceDocument#SCHEMA_VERSION}): a network document's fields plus evidence tags,
 * routes, agreements, baselines, observations, escalation records, risks, incidents, disputes,
 * consortia, equipment, context, decisions, waivers, {@code data} and {@code structure}. A reader
 * records every problem at once, each at its JSON pointer; a writer gives a document that reads
 * back equal.
 *
 * <p>Stateless and thread-safe.
 */
public final class AssuranceJson {

  private AssuranceJson() {}

  /**
   * Reads a governance document.
   *
   * @param json the document, UTF-8 JSON
   * @param reference the reference data in force
   * @return the document
   * @throws ValidationException with every problem found
   */
  public static GovernanceDocument parse(byte[] json, GovernanceReference reference) {
    return document(Json.parse(json), reference);
  }

  /**
   * Reads a governance document from text.
   *
   * @param json the document
   * @param reference the reference data in force
   * @return the document
   * @throws ValidationException with every problem found
   */
  public static GovernanceDocument parse(String json, GovernanceReference reference) {
    return document(Json.parse(json), reference);
  }

  private static GovernanceDocument document(JsonNode tree, GovernanceReference reference) {
    Problems problems = Problems.collector();
    Optional<GovernanceDocument> document =
        governanceDocument(JsonValue.root(tree, problems), reference);
    problems.throwIfAny();
    return document.orElseThrow();
  }

  /**
   * Reads a governance document from a JSON value, such as a member of a request's envelope; every
   * problem is recorded at its path under the value's.
   *
   * @param value the JSON value
   * @param reference the reference data in force
   * @return the document, or empty when a problem was recorded
   */
  static Optional<GovernanceDocument> governanceDocument(
      JsonValue value, GovernanceReference reference) {
    return value.object(
        o -> {
          int before = o.problems().list().size();
          boolean version = o.schemaVersion(GovernanceDocument.SCHEMA_VERSION);
          Optional<NetworkDocument> network = NetworkJson.documentFields(o, reference.core());
          DeclaredKeys declared = new DeclaredKeys();
          List<Indexed<EvidenceTag>> evidence = list(o, "evidence", AssuranceJson::evidenceTag);
          var routes = list(o, "routes", EscalationJson::escalationRoute, declared);
          var agreements = list(o, "agreements", AgreementJson::hostAgreement, declared);
          var baselines = list(o, "baselines", SeriesJson::measureBaseline);
          var observations = list(o, "observations", SeriesJson::observation);
          var records = list(o, "escalationRecords", EscalationJson::escalationRecord);
          var risks = list(o, "risks", RiskJson::riskEntry);
          var incidents = list(o, "incidents", IncidentJson::incident);
          var disputes = list(o, "disputes", DisputeJson::dispute);
          var consortia =
              list(
                  o,
                  "consortia",
                  v ->
                      PurchasingJson.consortium(
                          v, m -> OrganisationJson.odsCode(m).map(OdsCode::value)));
          var equipment = list(o, "equipment", PurchasingJson::sharedEquipment);
          var context = list(o, "context", AssuranceJson::organisationContext);
          var decisions = list(o, "decisions", DecisionJson::decision);
          var waivers = list(o, "waivers", DecisionJson::waiver);
          Optional<String> data = o.optional("data", JsonValue::nonBlankText);
          Optional<NetworkStructure> structure = Optional.empty();
          boolean structureUnread = false;
          if (o.has("structure")) {
            structure = o.optional("structure", StructureJson::networkStructure);
            structureUnread = structure.isEmpty();
          }
          if (network.isEmpty()) {
            return Optional.empty();
          }
          Optional<GovernanceDocument> document =
              new GovernanceDocument.Sections(
                      network.get(),
                      evidence,
                      routes,
                      agreements,
                      baselines,
                      observations,
                      records,
                      risks,
                      incidents,
                      disputes,
                      consortia,
                      equipment,
                      context,
                      decisions,
                      waivers,
                      data,
                      structure,
                      structureUnread,
                      declared)
                  .check(reference, o.problems());
          if (!version || o.problems().list().size() > before) {
            return Optional.empty();
          }
          return document;
        });
  }

  private static <T> List<Indexed<T>> list(JsonObject o, String field, JsonDecoder<T> decoder) {
    return list(o, field, decoder, new DeclaredKeys());
  }

  private static <T> List<Indexed<T>> list(
      JsonObject o, String field, JsonDecoder<T> decoder, DeclaredKeys declared) {
    JsonDecoder<T> entry = declared.declaring(field, "id", decoder);
    return o.list(
        field,
        v -> {
          String path = v.path();
          int index = Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
          return entry.decode(v).map(t -> new Indexed<>(t, index));
        });
  }

  /**
   * {@return the whole document as indented JSON text, with {@code schemaVersion}; read back, it
   * gives an equal document}
   *
   * @param document the document
   */
  public static String write(GovernanceDocument document) {
    return Json.write(tree(document));
  }

  /**
   * {@return the whole document as a JSON tree, with {@code schemaVersion}}
   *
   * @param document the document
   */
  public static JsonNode tree(GovernanceDocument document) {
    ObjectNode node = Json.object();
    node.put("schemaVersion", GovernanceDocument.SCHEMA_VERSION);
    NetworkJson.writeFields(document.network(), node);
    node.putArray("evidence");
    document.evidence().forEach(x -> node.withArray("evidence").add(write(x)));
    node.putArray("routes");
    document.routes().forEach(x -> node.withArray("routes").add(EscalationJson.write(x)));
    node.putArray("agreements");
    document.agreements().forEach(x -> node.withArray("agreements").add(AgreementJson.write(x)));
    node.putArray("baselines");
    document.baselines().forEach(x -> node.withArray("baselines").add(SeriesJson.write(x)));
    node.putArray("observations");
    document.observations().forEach(x -> node.withArray("observations").add(SeriesJson.write(x)));
    node.putArray("escalationRecords");
    document
        .escalationRecords()
        .forEach(x -> node.withArray("escalationRecords").add(EscalationJson.write(x)));
    node.putArray("risks");
    document.risks().forEach(x -> node.withArray("risks").add(RiskJson.write(x)));
    node.putArray("incidents");
    document.incidents().forEach(x -> node.withArray("incidents").add(IncidentJson.write(x)));
    node.putArray("disputes");
    document.disputes().forEach(x -> node.withArray("disputes").add(DisputeJson.write(x)));
    node.putArray("consortia");
    document.consortia().forEach(x -> node.withArray("consortia").add(PurchasingJson.write(x)));
    node.putArray("equipment");
    document.equipment().forEach(x -> node.withArray("equipment").add(PurchasingJson.write(x)));
    node.putArray("context");
    document.context().forEach(x -> node.withArray("context").add(write(x)));
    document.decisions().forEach(x -> node.withArray("decisions").add(DecisionJson.write(x)));
    document.waivers().forEach(x -> node.withArray("waivers").add(DecisionJson.write(x)));
    document.data().ifPresent(d -> node.put("data", d));
    if (!document.structure().equals(NetworkStructure.empty())) {
      node.set("structure", StructureJson.write(document.structure()));
    }
    return node;
  }

  private static Optional<EvidenceTag> evidenceTag(JsonValue value) {
    return value.object(
        o -> {
          Optional<String> measure = o.required("measure", JsonValue::nonBlankText);
          List<String> questions = o.list("questions", JsonValue::nonBlankText);
          return o.buildAll(() -> new EvidenceTag(JsonObject.orMissing(measure), questions));
        });
  }

  private static JsonNode write(EvidenceTag tag) {
    ObjectNode node = Json.object();
    node.put("measure", tag.measure());
    tag.questions().forEach(node.putArray("questions")::add);
    return node;
  }

  private static Optional<OrganisationContext> organisationContext(JsonValue value) {
    return value.object(
        o -> {
          Optional<OdsCode> organisation = o.required("organisation", OrganisationJson::odsCode);
          Optional<LocalDate> from = o.required("from", JsonValue::date);
          Optional<String> opel = o.optional("opelLevel", JsonValue::nonBlankText);
          Optional<String> segment = o.optional("oversightSegment", JsonValue::nonBlankText);
          if (organisation.isEmpty()
              || from.isEmpty()
              || (o.has("opelLevel") && opel.isEmpty())
              || (o.has("oversightSegment") && segment.isEmpty())) {
            return Optional.empty();
          }
          return o.build(
              () -> new OrganisationContext(organisation.get(), from.get(), opel, segment));
        });
  }

  private static JsonNode write(OrganisationContext context) {
    ObjectNode node = Json.object();
    node.put("organisation", context.organisation().toString());
    node.put("from", context.from().toString());
    context.opelLevel().ifPresent(l -> node.put("opelLevel", l));
    context.oversightSegment().ifPresent(s -> node.put("oversightSegment", s));
    return node;
  }

  /**
   * {@return an assessment as indented JSON text (schema {@code assessment.schema.json}, version
   * {@link Assessment#SCHEMA_VERSION}): findings, verdicts, risks and, when any item was followed,
   * its history}
   *
   * @param assessment the assessment
   */
  public static String write(Assessment assessment) {
    return Json.write(tree(assessment));
  }

  /**
   * {@return an assessment as a JSON tree, as {@link #write(Assessment)} writes it}
   *
   * @param assessment the assessment
   */
  public static JsonNode tree(Assessment assessment) {
    ObjectNode node = Json.object();
    node.put("schemaVersion", Assessment.SCHEMA_VERSION);
    node.put("network", assessment.network());
    node.put("asOf", assessment.asOf().toString());
    ObjectNode versions = node.putObject("referenceVersions");
    new TreeMap<>(assessment.referenceVersions()).forEach(versions::put);
    ArrayNode f = node.putArray("findings");
    assessment.findings().forEach(x -> f.add(write(x)));
    ArrayNode v = node.putArray("verdicts");
    assessment.verdicts().forEach(x -> v.add(write(x)));
    ArrayNode r = node.putArray("risks");
    assessment.risks().forEach(x -> r.add(write(x)));
    if (!assessment.history().isEmpty()) {
      ArrayNode h = node.putArray("history");
      assessment.history().forEach(x -> h.add(write(x)));
    }
    return node;
  }

  private static JsonNode write(Finding finding) {
    ObjectNode node = Json.object();
    node.put("code", finding.code());
    node.put("severity", finding.severity());
    node.set("subject", write(finding.subject()));
    node.put("summary", finding.summary());
    ObjectNode e = node.putObject("evidence");
    finding.evidence().forEach(e::put);
    finding.dueDate().ifPresent(d -> node.put("dueDate", d.toString()));
    finding.actor().ifPresent(a -> node.set("actor", GovernanceJson.write(a)));
    finding.escalationLevel().ifPresent(l -> node.put("escalationLevel", l));
    if (!finding.history().isEmpty()) {
      var h = node.putArray("history");
      finding.history().forEach(x -> h.add(write(x)));
    }
    return node;
  }

  private static JsonNode write(Verdict verdict) {
    ObjectNode node = Json.object();
    node.put("question", verdict.question());
    node.put("verdict", verdict.verdict());
    node.put("rule", verdict.rule());
    ArrayNode items = node.putArray("evidence");
    verdict.evidence().forEach(e -> items.add(write(e)));
    return node;
  }

  private static JsonNode write(EvidenceItem item) {
    ObjectNode node = Json.object();
    item.measure().ifPresent(m -> node.put("measure", m));
    item.site().ifPresent(s -> node.put("site", s));
    node.put("state", item.state());
    item.validBaseline().ifPresent(b -> node.put("validBaseline", b));
    node.put("detail", item.detail());
    return node;
  }

  private static JsonNode write(HistoryEvent event) {
    ObjectNode node = Json.object();
    node.put("date", event.date().toString());
    node.put("kind", event.kind().id());
    node.put("detail", event.detail());
    return node;
  }

  private static JsonNode write(ItemHistory item) {
    ObjectNode node = Json.object();
    node.put("kind", item.kind());
    node.set("subject", write(item.subject()));
    node.put("opened", item.opened().toString());
    item.closed().ifPresent(c -> node.put("closed", c.toString()));
    ArrayNode e = node.putArray("events");
    item.events().forEach(x -> e.add(write(x)));
    return node;
  }

  private static JsonNode write(RiskStatus risk) {
    ObjectNode node = Json.object();
    node.put("id", risk.id());
    node.put("title", risk.title());
    node.put("initialScore", risk.initial());
    node.put("currentScore", risk.current());
    node.put("targetScore", risk.target());
    node.put("band", risk.band());
    node.put("reviewMonths", risk.reviewMonths());
    node.put("nextReview", risk.nextReview().toString());
    node.put("aboveAppetite", risk.aboveAppetite());
    return node;
  }

  private static JsonNode write(Subject subject) {
    ObjectNode node = Json.object();
    for (int i = 0; i < Subject.FIELDS.size(); i++) {
      String field = Subject.FIELDS.get(i);
      subject.parts().get(i).ifPresent(v -> node.put(field, v));
    }
    return node;
  }
}
