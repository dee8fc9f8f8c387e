package org.networkedcare.examples.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.networkedcare.core.json.Json;

/**
 * The OpenAPI 3.1 document of the service, generated from the project's own JSON Schemas (the
 * appraisal, its result, the governance document, the assessment, the cohort model, the evaluation
 * document): each schema becomes a component and its {@code $defs} components of their own, so that
 * the document holds every schema the endpoints read and write.
 */
final class OpenApi {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** Component name, and the classpath resource of the project's schema. */
  static final Map<String, String> SCHEMAS = new LinkedHashMap<>();

  static {
    SCHEMAS.put("Appraisal", "/org/networkedcare/metrics/appraisal/appraisal.schema.json");
    SCHEMAS.put(
        "AppraisalResult", "/org/networkedcare/metrics/appraisal/appraisal-result.schema.json");
    SCHEMAS.put("CohortModel", "/org/networkedcare/metrics/cohort/cohort.schema.json");
    SCHEMAS.put(
        "GovernanceDocument",
        "/org/networkedcare/governance/schema/governance-document.schema.json");
    SCHEMAS.put("Assessment", "/org/networkedcare/governance/schema/assessment.schema.json");
    SCHEMAS.put("NetworkStructure", "/org/networkedcare/governance/schema/structure.schema.json");
    SCHEMAS.put("EvaluationDocument", "/org/networkedcare/examples/evaluation.schema.json");
  }

  /** The components of the schemas above by their {@code $id}, for references between them. */
  private static final Map<String, String> IDS = new java.util.concurrent.ConcurrentHashMap<>();

  private OpenApi() {}

