package org.networkedcare.metrics.cohort;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
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
  private final boolean[][] rowUsesCycle; // [strategy][row]: a cell of the row reads the cycle
  private final boolean[][][] cellUsesCycle; // [strategy][row][k]
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

  PreparedCohort(CohortCompiler.Parts b) {
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
    rowUsesCycle = new boolean[strategies.size()][];
    cellUsesCycle = new boolean[strategies.size()][][];
    valueUsesCycle = new boolean[strategies.size()][valueNames.size()];
    for (int s = 0; s < strategies.size(); s++) {
      rowUsesCycle[s] = new boolean[cells[s].length];
      cellUsesCycle[s] = new boolean[cells[s].length][];
      for (int i = 0; i < cells[s].length; i++) {
        Expr[] row = cells[s][i];
        cellUsesCycle[s][i] = new boolean[row.length];
        for (int k = 0; k < row.length; k++) {
          boolean uses = row[k] != null && row[k].usesCycle();
          cellUsesCycle[s][i][k] = uses;
          rowUsesCycle[s][i] |= uses;
        }
        matrixUsesCycle[s] |= rowUsesCycle[s][i];
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
      parameterDefinitions
          .get(i)
          .distribution()
          .ifPresent(d -> distributions.put(parameterNames.get(index), d));
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
    if (parameters.length != parameterNames.size()
        || outputs.length != strategies.size() * valueNames.size()) {
      throw new IllegalArgumentException(
          "expected "
              + parameterNames.size()
              + " parameters and "
              + strategies.size() * valueNames.size()
              + " outputs");
    }
    double[] p = resolve(parameters);
    int nv = valueNames.size();
    double[] totals = new double[nv];
    for (int s = 0; s < strategies.size(); s++) {
      Arrays.fill(totals, 0);
      simulate(s, p, null, totals);
      System.arraycopy(totals, 0, outputs, s * nv, nv);
    }
  }

  /**
   * {@return the discounted totals for the whole cohort under the model's method, by strategy and
   * value}
   *
   * @param parameters one value per parameter, {@code NaN} for "as defined"
   * @throws CancellationException if the calling thread is interrupted (its interrupt stays set)
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
   * @throws CancellationException if the calling thread is interrupted (its interrupt stays set)
   */
  public CohortResult run(double[] parameters) {
    double[] p = resolve(parameters);
    double[][][] trace = new double[strategies.size()][][];
    double[][][][] amounts = new double[strategies.size()][][][];
    for (int s = 0; s < strategies.size(); s++) {
      trace[s] = new double[cycles + 1][];
      amounts[s] = simulate(s, p, trace[s], null);
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
   * The cycle loop looks at the thread's interrupt at cycle 1 and every 1024 cycles after ({@code t
   * & CANCEL_EVERY == 1}).
   */
  private static final int CANCEL_EVERY = 1023;

  /**
   * Runs one strategy: the trace into {@code trace} (rows 0..T) when given, and the undiscounted
   * amount of every value in every cycle under each method, [method][t - 1][value]; or, when {@code
   * totals} is given, only the discounted total of each value under the model's method added into
   * it, cycle by cycle in the order a sum over the amounts would take (the same bits), and nothing
   * kept per cycle (the probabilistic analysis's path: no allocation per cycle).
   */
  private double[][][] simulate(
      int s, double[] p, double @Nullable [][] trace, double @Nullable [] totals) {
    int n = states.size();
    int nv = valueNames.size();
    int kept = totals == null ? cycles : 0;
    double[][] amounts0 = new double[kept][nv];
    double[][] amounts1 = new double[kept][nv];
    double[][] amounts2 = new double[kept][nv];
    int m = method.ordinal();
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
      if ((t & CANCEL_EVERY) == 1 && Thread.currentThread().isInterrupted()) {
        throw new CancellationException("interrupted at cycle " + t);
      }
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
        double half = (begin + end) / 2;
        if (totals != null) {
          totals[v] += (m == 0 ? begin : m == 1 ? end : half) * discount[v][t - 1];
        } else {
          amounts0[t - 1][v] = begin;
          amounts1[t - 1][v] = end;
          amounts2[t - 1][v] = half;
        }
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

  /**
   * Evaluates the transition matrix at cycle t into {@code matrix}: every cell at the first cycle;
   * after it only the cells that read the cycle, the others keeping their values (a row none of
   * whose cells reads the cycle is left as it is, already checked).
   */
  private void evalMatrix(int s, double[] p, int t, double[][] matrix) {
    boolean first = t == 1;
    for (int i = 0; i < matrix.length; i++) {
      if (!first && !rowUsesCycle[s][i]) {
        continue;
      }
      Expr[] row = cells[s][i];
      boolean[] uses = cellUsesCycle[s][i];
      double[] out = matrix[i];
      double sum = 0;
      int complement = -1;
      for (int k = 0; k < row.length; k++) {
        Expr cell = row[k];
        if (cell == null) {
          complement = k;
        } else {
          if (first || uses[k]) {
            out[k] = cell.eval(p, t);
          }
          sum += out[k];
        }
      }
      if (complement >= 0) {
        out[complement] = 1 - sum;
        sum += out[complement];
      }
      for (int k = 0; k < row.length; k++) {
        if (!(out[k] >= -TOLERANCE && out[k] <= 1 + TOLERANCE)) {
          throw invalid(
              s,
              i,
              columns[s][i][k],
              "cell-range",
              "the transition is " + out[k] + " at cycle " + t + ", outside [0, 1]");
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
        throw new ValidationException(
            "/strategies/"
                + s
                + "/stateValues"
                + Problem.token(valueNames.get(v))
                + Problem.token(states.get(i)),
            "cohort.value-not-finite",
            "the value '"
                + valueNames.get(v)
                + "' of state '"
                + states.get(i)
                + "' in strategy '"
                + strategies.get(s)
                + "' is "
                + out[i]
                + " at cycle "
                + t
                + " with these parameter values");
      }
    }
  }

  private ValidationException invalid(int s, int row, int column, String code, String message) {
    String path =
        "/strategies/"
            + s
            + "/transitions"
            + Problem.token(states.get(row))
            + (column >= 0 ? Problem.token(states.get(column)) : "");
    return new ValidationException(
        path,
        "cohort." + code,
        "strategy '"
            + strategies.get(s)
            + "', from '"
            + states.get(row)
            + "'"
            + (column >= 0 ? " to '" + states.get(column) + "'" : "")
            + ": "
            + message
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
  void check(double[] p, Problems at, String context, @Nullable UnaryOperator<String> pathOf) {
    for (int i = 0; i < p.length; i++) {
      if (!Double.isFinite(p[i])) {
        add(
            at,
            "/parameters" + Problem.token(parameterNames.get(i)) + "/value",
            pathOf,
            "cohort.not-finite",
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
            add(
                at,
                rowPath + Problem.token(to),
                pathOf,
                "cohort.cell-range",
                strategy
                    + ", from '"
                    + states.get(i)
                    + "' to '"
                    + to
                    + "': the transition "
                    + (cells[s][i][k] == null ? "(the complement C) " : "")
                    + "is "
                    + badCellValue[i][k]
                    + " at cycle "
                    + badCell[i][k]
                    + ", outside [0, 1]"
                    + others(badCellCount[i][k])
                    + context);
          }
        }
        if (badRowCount[i] > 0) {
          add(
              at,
              rowPath,
              pathOf,
              "cohort.row-sum",
              strategy
                  + ", from '"
                  + states.get(i)
                  + "': the row sums to "
                  + badRowSum[i]
                  + " at cycle "
                  + badRow[i]
                  + ", not 1 (within "
                  + TOLERANCE
                  + ")"
                  + others(badRowCount[i])
                  + context);
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
            add(
                at,
                "/strategies/"
                    + s
                    + "/stateValues"
                    + Problem.token(valueNames.get(v))
                    + Problem.token(states.get(i)),
                pathOf,
                "cohort.value-not-finite",
                strategy
                    + ": the value '"
                    + valueNames.get(v)
                    + "' of state '"
                    + states.get(i)
                    + "' is "
                    + badValue
                    + " at cycle "
                    + first
                    + others(bad)
                    + context);
          }
        }
      }
    }
  }

  private static String others(int count) {
    return count > 1
        ? " (and at " + (count - 1) + " other cycle" + (count == 2 ? "" : "s") + ")"
        : "";
  }

  private static void add(
      Problems at,
      String path,
      @Nullable UnaryOperator<String> pathOf,
      String code,
      String message) {
    String where = pathOf == null ? path : pathOf.apply(path);
    at.addAll(List.of(new Problem(where, code, message)));
  }
}
