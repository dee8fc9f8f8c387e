package org.networkedcare.metrics.cohort;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Set;
import java.util.regex.Pattern;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.metrics.uncertainty.Distribution;
import org.networkedcare.metrics.uncertainty.ParameterSampler;

/**
 * A cohort model compiled for fast repeated evaluation: every expression parsed once and bound to
 * parameter indices, transition matrices stored by row with only the cells given, and cells that do
 * not use the model time evaluated once per evaluation rather than once per cycle. Immutable and
 * thread-safe; each evaluation allocates a few arrays of the number of states.
 *
 * <p>Made by {@link CohortModel#prepare()}. It is the {@link ParametricModel} hook of the
 * probabilistic analysis: its outputs are, for each strategy and then each value, the discounted
 * total for the whole cohort under the model's method, named {@code strategy/value}.
 */
public final class PreparedCohort implements ParametricModel {

  /** The tolerance on row sums and on the bounds [0, 1] of a cell. */
  public static final double TOLERANCE = 1e-9;

  /** The largest number of cycles a model may have. */
  public static final int MAX_CYCLES = 100_000;

  /** The most states a model has. */
  static final int MAX_STATES = 1_000;

  /** The most state counts one run computes: strategies x (cycles + 1) x states (80 MB of doubles). */
  static final long MAX_TRACE = 10_000_000;

  /** The most evaluations one run makes: cycles x (transition cells + strategies x states x values). */
  static final long MAX_WORK = 200_000_000;

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");
  private static final Set<String> RESERVED = Set.of(Expr.CYCLE, Expr.MODEL_TIME, "C");

  private final List<String> states;
  private final List<String> strategies;
  private final List<String> valueNames;
  private final List<String> parameterNames;
  private final List<ModelParameter> parameterDefinitions;
  private final Expr[] parameterExprs;
  private final int[] order;
  private final int[][][] columns; // [strategy][row][k] -> to state
  private final Expr[][][] cells; // [strategy][row][k]; null = the complement
  private final boolean[] matrixUsesCycle;
  private final Expr[][][] stateValues; // [strategy][value][state]
  private final boolean[][] valueUsesCycle;
  private final double[] x0;
  private final double cohortSize;
  private final int cycles;
  private final double cycleLength;
  private final Method method;
  private final double[] rates;
  private final boolean[] discountFirst;
  private final double[][] discount; // [value][t - 1]
  private final int costIndex;
  private final int effectIndex;
  private final double wtp;

  private PreparedCohort(Builder b) {
    states = List.copyOf(b.states);
    strategies = List.copyOf(b.strategies);
    valueNames = List.copyOf(b.valueNames);
    parameterNames = List.copyOf(b.parameterNames);
    parameterDefinitions = List.copyOf(b.parameterDefinitions);
    parameterExprs = b.parameterExprs;
    order = b.order;
    columns = b.columns;
    cells = b.cells;
    stateValues = b.stateValues;
    x0 = b.x0;
    cycles = b.cycles;
    cycleLength = b.cycleLength;
    method = b.method;
    rates = b.rates;
    discountFirst = b.discountFirst;
    costIndex = b.costIndex;
    effectIndex = b.effectIndex;
    wtp = b.wtp;
    double n = 0;
    for (double x : x0) {
      n += x;
    }
    cohortSize = n;
    matrixUsesCycle = new boolean[strategies.size()];
    valueUsesCycle = new boolean[strategies.size()][valueNames.size()];
    for (int s = 0; s < strategies.size(); s++) {
      for (Expr[] row : cells[s]) {
        for (Expr e : row) {
          matrixUsesCycle[s] |= e != null && e.usesCycle();
        }
      }
      for (int v = 0; v < valueNames.size(); v++) {
        for (Expr e : stateValues[s][v]) {
          valueUsesCycle[s][v] |= e.usesCycle();
        }
      }
    }
    discount = new double[valueNames.size()][cycles];
    for (int v = 0; v < valueNames.size(); v++) {
      for (int t = 1; t <= cycles; t++) {
        discount[v][t - 1] = Math.pow(1 + rates[v], discountFirst[v] ? -t : -(t - 1));
      }
    }
  }

  /** {@return the states, in order} */
  public List<String> states() {
    return states;
  }

  /** {@return the strategies, in order} */
  public List<String> strategies() {
    return strategies;
  }

  /** {@return the names of the values, in order} */
  public List<String> valueNames() {
    return valueNames;
  }

  @Override
  public List<String> parameterNames() {
    return parameterNames;
  }