  static String document(String version) {
    ObjectNode root = F.objectNode();
    root.put("openapi", "3.1.0");
    ObjectNode info = root.putObject("info");
    info.put("title", "networkedcare service");
    info.put("version", version);
    info.put(
        "description",
        "The networkedcare command's calculators and board pack over HTTP: the same documents, "
            + "results and problems as the command line (README \"HTTP service\"). No authentication of its own: "
            + "put it behind the organisation's gateway.");
    info.putObject("license").put("name", "Apache-2.0").put("identifier", "Apache-2.0");
    root.putArray("servers").addObject().put("url", "/");
    root.put("jsonSchemaDialect", "https://json-schema.org/draft/2020-12/schema");
    ObjectNode paths = root.putObject("paths");
    ObjectNode schemas = root.putObject("components").putObject("schemas");
    for (Map.Entry<String, String> s : SCHEMAS.entrySet()) {
      JsonNode id = load(s.getValue()).get("$id");
      if (id != null && id.isTextual()) {
        IDS.put(id.textValue(), s.getKey());
      }
    }
    for (Map.Entry<String, String> s : SCHEMAS.entrySet()) {
      component(schemas, s.getKey(), load(s.getValue()));
    }
    schemas.set("Problem", problemSchema());
    schemas.set("MeasureDataset", measureDatasetSchema());
    schemas.set("DatasetSeriesRequest", datasetSeriesSchema());
    schemas.set("AssureRequest", assureRequestSchema());
    schemas.set("AppraisalRequest", appraisalRequestSchema());
    schemas.set("CommandResult", commandResultSchema());
    schemas.set(
        "Health",
        F.objectNode()
            .put("type", "object")
            .set(
                "properties",
                F.objectNode()
                    .set(
                        "status",
                        F.objectNode()
                            .put("type", "string")
                            .set("enum", F.arrayNode().add("ok")))));
    ((ObjectNode) schemas.get("Health")).putArray("required").add("status").add("version");
    ((ObjectNode) schemas.get("Health").get("properties"))
        .set("version", F.objectNode().put("type", "string"));

    ObjectNode health = get(paths, "/v1/health", "health", "Whether the service is up.");
    ok(health, "application/json", ref("Health"));
    serverErrors(health);
    ObjectNode metrics =
        get(
            paths,
            "/v1/metrics",
            "metrics",
            "Requests by route and status, problems by route, and a latency histogram, in the Prometheus text format.");
    ok(metrics, "text/plain", F.objectNode().put("type", "string"));
    serverErrors(metrics);
    ObjectNode openapi = get(paths, "/openapi.json", "openapi", "This document.");
    ok(openapi, "application/json", F.objectNode().put("type", "object"));
    serverErrors(openapi);

    ObjectNode appraise =
        post(
            paths,
            "/v1/appraise",
            "appraise",
            "A Green Book appraisal of network options against the counterfactual (networkedcare appraise).",
            "application/json",
            appraisalBody(),
            List.of());
    ok(appraise, "application/json", ref("AppraisalResult"));
    errors(appraise);
    for (Endpoint e : Endpoint.all()) {
      String id = String.join("-", e.command());
      boolean series = e.body() == Endpoint.Body.SERIES;
      String media = e.body() == Endpoint.Body.CSV || series ? "text/csv" : "application/json";
      JsonNode body =
          switch (e.path()) {
            case "/v1/assure" -> {
              ObjectNode either = F.objectNode();
              either.put(
                  "description",
                  "The governance document alone, or with its measure dataset in an envelope.");
              either.putArray("anyOf").add(ref("GovernanceDocument")).add(ref("AssureRequest"));
              yield either;
            }
            case "/v1/psa" -> appraisalBody();
            case "/v1/cohort" -> ref("CohortModel");
            default ->
                e.body() == Endpoint.Body.CSV || series
                    ? F.objectNode()
                        .put("type", "string")
                        .put(
                            "description",
                            "A CSV file with a header row; the query's column parameters name its columns.")
                    : filesSchema(e);
          };
      List<String> query = new java.util.ArrayList<>(e.options());
      query.addAll(e.switches());
      boolean funnel = e.path().equals("/v1/funnel");
      Set<String> chosen =
          series
              ? (funnel ? DatasetRequest.FUNNEL_PARAMETERS : DatasetRequest.SPC_PARAMETERS)
              : Set.of();
      Set<String> csvOnly =
          series
              ? (funnel ? DatasetRequest.FUNNEL_CSV_ONLY : DatasetRequest.SPC_CSV_ONLY)
              : Set.of();
      query.addAll(chosen);
      java.util.Collections.sort(query);
      ObjectNode op =
          post(
              paths,
              e.path(),
              id,
              "networkedcare "
                  + String.join(" ", e.command())
                  + ": the query parameters are its options (camelCase for --kebab-case).",
              media,
              body,
              query);
      ArrayNode params = (ArrayNode) op.get("parameters");
      if (series) {
        ((ObjectNode) op.get("requestBody").get("content"))
            .putObject("application/json")
            .set("schema", ref("DatasetSeriesRequest"));
      }
      for (JsonNode p : params) {
        ObjectNode param = (ObjectNode) p;
        String name = param.get("name").asText();
        // With two bodies, what is required depends on the body: the descriptions say which.
        param.put("required", !series && e.required().contains(name));
        if (csvOnly.contains(name)) {
          param.put(
              "description",
              "With a CSV body only"
                  + (e.required().contains(name) ? ", and required there" : "")
                  + ": the column (or filter) of the CSV.");
        } else if (chosen.contains(name)) {
          param.put("description", DATASET_PARAMETERS.get(name));
        }
        if (e.switches().contains(param.get("name").asText())) {
          param.set("schema", F.objectNode().put("type", "boolean"));
        }
      }
      if (e.answer() == Endpoint.Answer.BOARD_PACK) {
        ObjectNode content = ok(op, "text/html", F.objectNode().put("type", "string"));
        content.set(
            "application/zip",
            F.objectNode()
                .set(
                    "schema",
                    F.objectNode()
                        .put("type", "string")
                        .put("contentMediaType", "application/zip")));
      } else {
        ok(
            op,
            "application/json",
            e.resultSchema().map(OpenApi::ref).orElseGet(() -> ref("CommandResult")));
      }
      errors(op);
    }
    return Json.write(root);
  }

  /** The query parameters that choose a dataset's figures, described. */
  private static final Map<String, String> DATASET_PARAMETERS =
      Map.of(
          "measure",
          "With a measure dataset only, and required there: the measure's id.",
          "service",
          "With a measure dataset only: the service (default: the whole organisation).",
          "level",
          "With a measure dataset only: site, organisation or network; spc charts every unit by"
              + " default, funnel compares organisations by default.",
          "period",
          "With a measure dataset only, and required there: the reporting period compared, such as"
              + " 2024-06, 2024/25-Q1 or 2024/25.");

