package org.networkedcare.metrics.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The result of running a cohort model: the Markov trace, the counts under each method, the value
 * of every cycle (discounted and not), totals under all three methods and the incremental results
 * of each strategy against the first.
 *
 * <p>Cycles are numbered 1..T. Counts and totals are for the whole cohort (the sum of the initial
 * counts); only the incremental results are per person. The value of cycle t is the sum over states
 * of the method's count times the state value at model time t, and its discounted value that times
 * (1 + r)^-(t - 1), as heemod's {@code discount(x, r)} with {@code first = FALSE}.
 */
public final class CohortResult {

  private final PreparedCohort model;
  private final double[] parameters;
  private final double[][][] trace; // [strategy][t = 0..T][state]
  private final double[][][][] amounts; // [strategy][method][t - 1][value], undiscounted
  private final double[][] discount; // [value][t - 1]

  CohortResult(
      PreparedCohort model,
      double[] parameters,
      double[][][] trace,
      double[][][][] amounts,
      double[][] discount) {
    this.model = model;
    this.parameters = parameters.clone();
    this.trace = trace;
    this.amounts = amounts;
    this.discount = discount;
  }

  /**
   * An incremental result of one strategy against the first, per person.
   *
   * @param strategy the strategy
   * @param comparator the first strategy, against which it is compared
   * @param cost the incremental discounted cost per person
   * @param effect the incremental discounted effect per person
   * @param icer the incremental cost-effectiveness ratio, empty when the incremental effect is 0
   * @param nmb the incremental net monetary benefit per person at the model's willingness to pay
   */
  public record Incremental(
      String strategy,
      String comparator,
      double cost,
      double effect,
      OptionalDouble icer,
      double nmb) {}

  /** {@return the states, in order} */
  public List<String> states() {
    return model.states();
  }

  /** {@return the strategies, in order} */
  public List<String> strategies() {
    return model.strategies();
  }

  /** {@return the names of the values, in order} */
  public List<String> valueNames() {
    return model.valueNames();
  }

  /** {@return the number of cycles T} */
  public int cycles() {
    return model.cycles();
  }

  /** {@return the model's method, under which {@link #count} and {@link #value} are given} */
  public Method method() {
    return model.method();
  }

  /** {@return the cycle length in years} */
  public double cycleLength() {
    return model.cycleLength();
  }

  /** {@return the size of the cohort} */
  public double cohortSize() {
    return model.cohortSize();
  }

  /** {@return the parameter values of this run, in the order of the prepared model's names} */
  public double[] parameters() {
    return parameters.clone();
  }

  /**
   * {@return the Markov trace: the count in a state at time t = 0..T, before any correction}
   *
   * @param strategy the strategy's index
   * @param t the time, 0 for the initial counts
   * @param state the state's index
   */
  public double trace(int strategy, int t, int state) {
    return trace[strategy][t][state];
  }

  /**
   * {@return the count in a state that values cycle t under a method}
   *
   * @param strategy the strategy's index
   * @param method the method
   * @param cycle the cycle, 1..T
   * @param state the state's index
   */
  public double count(int strategy, Method method, int cycle, int state) {
    double[][] x = trace[strategy];
    return switch (method) {
      case BEGINNING -> x[cycle - 1][state];
      case END -> x[cycle][state];
      case LIFE_TABLE -> (x[cycle - 1][state] + x[cycle][state]) / 2;
    };
  }

  /**
   * {@return the count in a state that values cycle t under the model's method}
   *
   * @param strategy the strategy's index
   * @param cycle the cycle, 1..T
   * @param state the state's index
   */
  public double count(int strategy, int cycle, int state) {
    return count(strategy, model.method(), cycle, state);
  }

  /**
   * {@return the undiscounted value of a cycle under a method, for the whole cohort}
   *
   * @param strategy the strategy's index
   * @param method the method
   * @param cycle the cycle, 1..T
   * @param value the value's index
   */
  public double undiscounted(int strategy, Method method, int cycle, int value) {
    return amounts[strategy][method.ordinal()][cycle - 1][value];
  }

  /**
   * {@return the discounted value of a cycle under a method, for the whole cohort}
   *
   * @param strategy the strategy's index
   * @param method the method
   * @param cycle the cycle, 1..T
   * @param value the value's index
   */
  public double discounted(int strategy, Method method, int cycle, int value) {
    return amounts[strategy][method.ordinal()][cycle - 1][value] * discount[value][cycle - 1];
  }

  /**
   * {@return the discounted value of a cycle under the model's method, for the whole cohort}
   *
   * @param strategy the strategy's index
   * @param cycle the cycle, 1..T
   * @param value the value's index
   */
  public double value(int strategy, int cycle, int value) {
    return discounted(strategy, model.method(), cycle, value);
  }

  /**
   * {@return the discount factor of a value in a cycle, (1 + r)^-(t - 1)}
   *
   * @param value the value's index
   * @param cycle the cycle, 1..T
   */
  public double discountFactor(int value, int cycle) {
    return discount[value][cycle - 1];
  }

  /**
   * {@return the discounted total of a value over cycles 1..T under a method, for the whole cohort}
   *
   * @param strategy the strategy's index
   * @param method the method
   * @param value the value's index
   */
  public double total(int strategy, Method method, int value) {
    double total = 0;
    for (int t = 1; t <= model.cycles(); t++) {
      total += discounted(strategy, method, t, value);
    }
    return total;
  }

  /**
   * {@return the discounted total of a value, by names}
   *
   * @param strategy the strategy's name
   * @param method the method
   * @param value the value's name
   * @throws IllegalArgumentException if a name is unknown
   */
  public double total(String strategy, Method method, String value) {
    return total(
        index(strategies(), strategy, "strategy"), method, index(valueNames(), value, "value"));
  }

  /**
   * {@return the undiscounted total of a value over cycles 1..T under a method, for the whole
   * cohort}
   *
   * @param strategy the strategy's index
   * @param method the method
   * @param value the value's index
   */
  public double undiscountedTotal(int strategy, Method method, int value) {
    double total = 0;
    for (int t = 1; t <= model.cycles(); t++) {
      total += undiscounted(strategy, method, t, value);
    }
    return total;
  }

  /**
   * {@return each strategy after the first against the first, per person, under the model's method}
   * Empty when the model names no cost and effect.
   */
  public List<Incremental> incremental() {
    List<Incremental> out = new ArrayList<>();
    int c = model.costIndex();
    int e = model.effectIndex();
    if (c < 0 || e < 0) {
      return out;
    }
    Method m = model.method();
    double n = model.cohortSize();
    for (int s = 1; s < strategies().size(); s++) {
      double dc = (total(s, m, c) - total(0, m, c)) / n;
      double de = (total(s, m, e) - total(0, m, e)) / n;
      out.add(
          new Incremental(
              strategies().get(s),
              strategies().get(0),
              dc,
              de,
              de == 0 ? OptionalDouble.empty() : OptionalDouble.of(dc / de),
              model.wtp() * de - dc));
    }
    return out;
  }

  static int index(List<String> names, String name, String what) {
    int i = names.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException(
          "no " + what + " '" + name + "'; there are: " + String.join(", ", names));
    }
    return i;
  }
}
