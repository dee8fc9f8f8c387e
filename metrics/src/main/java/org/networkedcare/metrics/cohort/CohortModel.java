package org.networkedcare.metrics.cohort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.metrics.json.UncertaintyJson;
import org.networkedcare.metrics.uncertainty.Distribution;

/**
 * A cohort state-transition (Markov) model: named states, strategies each with a transition matrix
 * and state values, initial counts, the number of cycles, named values with their discount rates,
 * and named parameters. Cells and values are numbers or expressions of the parameters and of the
 * model time {@code cycle} (1..T); see {@code docs/cohort.md}.
 *
 * <p>The constructor checks the whole model, evaluating every cell at every cycle with the
 * parameters' base values and, for parameters with a range, at their low and high values, and
 * throws one {@link ValidationException} with every problem at its JSON pointer (such as {@code
 * /strategies/1/transitions/well/dead}).
 *
 * <pre>{@code
 * CohortModel model = CohortModel.parse(bytes);
 * CohortResult result = model.run();
 * result.total("supported", Method.LIFE_TABLE, "cost");
 * DsaResult dsa = model.dsa();
 * PreparedCohort prepared = model.prepare();   // for 10,000 probabilistic draws
 * }</pre>
 *
 * @param title what the model is; may be empty
 * @param states the states, in order
 * @param strategies the strategies, in order; the first is the comparator of the incremental
 *     results
 * @param parameters the parameters by name, in order of definition
 * @param values the named values and their discount rates
 * @param stateValues value name, state, number or expression: the values of every strategy that
 *     does not give its own
 * @param initialCounts the count in each state at time 0; a state left out starts empty
 * @param cycles the number of cycles T, at least 1
 * @param cycleLength the cycle length in years (1 unless stated)
 * @param method which counts value a cycle; heemod's default is {@link Method#LIFE_TABLE}
 * @param cost the name of the value that is the cost in incremental results, if any
 * @param effect the name of the value that is the effect in incremental results, if any
 * @param wtp the willingness to pay per unit of effect, for the net monetary benefit
 * @param dsaRanking what ranks the one-way sensitivity bars
 */