  /**
   * The JSON body of {@code /v1/spc} and {@code /v1/funnel}: a measure dataset (docs/dataset.md)
   * with the network document it is checked against.
   */
  private static ObjectNode datasetSeriesSchema() {
    ObjectNode s = F.objectNode();
    s.put("type", "object");
    s.put(
        "description",
        "A measure dataset and the network document its rows are checked against (as networkedcare"
            + " data check --network N.json --data D.json reads them); the query chooses the figures.");
    s.put("additionalProperties", false);
    s.putArray("required").add("network").add("data");
    ObjectNode p = s.putObject("properties");
    p.putObject("network")
        .put("type", "object")
        .put(
            "description",
            "The network document (schemaVersion 1), or a governance document, whose network part is used.");
    dataMember(p);
    return s;
  }

  /** The body of {@code /v1/appraise} and {@code /v1/psa}: the appraisal, or it in an envelope. */
  private static ObjectNode appraisalBody() {
    ObjectNode either = F.objectNode();
    either.put(
        "description",
        "The appraisal document alone, or in an envelope with the governance document whose host"
            + " agreements its transfers name.");
    either.putArray("anyOf").add(ref("Appraisal")).add(ref("AppraisalRequest"));
    return either;
  }

  /** The envelope {@code {"appraisal": A, "governance": G}}. */
  private static ObjectNode appraisalRequestSchema() {
    ObjectNode s = F.objectNode();
    s.put("type", "object");
    s.put(
        "description",
        "The appraisal with the governance document it meets, as networkedcare appraise --input"
            + " A.json --governance G.json takes them: each transfer that names a host agreement's"
            + " money flow takes its amounts, years and indexation from the agreement, and a"
            + " mismatch is a problem. Problems are placed at /appraisal/... and /governance/....");
    s.put("additionalProperties", false);
    s.putArray("required").add("appraisal").add("governance");
    ObjectNode p = s.putObject("properties");
    p.set("appraisal", ref("Appraisal"));
    p.set("governance", ref("GovernanceDocument"));
    return s;
  }

  /** The body of {@code /v1/assure} with a dataset: {@code {"governance": G, "data": D}}. */
  private static ObjectNode assureRequestSchema() {
    ObjectNode s = F.objectNode();
    s.put("type", "object");
    s.put(
        "description",
        "The governance document with the measure dataset whose site rows are observations, as"
            + " networkedcare assure --input G.json --data D.json takes them (data replaces a dataset"
            + " the document names). Problems are placed at /governance/... and /data/... (or /data"
            + " with the CSV line).");
    s.put("additionalProperties", false);
    s.putArray("required").add("governance");
    ObjectNode p = s.putObject("properties");
    p.set("governance", ref("GovernanceDocument"));
    dataMember(p);
    return s;
  }

  /** An envelope's {@code data} member: the measure dataset's JSON form or its CSV text. */
  private static void dataMember(ObjectNode properties) {
    ArrayNode data = properties.putObject("data").putArray("oneOf");
    data.add(ref("MeasureDataset"));
    data.addObject()
        .put("type", "string")
        .put("description", "The dataset's CSV form, as text (its problems carry their line).");
  }

  /** The measure dataset's JSON form (docs/dataset.md). */
  private static ObjectNode measureDatasetSchema() {
    ObjectNode s = F.objectNode();
    s.put("type", "object");
    s.put(
        "description",
        "A network's measure dataset in its JSON form (docs/dataset.md): one row per period,"
            + " organisation, optional site, optional service and measure.");
    s.put("additionalProperties", false);
    s.putArray("required").add("schemaVersion").add("rows");
    ObjectNode p = s.putObject("properties");
    p.putObject("schemaVersion").put("const", 1);
    ObjectNode row = p.putObject("rows").put("type", "array").putObject("items");
    row.put("type", "object");
    row.put("additionalProperties", false);
    row.putArray("required").add("period").add("organisation").add("measure");
    ObjectNode r = row.putObject("properties");
    r.putObject("period")
        .put("type", "string")
        .put(
            "description",
            "A month 2024-06, an NHS financial quarter 2024/25-Q1 or a year 2024/25");
    r.putObject("organisation").put("type", "string").put("description", "ODS code");
    for (String text : List.of("site", "service")) {
      r.putObject(text).set("type", F.arrayNode().add("string").add("null"));
    }
    r.putObject("measure").put("type", "string");
    for (String number : List.of("numerator", "denominator", "value")) {
      r.putObject(number).set("type", F.arrayNode().add("number").add("null"));
    }
    return s;
  }

