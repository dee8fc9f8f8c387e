package org.networkedcare.governance.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Function;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.json.ReferenceJson;
import org.networkedcare.core.reference.ReferenceData;
import org.networkedcare.core.reference.Vocabulary;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.governance.calendar.BankHolidays;
import org.networkedcare.governance.reference.DisputeRoutes;
import org.networkedcare.governance.reference.DisputeRoutes.Route;
import org.networkedcare.governance.reference.DisputeRoutes.Stage;
import org.networkedcare.governance.reference.GovernanceReference;
import org.networkedcare.governance.reference.GovernanceReference.BaselinePolicy;
import org.networkedcare.governance.reference.GovernanceReference.FindingSeverities;
import org.networkedcare.governance.reference.RiskMatrix;
import org.networkedcare.governance.reference.RiskMatrix.Band;

/**
 * The JSON files of governance's reference data: the shipped defaults, and a file that replaces one
 * part (named by its {@code id}: a governance vocabulary, {@code risk-matrix}, {@code
 * dispute-routes}, {@code baseline-policy}, {@code finding-severities}, {@code calendar}, or one of
 * core's parts).
 *
 * <p>Stateless and thread-safe.
 */
public final class GovernanceReferenceJson {

  private static final String BASE = "/org/networkedcare/governance/reference/";
  private static final List<String> VOCABULARIES =
      List.of(
          "responsibility-areas",
          "severities",
          "red-line-consequences",
          "psirf-responses",
          "board-questions",
          "opel-levels",
          "oversight-segments");

  private GovernanceReferenceJson() {}

  /** {@return the shipped defaults, read once} */
  public static GovernanceReference defaults() {
    return Defaults.INSTANCE;
  }

  private static final class Defaults {
    static final GovernanceReference INSTANCE = load();

    private static GovernanceReference load() {
      Map<String, Vocabulary> vocabularies = new LinkedHashMap<>();
      for (String id : VOCABULARIES) {
        vocabularies.put(id, read(resource(id), v -> ReferenceJson.vocabulary(v)));
      }
      return GovernanceReference.of(
          ReferenceJson.defaults(),
          vocabularies,
          read(resource("risk-matrix"), v -> v.object(GovernanceReferenceJson::riskMatrix)),
          read(resource("dispute-routes"), v -> v.object(GovernanceReferenceJson::disputeRoutes)),
          read(resource("baseline-policy"), v -> v.object(GovernanceReferenceJson::policy)),
          read(resource("finding-severities"), v -> v.object(GovernanceReferenceJson::severities)),
          CalendarJson.englandAndWales());
    }

    private static byte[] resource(String id) {
      try (InputStream in =
          GovernanceReferenceJson.class.getResourceAsStream(BASE + id + ".json")) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + BASE + id + ".json");
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * {@return reference data with one part replaced by a data file} The file's {@code id} says which
   * part: a governance part, {@code calendar}, or one of core's parts.
   *
   * @param reference the reference data to start from
   * @param json the file, UTF-8 JSON
   * @throws ValidationException naming every problem of the file
   */
  public static GovernanceReference withFile(GovernanceReference reference, byte[] json) {
    JsonNode tree = Json.parse(json);
    String id = tree.path("id").asText("");
    Map<String, Vocabulary> vocab = new LinkedHashMap<>();
    VOCABULARIES.forEach(v -> vocab.put(v, reference.vocabulary(v)));
    RiskMatrix matrix = reference.riskMatrix();
    DisputeRoutes routes = reference.disputeRoutes();
    BaselinePolicy policy = reference.baselinePolicy();
    FindingSeverities findings = reference.findingSeverities();
    BankHolidays holidays = reference.calendar();
    ReferenceData coreData = reference.core();
    switch (id) {
      case "risk-matrix" -> matrix = read(json, v -> v.object(GovernanceReferenceJson::riskMatrix));
      case "dispute-routes" ->
          routes = read(json, v -> v.object(GovernanceReferenceJson::disputeRoutes));
      case "baseline-policy" -> policy = read(json, v -> v.object(GovernanceReferenceJson::policy));
      case "finding-severities" ->
          findings = read(json, v -> v.object(GovernanceReferenceJson::severities));
      case "calendar" -> holidays = CalendarJson.bankHolidays(tree);
      default -> {
        if (vocab.containsKey(id)) {
          vocab.put(id, read(json, v -> ReferenceJson.vocabulary(v)));
        } else {
          coreData = ReferenceJson.withFile(coreData, json);
        }
      }
    }
    return GovernanceReference.of(coreData, vocab, matrix, routes, policy, findings, holidays);
  }

