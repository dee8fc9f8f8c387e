package org.networkedcare.metrics.cohort;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

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
 * CohortModel model = CohortJson.parse(bytes);
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