  private static ObjectNode filesSchema(Endpoint e) {
    ObjectNode s = F.objectNode();
    s.put("type", "object");
    s.put(
        "description",
        "The files the command reads, by name: each value is a file's text (a string) or a JSON "
            + "document. It needs "
            + String.join(", ", e.inputs().values())
            + (e.path().equals("/v1/report")
                ? ", and every part the evaluation document names"
                : "")
            + ".");
    s.set("propertyNames", F.objectNode().put("pattern", "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"));
    return s;
  }

  private static ObjectNode get(ObjectNode paths, String path, String id, String summary) {
    ObjectNode op = paths.putObject(path).putObject("get");
    op.put("operationId", id);
    op.put("summary", summary);
    op.putObject("responses");
    return op;
  }

  private static ObjectNode post(
      ObjectNode paths,
      String path,
      String id,
      String summary,
      String media,
      JsonNode schema,
      List<String> query) {
    ObjectNode op = paths.putObject(path).putObject("post");
    op.put("operationId", id);
    op.put("summary", summary);
    ArrayNode params = op.putArray("parameters");
    for (String q : query) {
      params
          .addObject()
          .put("name", q)
          .put("in", "query")
          .set("schema", F.objectNode().put("type", "string"));
    }
    ObjectNode body = op.putObject("requestBody");
    body.put("required", true);
    body.putObject("content").putObject(media).set("schema", schema);
    op.putObject("responses");
    return op;
  }

  /** Adds the 200 answer and returns its content map. */
  private static ObjectNode ok(ObjectNode op, String media, JsonNode schema) {
    ObjectNode r = ((ObjectNode) op.get("responses")).putObject("200");
    r.put("description", "The result, as the command line gives it.");
    ObjectNode content = r.putObject("content");
    content.putObject(media).set("schema", schema);
    return content;
  }

  /** The answers of a POST besides its result. */
  private static final Map<String, String> POST_ERRORS = new LinkedHashMap<>();

  /** The answers of a GET besides its result: a wrong method, a defect, a stop in progress. */
  private static final Map<String, String> GET_ERRORS = new LinkedHashMap<>();

  static {
    POST_ERRORS.put(
        "400",
        "The input has problems: every one, with its JSON pointer or CSV line, code and message.");
    POST_ERRORS.put("405", "The method is not the endpoint's.");
    POST_ERRORS.put(
        "413",
        "The body, or the work it asks for (draws, cycles), is above a limit; the detail names it.");
    POST_ERRORS.put("415", "The body's media type is not the endpoint's.");
    POST_ERRORS.put("500", "A defect: the detail says so, without a stack trace.");
    POST_ERRORS.put(
        "503",
        "The work queue is full, the computation took too long, or the service is shutting down (Retry-After).");
    GET_ERRORS.put("405", POST_ERRORS.get("405"));
    GET_ERRORS.put("500", POST_ERRORS.get("500"));
    GET_ERRORS.put("503", "The service is shutting down (Retry-After).");
  }

  private static void errors(ObjectNode op) {
    problems(op, POST_ERRORS);
  }

  private static void serverErrors(ObjectNode op) {
    problems(op, GET_ERRORS);
  }

  /** Adds each status with its description, answered with a problem document. */
  private static void problems(ObjectNode op, Map<String, String> codes) {
    ObjectNode responses = (ObjectNode) op.get("responses");
    for (Map.Entry<String, String> c : codes.entrySet()) {
      ObjectNode r = responses.putObject(c.getKey());
      r.put("description", c.getValue());
      r.putObject("content").putObject("application/problem+json").set("schema", ref("Problem"));
    }
  }

