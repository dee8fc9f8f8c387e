package org.networkedcare.metrics.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.metrics.cohort.CohortModel;
import org.networkedcare.metrics.cohort.DsaRanking;
import org.networkedcare.metrics.cohort.Method;
import org.networkedcare.metrics.cohort.ModelParameter;
import org.networkedcare.metrics.cohort.Strategy;
import org.networkedcare.metrics.cohort.ValueDefinition;
import org.networkedcare.metrics.uncertainty.Distribution;

/**
 * The JSON codec of cohort state-transition models ({@code org.networkedcare.metrics.cohort}): a
 * model document read from bytes or text with every problem at its JSON pointer, and written in the
 * same form. Numbers in cells keep their decimal text. Stateless and thread-safe.
 */
public final class CohortJson {
  private CohortJson() {}

  /**
   * {@return a model read from a JSON document given as UTF-8 bytes}
   *
   * @param json the document
   * @throws ValidationException with every problem of the document, each with its JSON path
   */
  public static CohortModel parse(byte[] json) {
    return read(Json.parse(json));
  }

  /**
   * {@return a model read from a JSON document}
   *
   * @param json the document
   * @throws ValidationException with every problem of the document, each with its JSON path
   */
  public static CohortModel parse(String json) {
    return read(Json.parse(json));
  }

  private static CohortModel read(JsonNode root) {
    Problems problems = Problems.collector();
    Optional<CohortModel> model = JsonValue.root(root, problems).object(CohortJson::read);
    problems.throwIfAny();
    return model.orElseThrow(
        () -> new ValidationException("", "invalid", "the model could not be read"));
  }

  private static Optional<CohortModel> read(JsonObject o) {
    o.schemaVersion(CohortModel.SCHEMA_VERSION);
    String title = o.optional("title", JsonValue::text).orElse("");
    List<String> states =
        o.required("states", v -> v.list(JsonValue::nonBlankText)).orElse(List.of());
    List<Strategy> strategies =
        o.required("strategies", v -> v.list(CohortJson::readStrategy)).orElse(List.of());
    Map<String, ModelParameter> parameters =
        o.optional("parameters", v -> v.map((name, p) -> p.object(CohortJson::readParameter)))
            .orElse(Map.of());
    List<ValueDefinition> values =
        o.required(
                "values",
                v ->
                    v.list(
                        x ->
                            x.object(
                                d -> {
                                  Optional<String> name =
                                      d.required("name", JsonValue::nonBlankText);
                                  double rate =
                                      d.optional("discountRate", JsonValue::real).orElse(0.0);
                                  boolean first =
                                      d.optional("discountFirst", JsonValue::bool).orElse(false);
                                  return name.map(n -> new ValueDefinition(n, rate, first));
                                })))
            .orElse(List.of());
    Map<String, Map<String, String>> stateValues =
        o.optional("stateValues", CohortJson::readTable).orElse(Map.of());
    Map<String, Double> initial =
        o.required("initialCounts", v -> v.map((name, x) -> x.real())).orElse(Map.of());
    Optional<Integer> cycles = o.required("cycles", JsonValue::integer);
    double cycleLength = o.optional("cycleLength", JsonValue::real).orElse(1.0);
    Method method = o.optional("method", v -> v.oneOf(Method.byId())).orElse(Method.LIFE_TABLE);
    Optional<String> cost = o.optional("cost", JsonValue::nonBlankText);
    Optional<String> effect = o.optional("effect", JsonValue::nonBlankText);
    double wtp = o.optional("wtp", JsonValue::real).orElse(CohortModel.DEFAULT_WTP);
    DsaRanking ranking =
        o.optional("dsaRanking", v -> v.oneOf(DsaRanking.byId())).orElse(DsaRanking.NMB);
    if (cycles.isEmpty()) {
      return Optional.empty();
    }
    return o.buildAll(
        () ->
            new CohortModel(
                title,
                states,
                strategies,
                parameters,
                values,
                stateValues,
                initial,
                cycles.get(),
                cycleLength,
                method,
                cost,
                effect,
                wtp,
                ranking));
  }

  private static Optional<Strategy> readStrategy(JsonValue value) {
    return value.object(
        s -> {
          Optional<String> name = s.required("name", JsonValue::nonBlankText);
          Map<String, Map<String, String>> transitions =
              s.required("transitions", CohortJson::readTable).orElse(Map.of());
          Map<String, Map<String, String>> stateValues =
              s.optional("stateValues", CohortJson::readTable).orElse(Map.of());
          // A strategy without a readable name is kept (its name reported once, by the reader), so
          // that
          // later strategies keep their document index in the paths of the model's own problems.
          return Optional.of(new Strategy(name.orElse(""), transitions, stateValues));
        });
  }