public record CohortModel(
    String title,
    List<String> states,
    List<Strategy> strategies,
    Map<String, ModelParameter> parameters,
    List<ValueDefinition> values,
    Map<String, Map<String, String>> stateValues,
    Map<String, Double> initialCounts,
    int cycles,
    double cycleLength,
    Method method,
    Optional<String> cost,
    Optional<String> effect,
    double wtp,
    DsaRanking dsaRanking) {

  /** The JSON schema version read and written. */
  public static final int SCHEMA_VERSION = 1;

  /** The default willingness to pay per QALY, GBP 20,000 (the lower NICE threshold). */
  public static final double DEFAULT_WTP = 20_000;

  /**
   * Copies the collections (keeping their order) and checks the whole model.
   *
   * @param title what the model is
   * @param states the states
   * @param strategies the strategies
   * @param parameters the parameters
   * @param values the values
   * @param stateValues the shared state values
   * @param initialCounts the initial counts
   * @param cycles the number of cycles
   * @param cycleLength the cycle length in years
   * @param method the state-membership method
   * @param cost the cost value, if any
   * @param effect the effect value, if any
   * @param wtp the willingness to pay
   * @param dsaRanking the ranking of the sensitivity bars
   * @throws ValidationException with every problem of the model
   */
  public CohortModel {
    Objects.requireNonNull(title, "title");
    states = List.copyOf(states);
    strategies = List.copyOf(strategies);
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    values = List.copyOf(values);
    stateValues = Strategy.copy(stateValues);
    initialCounts = Collections.unmodifiableMap(new LinkedHashMap<>(initialCounts));
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(cost, "cost");
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(dsaRanking, "dsaRanking");
    Problems problems = Problems.collector();
    CohortCompiler.compile(
        states,
        strategies,
        parameters,
        values,
        stateValues,
        initialCounts,
        cycles,
        cycleLength,
        method,
        cost,
        effect,
        wtp,
        problems,
        true);
    problems.throwIfAny();
  }

  /** {@return a new builder, with the defaults of the JSON form} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the model compiled for fast repeated evaluation (the probabilistic analysis's hook)}
   */
  public PreparedCohort prepare() {
    Problems problems = Problems.collector();
    Optional<PreparedCohort> prepared =
        CohortCompiler.compile(
            states,
            strategies,
            parameters,
            values,
            stateValues,
            initialCounts,
            cycles,
            cycleLength,
            method,
            cost,
            effect,
            wtp,
            problems,
            false);
    problems.throwIfAny();
    return prepared.orElseThrow();
  }

  /**
   * {@return the model run with the parameters' base values: counts, values, totals and incremental
   * results}
   */
  public CohortResult run() {
    PreparedCohort prepared = prepare();
    return prepared.run(prepared.baseValues());
  }

  /** {@return the one-way deterministic sensitivity analysis over the parameters with a range} */
  public DsaResult dsa() {
    return DsaResult.of(this, prepare());
  }

  /**
   * {@return a model read from JSON}
   *
   * @param value the JSON value
   */
  public static Optional<CohortModel> fromJson(JsonValue value) {
    return value.object(CohortModel::read);
  }

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
    Optional<CohortModel> model = fromJson(JsonValue.root(root, problems));
    problems.throwIfAny();
    return model.orElseThrow(
        () -> new ValidationException("", "invalid", "the model could not be read"));
  }

  private static Optional<CohortModel> read(JsonObject o) {
    o.schemaVersion(SCHEMA_VERSION);
    String title = o.optional("title", JsonValue::text).orElse("");
    List<String> states =
        o.required("states", v -> v.list(JsonValue::nonBlankText)).orElse(List.of());
    List<Strategy> strategies =
        o.required("strategies", v -> v.list(CohortModel::readStrategy)).orElse(List.of());
    Map<String, ModelParameter> parameters =
        o.optional("parameters", v -> v.map((name, p) -> p.object(CohortModel::readParameter)))
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
        o.optional("stateValues", CohortModel::readTable).orElse(Map.of());
    Map<String, Double> initial =
        o.required("initialCounts", v -> v.map((name, x) -> x.real())).orElse(Map.of());
    Optional<Integer> cycles = o.required("cycles", JsonValue::integer);
    double cycleLength = o.optional("cycleLength", JsonValue::real).orElse(1.0);
    Method method = o.optional("method", v -> v.oneOf(Method.byId())).orElse(Method.LIFE_TABLE);
    Optional<String> cost = o.optional("cost", JsonValue::nonBlankText);
    Optional<String> effect = o.optional("effect", JsonValue::nonBlankText);
    double wtp = o.optional("wtp", JsonValue::real).orElse(DEFAULT_WTP);
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
              s.required("transitions", CohortModel::readTable).orElse(Map.of());
          Map<String, Map<String, String>> stateValues =
              s.optional("stateValues", CohortModel::readTable).orElse(Map.of());
          // A strategy without a readable name is kept (its name reported once, by the reader), so
          // that
          // later strategies keep their document index in the paths of the model's own problems.
          return Optional.of(new Strategy(name.orElse(""), transitions, stateValues));
        });
  }

  private static Optional<ModelParameter> readParameter(JsonObject p) {
    Optional<String> value = p.required("value", CohortModel::cell);
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

  /** {@return the model as JSON, in the form {@link #fromJson} reads} */
  public JsonNode toJson() {
    ObjectNode n = Json.object();
    n.put("schemaVersion", SCHEMA_VERSION);
    if (!title.isEmpty()) {
      n.put("title", title);
    }
    ArrayNode s = n.putArray("states");
    states.forEach(s::add);
    n.put("cycles", cycles);
    n.put("cycleLength", cycleLength);
    n.put("method", method.id());
    ObjectNode init = n.putObject("initialCounts");
    initialCounts.forEach(init::put);
    ArrayNode v = n.putArray("values");
    values.forEach(
        d -> {
          ObjectNode o = v.addObject().put("name", d.name()).put("discountRate", d.discountRate());
          if (d.discountFirst()) {
            o.put("discountFirst", true);
          }
        });
    cost.ifPresent(c -> n.put("cost", c));
    effect.ifPresent(e -> n.put("effect", e));
    n.put("wtp", wtp);
    n.put("dsaRanking", dsaRanking.id());
    ObjectNode ps = n.putObject("parameters");
    parameters.forEach(
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
    if (!stateValues.isEmpty()) {
      n.set("stateValues", table(stateValues));
    }
    ArrayNode st = n.putArray("strategies");
    for (Strategy strategy : strategies) {
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

  /**
   * A builder of models with the defaults of the JSON form; {@link #build()} checks the whole
   * model.
   */
  public static final class Builder {
    private String title = "";
    private final List<String> states = new ArrayList<>();
    private final List<Strategy> strategies = new ArrayList<>();
    private final Map<String, ModelParameter> parameters = new LinkedHashMap<>();
    private final List<ValueDefinition> values = new ArrayList<>();
    private final Map<String, Map<String, String>> stateValues = new LinkedHashMap<>();
    private final Map<String, Double> initialCounts = new LinkedHashMap<>();
    private int cycles;
    private double cycleLength = 1;
    private Method method = Method.LIFE_TABLE;
    private Optional<String> cost = Optional.empty();
    private Optional<String> effect = Optional.empty();
    private double wtp = DEFAULT_WTP;
    private DsaRanking dsaRanking = DsaRanking.NMB;

    private Builder() {}

    /**
     * {@return this builder}
     *
     * @param title what the model is
     */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param names states to add, in order
     */
    public Builder states(String... names) {
      states.addAll(List.of(names));
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param strategy a strategy to add
     */
    public Builder strategy(Strategy strategy) {
      strategies.add(strategy);
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param name the parameter's name
     * @param parameter the parameter
     */
    public Builder parameter(String name, ModelParameter parameter) {
      parameters.put(name, parameter);
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param name the value's name
     * @param discountRate its discount rate per cycle
     */
    public Builder value(String name, double discountRate) {
      values.add(new ValueDefinition(name, discountRate));
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param value a value and its discounting
     */
    public Builder value(ValueDefinition value) {
      values.add(value);
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param value the value's name
     * @param cells state, number or expression
     */
    public Builder stateValues(String value, Map<String, String> cells) {
      stateValues.put(value, cells);
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param state the state
     * @param count its count at time 0
     */
    public Builder initialCount(String state, double count) {
      initialCounts.put(state, count);
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param cycles the number of cycles
     */
    public Builder cycles(int cycles) {
      this.cycles = cycles;
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param years the cycle length in years
     */
    public Builder cycleLength(double years) {
      this.cycleLength = years;
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param method the state-membership method
     */
    public Builder method(Method method) {
      this.method = method;
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param cost the value that is the cost
     * @param effect the value that is the effect
     */
    public Builder costAndEffect(String cost, String effect) {
      this.cost = Optional.of(cost);
      this.effect = Optional.of(effect);
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param wtp the willingness to pay per unit of effect
     */
    public Builder wtp(double wtp) {
      this.wtp = wtp;
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param ranking what ranks the sensitivity bars
     */
    public Builder dsaRanking(DsaRanking ranking) {
      this.dsaRanking = ranking;
      return this;
    }

    /**
     * {@return the model}
     *
     * @throws ValidationException with every problem of the model
     */
    public CohortModel build() {
      return new CohortModel(
          title,
          states,
          strategies,
          parameters,
          values,
          stateValues,
          initialCounts,
          cycles,
          cycleLength,
          method,
          cost,
          effect,
          wtp,
          dsaRanking);
    }
  }
}