  private static ObjectNode ref(String name) {
    return F.objectNode().put("$ref", "#/components/schemas/" + name);
  }

  /**
   * The schema as a component, its {@code $defs} as components named {@code Name.def}, references
   * rewritten.
   */
  private static void component(ObjectNode schemas, String name, JsonNode schema) {
    ObjectNode s = (ObjectNode) schema.deepCopy();
    s.remove("$schema");
    s.remove("$id");
    JsonNode defs = s.remove("$defs");
    rewrite(s, name);
    schemas.set(name, s);
    if (defs != null) {
      for (Map.Entry<String, JsonNode> d : defs.properties()) {
        JsonNode def = d.getValue().deepCopy();
        rewrite(def, name);
        schemas.set(name + "." + d.getKey(), def);
      }
    }
  }

  private static void rewrite(JsonNode node, String name) {
    if (node instanceof ObjectNode o) {
      JsonNode r = o.get("$ref");
      if (r != null && r.isTextual()) {
        String text = r.textValue();
        if (text.startsWith("#/$defs/")) {
          o.set(
              "$ref",
              TextNode.valueOf(
                  "#/components/schemas/" + name + "." + text.substring("#/$defs/".length())));
        } else if (text.equals("#")) {
          o.set("$ref", TextNode.valueOf("#/components/schemas/" + name));
        } else if (IDS.containsKey(text)) {
          // another of the project's schemas, by its $id: its component
          o.set("$ref", TextNode.valueOf("#/components/schemas/" + IDS.get(text)));
        }
      }
      o.properties().forEach(e -> rewrite(e.getValue(), name));
    } else if (node instanceof ArrayNode a) {
      a.forEach(n -> rewrite(n, name));
    }
  }

  private static JsonNode load(String resource) {
    try (InputStream in = OpenApi.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing schema " + resource);
      }
      return Json.parse(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode problemSchema() {
    ObjectNode s = F.objectNode();
    s.put("type", "object");
    s.put("description", "RFC 9457 problem details.");
    s.putArray("required").add("type").add("title").add("status").add("detail").add("instance");
    ObjectNode p = s.putObject("properties");
    p.putObject("type").put("type", "string").put("format", "uri");
    p.putObject("title").put("type", "string");
    p.putObject("status").put("type", "integer").put("minimum", 400).put("maximum", 599);
    p.putObject("detail").put("type", "string");
    p.putObject("instance").put("type", "string");
    ObjectNode item = p.putObject("problems").put("type", "array").putObject("items");
    item.put("type", "object");
    item.put("additionalProperties", false);
    item.putArray("required").add("code").add("message");
    ObjectNode ip = item.putObject("properties");
    ip.putObject("pointer")
        .put("type", "string")
        .put("description", "JSON pointer (RFC 6901); \"\" is the whole document");
    ip.putObject("line")
        .put("type", "integer")
        .put("minimum", 1)
        .put("description", "the CSV line");
    ip.putObject("code").put("type", "string").put("minLength", 1);
    ip.putObject("message").put("type", "string");
    return s;
  }

  private static ObjectNode commandResultSchema() {
    ObjectNode s = F.objectNode();
    s.put("type", "object");
    s.put("additionalProperties", false);
    s.put(
        "description",
        "What the command wrote: its standard output, its warnings (standard error), and each "
            + "output file by name (a CSV file as an array of row objects keyed by its header, cells as the command wrote "
            + "them; a JSON file as itself; other text as a string).");
    s.putArray("required").add("command").add("output").add("warnings").add("files");
    ObjectNode p = s.putObject("properties");
    p.putObject("command").put("type", "string");
    p.putObject("output").put("type", "string");
    p.putObject("warnings").put("type", "array").putObject("items").put("type", "string");
    ObjectNode files = p.putObject("files");
    files.put("type", "object");
    ObjectNode row = F.objectNode().put("type", "object");
    row.putObject("additionalProperties").put("type", "string");
    ArrayNode any = files.putObject("additionalProperties").putArray("anyOf");
    any.addObject().put("type", "array").set("items", row);
    any.addObject().put("type", "string");
    any.addObject().put("type", "object");
    return s;
  }
}