  /**
   * {@return the index of a parameter in the vectors {@link #evaluate} takes}
   *
   * @param name the parameter's name
   * @throws IllegalArgumentException if there is no such parameter
   */
  public int parameterIndex(String name) {
    int i = parameterNames.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("no parameter '" + name + "'");
    }
    return i;
  }

  /**
   * {@return a parameter's distribution for the probabilistic analysis, if it has one}
   *
   * @param name the parameter's name
   */
  public Optional<Distribution> distribution(String name) {
    return parameterDefinitions.get(parameterIndex(name)).distribution();
  }

  /**
   * {@return a seeded sampler of the parameters that have distributions, for {@link #evaluate}}
   * Start each draw from a vector of {@code NaN}s (every parameter as the model defines it); the
   * sampler overwrites the parameters that have a distribution, so derived parameters follow them.
   *
   * @throws org.networkedcare.core.validation.ValidationException when correlated or Dirichlet
   *     parameters do not fit together
   */
  public ParameterSampler sampler() {
    Map<String, Distribution> distributions = new TreeMap<>();
    for (int i = 0; i < parameterNames.size(); i++) {
      int index = i;
      parameterDefinitions.get(i).distribution().ifPresent(d -> distributions.put(parameterNames.get(index), d));
    }
    return ParameterSampler.of(parameterNames, distributions);
  }

  /** {@return the number of cycles T} */
  public int cycles() {
    return cycles;
  }

  /** {@return the cycle length in years} */
  public double cycleLength() {
    return cycleLength;
  }

  /** {@return the model's state-membership method} */
  public Method method() {
    return method;
  }

  /** {@return the size of the cohort, the sum of the initial counts} */
  public double cohortSize() {
    return cohortSize;
  }

  /** {@return the index of the cost value, or -1 when the model names none} */
  int costIndex() {
    return costIndex;
  }

  /** {@return the index of the effect value, or -1 when the model names none} */
  int effectIndex() {
    return effectIndex;
  }

  /** {@return the willingness to pay per unit of effect} */
  double wtp() {
    return wtp;
  }

  @Override
  public double[] baseValues() {
    double[] none = new double[parameterNames.size()];
    Arrays.fill(none, Double.NaN);
    return resolve(none);
  }

  @Override
  public List<String> outputNames() {
    List<String> names = new ArrayList<>();
    for (String s : strategies) {
      for (String v : valueNames) {
        names.add(s + "/" + v);
      }
    }
    return List.copyOf(names);
  }

  @Override
  public void evaluate(double[] parameters, double[] outputs) {
    if (parameters.length != parameterNames.size() || outputs.length != strategies.size() * valueNames.size()) {
      throw new IllegalArgumentException("expected " + parameterNames.size() + " parameters and "
          + strategies.size() * valueNames.size() + " outputs");
    }
    double[] p = resolve(parameters);
    int m = method.ordinal();
    for (int s = 0; s < strategies.size(); s++) {
      double[][][] amounts = simulate(s, p, null);
      for (int v = 0; v < valueNames.size(); v++) {
        double total = 0;
        for (int t = 0; t < cycles; t++) {
          total += amounts[m][t][v] * discount[v][t];
        }
        outputs[s * valueNames.size() + v] = total;
      }
    }
  }

  /**
   * {@return the discounted totals for the whole cohort under the model's method, by strategy and value}
   *
   * @param parameters one value per parameter, {@code NaN} for "as defined"
   */
  public double[][] totals(double[] parameters) {
    double[] out = new double[strategies.size() * valueNames.size()];
    evaluate(parameters, out);
    double[][] totals = new double[strategies.size()][];
    for (int s = 0; s < strategies.size(); s++) {
      totals[s] = Arrays.copyOfRange(out, s * valueNames.size(), (s + 1) * valueNames.size());
    }
    return totals;
  }

  /**
   * {@return the model run in full for one vector of parameter values}
   *
   * @param parameters one value per parameter, {@code NaN} for "as defined"
   */
  public CohortResult run(double[] parameters) {
    double[] p = resolve(parameters);
    double[][][] trace = new double[strategies.size()][][];
    double[][][][] amounts = new double[strategies.size()][][][];
    for (int s = 0; s < strategies.size(); s++) {
      trace[s] = new double[cycles + 1][];
      amounts[s] = simulate(s, p, trace[s]);
    }
    return new CohortResult(this, p, trace, amounts, discount);
  }

  /** The parameter values, each given or computed from its definition, in dependency order. */
  double[] resolve(double[] given) {
    double[] p = new double[parameterNames.size()];
    for (int i : order) {
      p[i] = Double.isNaN(given[i]) ? parameterExprs[i].eval(p, Double.NaN) : given[i];
    }
    return p;
  }

  /**
   * Runs one strategy: the trace into {@code trace} (rows 0..T) when given, and the undiscounted
   * amount of every value in every cycle under each method, [method][t - 1][value].
   */
  private double[][][] simulate(int s, double[] p, double[][] trace) {
    int n = states.size();
    int nv = valueNames.size();
    double[][] amounts0 = new double[cycles][nv];
    double[][] amounts1 = new double[cycles][nv];
    double[][] amounts2 = new double[cycles][nv];
    double[] x = x0.clone();
    double[] y = new double[n];
    double[][] matrix = new double[n][];
    for (int i = 0; i < n; i++) {
      matrix[i] = new double[columns[s][i].length];
    }
    double[][] values = new double[nv][n];
    if (trace != null) {
      trace[0] = x.clone();
    }
    for (int t = 1; t <= cycles; t++) {
      if (t == 1 || matrixUsesCycle[s]) {
        evalMatrix(s, p, t, matrix);
      }
      Arrays.fill(y, 0);
      for (int i = 0; i < n; i++) {
        double xi = x[i];
        if (xi != 0) {
          int[] cols = columns[s][i];
          double[] row = matrix[i];
          for (int k = 0; k < cols.length; k++) {
            y[cols[k]] += xi * row[k];
          }
        }
      }
      for (int v = 0; v < nv; v++) {
        if (t == 1 || valueUsesCycle[s][v]) {
          evalValues(s, v, p, t, values[v]);
        }
        double begin = 0;
        double end = 0;
        double[] val = values[v];
        for (int i = 0; i < n; i++) {
          begin += x[i] * val[i];
          end += y[i] * val[i];
        }
        amounts0[t - 1][v] = begin;
        amounts1[t - 1][v] = end;
        amounts2[t - 1][v] = (begin + end) / 2;
      }
      double[] swap = x;
      x = y;
      y = swap;
      if (trace != null) {
        trace[t] = x.clone();
      }
    }
    return new double[][][] {amounts0, amounts1, amounts2};
  }

  private void evalMatrix(int s, double[] p, int t, double[][] matrix) {
    for (int i = 0; i < matrix.length; i++) {
      Expr[] row = cells[s][i];
      double[] out = matrix[i];
      double sum = 0;
      int complement = -1;
      for (int k = 0; k < row.length; k++) {
        if (row[k] == null) {
          complement = k;
        } else {
          out[k] = row[k].eval(p, t);
          sum += out[k];
        }
      }
      if (complement >= 0) {
        out[complement] = 1 - sum;
        sum += out[complement];
      }
      for (int k = 0; k < row.length; k++) {
        if (!(out[k] >= -TOLERANCE && out[k] <= 1 + TOLERANCE)) {
          throw invalid(s, i, columns[s][i][k], "cell-range", "the transition is " + out[k] + " at cycle " + t
              + ", outside [0, 1]");
        }
      }
      if (!(Math.abs(sum - 1) <= TOLERANCE)) {
        throw invalid(s, i, -1, "row-sum", "the row sums to " + sum + " at cycle " + t + ", not 1");
      }
    }
  }

  private void evalValues(int s, int v, double[] p, int t, double[] out) {
    Expr[] exprs = stateValues[s][v];
    for (int i = 0; i < out.length; i++) {
      out[i] = exprs[i].eval(p, t);
      if (!Double.isFinite(out[i])) {
        throw new ValidationException("/strategies/" + s + "/stateValues" + Problem.token(valueNames.get(v))
            + Problem.token(states.get(i)), "cohort.value-not-finite", "the value '" + valueNames.get(v)
            + "' of state '" + states.get(i) + "' in strategy '" + strategies.get(s) + "' is " + out[i]
            + " at cycle " + t + " with these parameter values");
      }
    }
  }

  private ValidationException invalid(int s, int row, int column, String code, String message) {
    String path = "/strategies/" + s + "/transitions" + Problem.token(states.get(row))
        + (column >= 0 ? Problem.token(states.get(column)) : "");
    return new ValidationException(path, "cohort." + code, "strategy '" + strategies.get(s) + "', from '"
        + states.get(row) + "'" + (column >= 0 ? " to '" + states.get(column) + "'" : "") + ": " + message
        + " with these parameter values");
  }

  /**
   * Checks every cell and value at every cycle for one vector of parameter values, recording one
   * problem per bad cell, row or value (its first bad cycle, and how many cycles are bad).
   *
   * @param p resolved parameter values
   * @param at where to record
   * @param context words appended to each message, such as " with p at its low value 0.1"
   * @param pathOf the path of a problem found at a cell path, or null to use the cell path
   */
  void check(double[] p, Problems at, String context, java.util.function.UnaryOperator<String> pathOf) {
    for (int i = 0; i < p.length; i++) {
      if (!Double.isFinite(p[i])) {
        add(at, "/parameters" + Problem.token(parameterNames.get(i)) + "/value", pathOf, "cohort.not-finite",
            "the parameter '" + parameterNames.get(i) + "' is " + p[i] + context);
        return;
      }
    }
    int n = states.size();
    for (int s = 0; s < strategies.size(); s++) {
      int[][] badCell = new int[n][];
      int[][] badCellCount = new int[n][];
      double[][] badCellValue = new double[n][];
      int[] badRow = new int[n];
      int[] badRowCount = new int[n];
      double[] badRowSum = new double[n];
      double[][] matrix = new double[n][];
      for (int i = 0; i < n; i++) {
        badCell[i] = new int[columns[s][i].length];
        badCellCount[i] = new int[columns[s][i].length];
        badCellValue[i] = new double[columns[s][i].length];
        matrix[i] = new double[columns[s][i].length];
      }
      int last = matrixUsesCycle[s] ? cycles : 1;
      for (int t = 1; t <= last; t++) {
        for (int i = 0; i < n; i++) {
          Expr[] row = cells[s][i];
          double sum = 0;
          int complement = -1;
          for (int k = 0; k < row.length; k++) {
            if (row[k] == null) {
              complement = k;
            } else {
              matrix[i][k] = row[k].eval(p, t);
              sum += matrix[i][k];
            }
          }
          if (complement >= 0) {
            matrix[i][complement] = 1 - sum;
            sum += matrix[i][complement];
          }
          for (int k = 0; k < row.length; k++) {
            double c = matrix[i][k];
            if (!(c >= -TOLERANCE && c <= 1 + TOLERANCE)) {
              if (badCellCount[i][k]++ == 0) {
                badCell[i][k] = t;
                badCellValue[i][k] = c;
              }
            }
          }
          if (!(Math.abs(sum - 1) <= TOLERANCE) && badRowCount[i]++ == 0) {
            badRow[i] = t;
            badRowSum[i] = sum;
          }
        }
      }
      String strategy = "strategy '" + strategies.get(s) + "'";
      for (int i = 0; i < n; i++) {
        String rowPath = "/strategies/" + s + "/transitions" + Problem.token(states.get(i));
        for (int k = 0; k < columns[s][i].length; k++) {
          if (badCellCount[i][k] > 0) {
            String to = states.get(columns[s][i][k]);
            add(at, rowPath + Problem.token(to), pathOf, "cohort.cell-range", strategy + ", from '" + states.get(i)
                + "' to '" + to + "': the transition " + (cells[s][i][k] == null ? "(the complement C) " : "")
                + "is " + badCellValue[i][k] + " at cycle " + badCell[i][k] + ", outside [0, 1]"
                + others(badCellCount[i][k]) + context);
          }
        }
        if (badRowCount[i] > 0) {
          add(at, rowPath, pathOf, "cohort.row-sum", strategy + ", from '" + states.get(i) + "': the row sums to "
              + badRowSum[i] + " at cycle " + badRow[i] + ", not 1 (within " + TOLERANCE + ")"
              + others(badRowCount[i]) + context);
        }
      }
      for (int v = 0; v < valueNames.size(); v++) {
        int lastV = valueUsesCycle[s][v] ? cycles : 1;
        for (int i = 0; i < n; i++) {
          int bad = 0;
          int first = 0;
          double badValue = 0;
          for (int t = 1; t <= lastV; t++) {
            double x = stateValues[s][v][i].eval(p, t);
            if (!Double.isFinite(x) && bad++ == 0) {
              first = t;
              badValue = x;
            }
          }
          if (bad > 0) {
            add(at, "/strategies/" + s + "/stateValues" + Problem.token(valueNames.get(v)) + Problem.token(states.get(i)),
                pathOf, "cohort.value-not-finite", strategy + ": the value '" + valueNames.get(v) + "' of state '"
                    + states.get(i) + "' is " + badValue + " at cycle " + first + others(bad) + context);
          }
        }
      }
    }
  }

  private static String others(int count) {
    return count > 1 ? " (and at " + (count - 1) + " other cycle" + (count == 2 ? "" : "s") + ")" : "";
  }

  private static void add(Problems at, String path, java.util.function.UnaryOperator<String> pathOf, String code,
      String message) {
    String where = pathOf == null ? path : pathOf.apply(path);
    at.addAll(List.of(new Problem(where, code, message)));
  }

  /** The parts of a prepared model, gathered while compiling. */
  private static final class Builder {
    List<String> states;
    List<String> strategies = new ArrayList<>();
    List<String> valueNames = new ArrayList<>();
    List<String> parameterNames = new ArrayList<>();
    List<ModelParameter> parameterDefinitions = new ArrayList<>();
    Expr[] parameterExprs;
    int[] order;
    int[][][] columns;
    Expr[][][] cells;
    Expr[][][] stateValues;
    double[] x0;
    int cycles;
    double cycleLength;
    Method method;
    double[] rates;
    boolean[] discountFirst;
    int costIndex = -1;
    int effectIndex = -1;
    double wtp;
  }

  /**
   * Checks and compiles a model. Problems go to {@code problems} with paths from the document's
   * root; the result is null when there are any.
   *
   * @param checkEvaluation whether to evaluate every cell at every cycle with the base values and
   *     with each range's low and high values
   */
  static PreparedCohort compile(List<String> states, List<Strategy> strategies, Map<String, ModelParameter> parameters,
      List<ValueDefinition> values, Map<String, Map<String, String>> sharedValues, Map<String, Double> initialCounts,
      int cycles, double cycleLength, Method method, Optional<String> cost, Optional<String> effect, double wtp,
      Problems problems, boolean checkEvaluation) {
    Builder b = new Builder();
    b.states = states;
    b.cycles = cycles;
    b.cycleLength = cycleLength;
    b.method = method;
    b.wtp = wtp;
    problems.at("cycles").check(cycles >= 1 && cycles <= MAX_CYCLES, "range",
        "the number of cycles is 1 to " + MAX_CYCLES + ", not " + cycles);
    // The size of the work, checked before any of it is done: the trace holds strategies x
    // (cycles + 1) x states counts, and each cycle evaluates every transition cell.
    long cells = 0;
    for (Strategy strategy : strategies) {
      for (Map<String, String> row : strategy.transitions().values()) {
        cells += row.size();
      }
    }
    long trace = (long) strategies.size() * (Math.max(cycles, 0) + 1L) * states.size();
    long work = (long) Math.max(cycles, 0) * (cells + (long) strategies.size() * states.size() * Math.max(values.size(), 1));
    if (!problems.at("states").check(states.size() <= MAX_STATES, "cohort.size",
        "a model has at most " + MAX_STATES + " states, not " + states.size())
        || !problems.check(trace <= MAX_TRACE, "cohort.size", "strategies x (cycles + 1) x states is " + trace
            + "; at most " + MAX_TRACE + " counts are computed")
        || !problems.check(work <= MAX_WORK, "cohort.size", "cycles x (transition cells + strategies x states x values) is "
            + work + "; at most " + MAX_WORK + " evaluations are made in one run")) {
      return null;
    }
    problems.at("cycleLength").check(cycleLength > 0 && Double.isFinite(cycleLength), "range",
        "the cycle length is a positive number of years, not " + cycleLength);
    problems.at("wtp").check(wtp >= 0 && Double.isFinite(wtp), "range",
        "the willingness to pay is a finite number, 0 or more, not " + wtp);
    Map<String, Integer> stateIndex = new HashMap<>();
    problems.at("states").check(!states.isEmpty(), "cohort.no-states", "a model has at least one state");
    for (int i = 0; i < states.size(); i++) {
      String s = states.get(i);
      Problems at = problems.at("states").at(i);
      if (s.isBlank()) {
        at.add("blank", "a state name is not blank");
      } else if (stateIndex.putIfAbsent(s, i) != null) {
        at.add("duplicate", "the state '" + s + "' is named twice");
      }
    }
    // Values and their discount rates.
    Map<String, Integer> valueIndex = new LinkedHashMap<>();
    problems.at("values").check(!values.isEmpty(), "cohort.no-values", "a model has at least one value, such as cost");
    b.rates = new double[values.size()];
    b.discountFirst = new boolean[values.size()];
    for (int v = 0; v < values.size(); v++) {
      ValueDefinition d = values.get(v);
      Problems at = problems.at("values").at(v);
      if (valueIndex.putIfAbsent(d.name(), v) != null) {
        at.at("name").add("duplicate", "the value '" + d.name() + "' is named twice");
      }
      b.valueNames.add(d.name());
      b.rates[v] = d.discountRate();
      b.discountFirst[v] = d.discountFirst();
      at.at("discountRate").check(d.discountRate() >= 0 && d.discountRate() <= 1, "range",
          "a discount rate is in [0, 1] (as heemod's discount() requires), not " + d.discountRate());
    }
    cost.ifPresent(c -> {
      if (problems.at("cost").check(valueIndex.containsKey(c), "unknown-value",
          "the cost '" + c + "' is not a value of the model; the values are: " + String.join(", ", valueIndex.keySet()))) {
        b.costIndex = valueIndex.get(c);
      }
    });
    effect.ifPresent(e -> {
      if (problems.at("effect").check(valueIndex.containsKey(e), "unknown-value",
          "the effect '" + e + "' is not a value of the model; the values are: " + String.join(", ", valueIndex.keySet()))) {
        b.effectIndex = valueIndex.get(e);
      }
    });
    if (cost.isPresent() != effect.isPresent()) {
      problems.at(cost.isPresent() ? "effect" : "cost").add("required",
          "incremental results name both the cost and the effect");
    }
    // Initial counts.
    b.x0 = new double[states.size()];
    double size = 0;
    for (Map.Entry<String, Double> e : initialCounts.entrySet()) {
      Problems at = problems.at("initialCounts").at(e.getKey());
      Integer i = stateIndex.get(e.getKey());
      double x = e.getValue();
      if (i == null) {
        at.add("unknown-state", "'" + e.getKey() + "' is not a state; the states are: " + String.join(", ", states));
      } else if (at.check(x >= 0 && Double.isFinite(x), "range", "an initial count is 0 or more, not " + x)) {
        b.x0[i] = x;
        size += x;
      }
    }
    if (problems.isEmpty() || size > 0 || initialCounts.isEmpty()) {
      problems.at("initialCounts").check(size > 0, "cohort.empty", "the cohort is empty: the initial counts sum to 0");
    }
    // Parameters.
    Map<String, Integer> parameterIndex = new LinkedHashMap<>();
    List<Expr> parameterExprs = new ArrayList<>();
    for (Map.Entry<String, ModelParameter> e : parameters.entrySet()) {
      String name = e.getKey();
      Problems at = problems.at("parameters").at(name);
      if (!NAME.matcher(name).matches() || RESERVED.contains(name)) {
        at.add("cohort.parameter-name", "'" + name + "' cannot name a parameter: a name is letters, digits, '_' and"
            + " '.', starting with a letter or '_', and not cycle, model_time or C");
      }
      parameterIndex.put(name, parameterIndex.size());
      b.parameterNames.add(name);
      b.parameterDefinitions.add(e.getValue());
      ModelParameter p = e.getValue();
      Expr expr = parse(p.value(), at.at("value"));
      if (expr != null && expr.usesCycle()) {
        at.at("value").add("cohort.parameter-cycle-time",
            "a parameter does not depend on the model time; use cycle in the cell or value instead");
      }
      parameterExprs.add(expr);
      p.low().ifPresent(x -> at.at("low").check(Double.isFinite(x), "range", "the low value is finite"));
      p.high().ifPresent(x -> at.at("high").check(Double.isFinite(x), "range", "the high value is finite"));
    }
    for (int i = 0; i < parameterExprs.size(); i++) {
      if (parameterExprs.get(i) != null) {
        unknownNames(parameterExprs.get(i), parameterIndex, problems.at("parameters").at(b.parameterNames.get(i)).at("value"));
      }
    }
    b.order = order(b.parameterNames, parameterExprs, parameterIndex, problems);
    b.parameterExprs = parameterExprs.toArray(new Expr[0]);
    // Shared state values.
    checkValueTable(sharedValues, problems.at("stateValues"), valueIndex, stateIndex, states);
    Map<String, Map<String, Expr>> shared = parseTable(sharedValues, problems.at("stateValues"), parameterIndex);
    // Strategies.
    problems.at("strategies").check(!strategies.isEmpty(), "cohort.no-strategies", "a model has at least one strategy");
    int n = states.size();
    b.columns = new int[strategies.size()][n][];
    b.cells = new Expr[strategies.size()][n][];
    b.stateValues = new Expr[strategies.size()][values.size()][n];
    Set<String> strategyNames = new HashSet<>();
    for (int s = 0; s < strategies.size(); s++) {
      Strategy strategy = strategies.get(s);
      Problems at = problems.at("strategies").at(s);
      if (strategy.name().isBlank()) {
        at.at("name").add("blank", "a strategy name is not blank");
      } else if (!strategyNames.add(strategy.name())) {
        at.at("name").add("duplicate", "the strategy '" + strategy.name() + "' is named twice");
      }
      b.strategies.add(strategy.name());
      Problems tr = at.at("transitions");
      for (String row : strategy.transitions().keySet()) {
        if (!stateIndex.containsKey(row)) {
          tr.at(row).add("unknown-state", "'" + row + "' is not a state; the states are: " + String.join(", ", states));
        }
      }
      for (int i = 0; i < n; i++) {
        String from = states.get(i);
        Map<String, String> row = strategy.transitions().get(from);
        if (row == null) {
          tr.add("cohort.row-missing", "strategy '" + strategy.name() + "' has no transitions from '" + from
              + "'; give its row (an absorbing state is {\"" + from + "\": 1})");
          b.columns[s][i] = new int[0];
          b.cells[s][i] = new Expr[0];
          continue;
        }
        List<Integer> cols = new ArrayList<>();
        List<Expr> exprs = new ArrayList<>();
        boolean complement = false;
        for (Map.Entry<String, String> cell : row.entrySet()) {
          Problems cellAt = tr.at(from).at(cell.getKey());
          Integer j = stateIndex.get(cell.getKey());
          if (j == null) {
            cellAt.add("unknown-state", "'" + cell.getKey() + "' is not a state; the states are: " + String.join(", ", states));
            continue;
          }
          if (cell.getValue().strip().equals("C")) {
            if (complement) {
              cellAt.add("cohort.complement-twice", "a row has at most one complement C");
              continue;
            }
            complement = true;
            cols.add(j);
            exprs.add(null);
            continue;
          }
          Expr e = parse(cell.getValue(), cellAt);
          if (e != null && unknownNames(e, parameterIndex, cellAt)) {
            cols.add(j);
            exprs.add(e);
          }
        }
        b.columns[s][i] = cols.stream().mapToInt(Integer::intValue).toArray();
        b.cells[s][i] = exprs.toArray(new Expr[0]);
      }
      checkValueTable(strategy.stateValues(), at.at("stateValues"), valueIndex, stateIndex, states);
      Map<String, Map<String, Expr>> own = parseTable(strategy.stateValues(), at.at("stateValues"), parameterIndex);
      for (int v = 0; v < values.size(); v++) {
        String value = values.get(v).name();
        for (int i = 0; i < n; i++) {
          String state = states.get(i);
          boolean given = strategy.stateValues().getOrDefault(value, Map.of()).containsKey(state)
              || sharedValues.getOrDefault(value, Map.of()).containsKey(state);
          Expr e = own.getOrDefault(value, Map.of()).get(state);
          if (e == null) {
            e = shared.getOrDefault(value, Map.of()).get(state);
          }
          if (!given) {
            at.at("stateValues").add("cohort.value-missing", "strategy '" + strategy.name() + "' has no value '" + value
                + "' for state '" + state + "'; give it here or in the model's stateValues");
          }
          b.stateValues[s][v][i] = e == null ? Expr.constant(Double.NaN) : e;
        }
      }
    }
    if (!problems.isEmpty()) {
      return null;
    }
    for (Expr e : b.parameterExprs) {
      e.bind(parameterIndex);
    }
    for (Expr[][] m : b.cells) {
      for (Expr[] row : m) {
        for (Expr e : row) {
          if (e != null) {
            e.bind(parameterIndex);
          }
        }
      }
    }
    for (Expr[][] m : b.stateValues) {
      for (Expr[] row : m) {
        for (Expr e : row) {
          e.bind(parameterIndex);
        }
      }
    }
    PreparedCohort prepared = new PreparedCohort(b);
    if (checkEvaluation) {
      double[] base = prepared.baseValues();
      prepared.check(base, problems, "", null);
      if (problems.isEmpty()) {
        for (int i = 0; i < b.parameterNames.size(); i++) {
          ModelParameter p = b.parameterDefinitions.get(i);
          if (p.hasRange()) {
            for (String bound : List.of("low", "high")) {
              double x = bound.equals("low") ? p.low().getAsDouble() : p.high().getAsDouble();
              double[] given = new double[base.length];
              Arrays.fill(given, Double.NaN);
              given[i] = x;
              String name = b.parameterNames.get(i);
              String boundPath = "/parameters" + Problem.token(name) + "/" + bound;
              prepared.check(prepared.resolve(given), problems, " with '" + name + "' at its " + bound + " value " + x,
                  path -> boundPath);
            }
          }
        }
      }
    }
    return problems.isEmpty() ? prepared : null;
  }

  private static Expr parse(String text, Problems at) {
    try {
      return Expr.parse(text);
    } catch (Expr.ParseError e) {
      String shown = text.length() <= 80 ? text : text.substring(0, 60) + "... (" + text.length() + " characters)";
      at.add("cohort.expression", "'" + shown + "' does not parse at position " + (e.position + 1) + ": " + e.getMessage());
      return null;
    }
  }

  private static boolean unknownNames(Expr e, Map<String, Integer> parameterIndex, Problems at) {
    boolean ok = true;
    for (String name : e.names()) {
      if (!parameterIndex.containsKey(name)) {
        at.add("cohort.unknown-parameter", "'" + name + "' is not a parameter"
            + (parameterIndex.isEmpty() ? " (the model has none)" : "; the parameters are: "
                + String.join(", ", parameterIndex.keySet())));
        ok = false;
      }
    }
    return ok;
  }

  private static void checkValueTable(Map<String, Map<String, String>> table, Problems at, Map<String, Integer> values,
      Map<String, Integer> states, List<String> stateNames) {
    table.forEach((value, row) -> {
      if (!values.containsKey(value)) {
        at.at(value).add("unknown-value", "'" + value + "' is not a value of the model; the values are: "
            + String.join(", ", values.keySet()));
      }
      for (String state : row.keySet()) {
        if (!states.containsKey(state)) {
          at.at(value).at(state).add("unknown-state", "'" + state + "' is not a state; the states are: "
              + String.join(", ", stateNames));
        }
      }
    });
  }

  private static Map<String, Map<String, Expr>> parseTable(Map<String, Map<String, String>> table, Problems at,
      Map<String, Integer> parameterIndex) {
    Map<String, Map<String, Expr>> out = new HashMap<>();
    table.forEach((value, row) -> row.forEach((state, text) -> {
      Problems cellAt = at.at(value).at(state);
      if (text.strip().equals("C")) {
        cellAt.add("cohort.expression", "the complement C is a cell of a transition matrix, not a state value");
        return;
      }
      Expr e = parse(text, cellAt);
      if (e != null && unknownNames(e, parameterIndex, cellAt)) {
        out.computeIfAbsent(value, k -> new HashMap<>()).put(state, e);
      }
    }));
    return out;
  }

  /**
   * A dependency order of the parameters; a cycle among them is a problem at each parameter on it.
   * Depth-first, with an explicit stack rather than recursion, so that a chain of any length (each
   * parameter naming the one before) cannot exhaust the thread's stack.
   */
  private static int[] order(List<String> names, List<Expr> exprs, Map<String, Integer> index, Problems problems) {
    int n = names.size();
    int[] state = new int[n]; // 0 new, 1 on the current path, 2 done
    int[][] uses = new int[n][];
    for (int i = 0; i < n; i++) {
      Expr e = exprs.get(i);
      uses[i] = e == null ? new int[0]
          : e.names().stream().map(index::get).filter(j -> j != null).mapToInt(Integer::intValue).toArray();
    }
    List<Integer> order = new ArrayList<>();
    Set<Integer> reported = new HashSet<>();
    int[] path = new int[n];
    int[] next = new int[n]; // for each parameter on the path, the next of its uses to visit
    Map<Integer, Integer> depthOf = new HashMap<>();
    for (int root = 0; root < n; root++) {
      if (state[root] != 0) {
        continue;
      }
      int top = 0;
      path[0] = root;
      next[0] = 0;
      state[root] = 1;
      depthOf.put(root, 0);
      while (top >= 0) {
        int i = path[top];
        if (next[top] < uses[i].length) {
          int j = uses[i][next[top]++];
          if (state[j] == 0) {
            top++;
            path[top] = j;
            next[top] = 0;
            state[j] = 1;
            depthOf.put(j, top);
          } else if (state[j] == 1) {
            List<String> loop = new ArrayList<>();
            for (int k = depthOf.get(j); k <= top; k++) {
              loop.add(names.get(path[k]));
            }
            loop.add(names.get(j));
            String text = loop.size() <= 11 ? String.join(" -> ", loop)
                : String.join(" -> ", loop.subList(0, 10)) + " -> ... -> " + names.get(j) + " (" + (loop.size() - 1) + " parameters)";
            for (int k = depthOf.get(j); k <= top; k++) {
              if (reported.add(path[k])) {
                problems.at("parameters").at(names.get(path[k])).at("value").add("cohort.parameter-cycle",
                    "the parameters depend on each other in a circle: " + text);
              }
            }
          }
        } else {
          state[i] = 2;
          depthOf.remove(i);
          order.add(i);
          top--;
        }
      }
    }
    return order.stream().mapToInt(Integer::intValue).toArray();
  }
}