  private static <T> T read(byte[] json, Function<JsonValue, Optional<T>> reader) {
    Problems problems = Problems.collector();
    Optional<T> value = reader.apply(JsonValue.root(Json.parse(json), problems));
    problems.throwIfAny();
    return value.orElseThrow();
  }

  private static Optional<BaselinePolicy> policy(JsonObject o) {
    Optional<String> id = o.required("id", JsonValue::nonBlankText);
    Optional<String> version = o.required("version", JsonValue::nonBlankText);
    Optional<Integer> min = o.required("minimumPoints", JsonValue::integer);
    o.optional("note", JsonValue::text);
    if (id.isEmpty() || version.isEmpty() || min.isEmpty()) {
      return Optional.empty();
    }
    return o.build(() -> new BaselinePolicy(id.get(), version.get(), min.get()));
  }

  private static Optional<FindingSeverities> severities(JsonObject o) {
    Optional<String> id = o.required("id", JsonValue::nonBlankText);
    Optional<String> version = o.required("version", JsonValue::nonBlankText);
    o.optional("note", JsonValue::text);
    Optional<Map<String, String>> map =
        o.required(
            "severities",
            v -> {
              if (!v.node().isObject()) {
                v.problems().add("type", "an object is required");
                return Optional.empty();
              }
              Map<String, String> m = new TreeMap<>();
              v.node().properties().forEach(e -> m.put(e.getKey(), e.getValue().asText()));
              return Optional.of(m);
            });
    if (id.isEmpty() || version.isEmpty() || map.isEmpty()) {
      return Optional.empty();
    }
    return o.build(() -> new FindingSeverities(id.get(), version.get(), map.get()));
  }

  private static Optional<RiskMatrix> riskMatrix(JsonObject o) {
    Optional<String> id = o.required("id", JsonValue::nonBlankText);
    Optional<String> version = o.required("version", JsonValue::nonBlankText);
    o.optional("source", JsonValue::text);
    List<Band> bands = o.list("bands", v -> v.object(GovernanceReferenceJson::band));
    if (id.isEmpty() || version.isEmpty()) {
      return Optional.empty();
    }
    return o.build(() -> new RiskMatrix(id.get(), version.get(), bands));
  }

  private static Optional<Band> band(JsonObject o) {
    Optional<String> id = o.required("id", JsonValue::nonBlankText);
    Optional<String> name = o.required("name", JsonValue::nonBlankText);
    Optional<Integer> min = o.required("min", JsonValue::integer);
    Optional<Integer> max = o.required("max", JsonValue::integer);
    Optional<Integer> review = o.required("reviewMonths", JsonValue::integer);
    if (id.isEmpty() || name.isEmpty() || min.isEmpty() || max.isEmpty() || review.isEmpty()) {
      return Optional.empty();
    }
    return o.build(() -> new Band(id.get(), name.get(), min.get(), max.get(), review.get()));
  }

  private static Optional<DisputeRoutes> disputeRoutes(JsonObject o) {
    Optional<String> id = o.required("id", JsonValue::nonBlankText);
    Optional<String> version = o.required("version", JsonValue::nonBlankText);
    List<Route> routes =
        o.list(
            "routes",
            v ->
                v.object(
                    r -> {
                      Optional<String> character =
                          r.required("legalCharacter", JsonValue::nonBlankText);
                      List<Stage> stages =
                          r.list("stages", s -> s.object(GovernanceReferenceJson::stage));
                      return character.flatMap(c -> r.build(() -> new Route(c, stages)));
                    }));
    if (id.isEmpty() || version.isEmpty()) {
      return Optional.empty();
    }
    return o.build(() -> new DisputeRoutes(id.get(), version.get(), routes));
  }

  private static Optional<Stage> stage(JsonObject so) {
    Optional<String> sid = so.required("id", JsonValue::nonBlankText);
    Optional<String> name = so.required("name", JsonValue::nonBlankText);
    Optional<Integer> limit = so.optional("limitWorkingDays", JsonValue::integer);
    if (sid.isEmpty() || name.isEmpty()) {
      return Optional.empty();
    }
    return so.build(
        () ->
            new Stage(
                sid.get(), name.get(), limit.map(OptionalInt::of).orElse(OptionalInt.empty())));
  }
}