  private static Optional<ModelParameter> readParameter(JsonObject p) {
    Optional<String> value = p.required("value", CohortJson::cell);
    Optional<Double> low = p.optional("low", JsonValue::real);
    Optional<Double> high = p.optional("high", JsonValue::real);
    Optional<Distribution> distribution = p.optional("distribution", UncertaintyJson::distribution);
    String source = p.optional("source", JsonValue::text).orElse("");
    if (low.isPresent() != high.isPresent()) {
      p.problems()
          .at(low.isPresent() ? "high" : "low")
          .add("required", "a range gives both low and high");
    }
    return value.map(
        v ->
            new ModelParameter(
                v,
                low.map(OptionalDouble::of).orElse(OptionalDouble.empty()),
                high.map(OptionalDouble::of).orElse(OptionalDouble.empty()),
                distribution,
                source));
  }

  /** A cell: a number (kept as its decimal text) or a non-blank string. */
  private static Optional<String> cell(JsonValue v) {
    if (v.node().isTextual()) {
      return v.text();
    }
    if (!v.node().isNumber()) {
      v.problems().add("type", "a number, or a string with an expression, is required");
      return Optional.empty();
    }
    return v.decimal().map(BigDecimal::toString);
  }

  private static Optional<Map<String, Map<String, String>>> readTable(JsonValue v) {
    return v.map((row, r) -> r.map((column, c) -> cell(c)));
  }

  /**
   * {@return a model as a JSON document, in the form {@link #parse(String)} reads}
   *
   * @param model the model
   */
  public static String write(CohortModel model) {
    return Json.write(tree(model));
  }

  private static JsonNode tree(CohortModel model) {
    ObjectNode n = Json.object();
    n.put("schemaVersion", CohortModel.SCHEMA_VERSION);
    if (!model.title().isEmpty()) {
      n.put("title", model.title());
    }
    ArrayNode s = n.putArray("states");
    model.states().forEach(s::add);
    n.put("cycles", model.cycles());
    n.put("cycleLength", model.cycleLength());
    n.put("method", model.method().id());
    ObjectNode init = n.putObject("initialCounts");
    model.initialCounts().forEach(init::put);
    ArrayNode v = n.putArray("values");
    model
        .values()
        .forEach(
            d -> {
              ObjectNode o =
                  v.addObject().put("name", d.name()).put("discountRate", d.discountRate());
              if (d.discountFirst()) {
                o.put("discountFirst", true);
              }
            });
    model.cost().ifPresent(c -> n.put("cost", c));
    model.effect().ifPresent(e -> n.put("effect", e));
    n.put("wtp", model.wtp());
    n.put("dsaRanking", model.dsaRanking().id());
    ObjectNode ps = n.putObject("parameters");
    model
        .parameters()
        .forEach(
            (name, p) -> {
              ObjectNode o = ps.putObject(name);
              putCell(o, "value", p.value());
              p.low().ifPresent(x -> o.put("low", x));
              p.high().ifPresent(x -> o.put("high", x));
              p.distribution().ifPresent(d -> o.set("distribution", UncertaintyJson.write(d)));
              if (!p.source().isEmpty()) {
                o.put("source", p.source());
              }
            });
    if (!model.stateValues().isEmpty()) {
      n.set("stateValues", table(model.stateValues()));
    }
    ArrayNode st = n.putArray("strategies");
    for (Strategy strategy : model.strategies()) {
      ObjectNode o = st.addObject();
      o.put("name", strategy.name());
      o.set("transitions", table(strategy.transitions()));
      if (!strategy.stateValues().isEmpty()) {
        o.set("stateValues", table(strategy.stateValues()));
      }
    }
    return n;
  }

  private static ObjectNode table(Map<String, Map<String, String>> table) {
    ObjectNode t = Json.object();
    table.forEach(
        (row, cells) -> {
          ObjectNode r = t.putObject(row);
          cells.forEach((column, cell) -> putCell(r, column, cell));
        });
    return t;
  }

  private static void putCell(ObjectNode node, String name, String cell) {
    try {
      node.put(name, new BigDecimal(cell));
    } catch (NumberFormatException e) {
      node.put(name, cell);
    }
  }
}
