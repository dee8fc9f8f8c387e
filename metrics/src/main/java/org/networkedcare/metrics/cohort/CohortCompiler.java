package org.networkedcare.metrics.cohort;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.Problems;

/**
 * Checks a cohort model and compiles it into a {@link PreparedCohort}: names the states, values and
 * parameters by index, parses every expression once and binds it to parameter indices, stores each
 * transition row as its given cells (one of them perhaps the complement {@code C}), orders the
 * parameters by their dependencies, and (on request) evaluates every cell and value at every cycle
 * with the base values and each range's bounds. Every problem is recorded, with its path from the
 * document's root, before it gives up. One compiler per model; not thread-safe.
 */
final class CohortCompiler {

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");
  private static final Set<String> RESERVED = Set.of(Expr.CYCLE, Expr.MODEL_TIME, "C");

  /** The most states a model has. */
  static final int MAX_STATES = 1_000;

  /**
   * The most state counts one run computes: strategies x (cycles + 1) x states (80 MB of doubles).
   */
  static final long MAX_TRACE = 10_000_000;

  /**
   * The most evaluations one run makes: cycles x (transition cells + strategies x states x values).
   */
  static final long MAX_WORK = 200_000_000;

  /**
   * The parts of a prepared model, gathered while compiling and read once by {@link
   * PreparedCohort}.
   */
  static final class Parts {
    List<String> states = List.of();
    final List<String> strategies = new ArrayList<>();
    final List<String> valueNames = new ArrayList<>();
    final List<String> parameterNames = new ArrayList<>();
    final List<ModelParameter> parameterDefinitions = new ArrayList<>();
    Expr[] parameterExprs = new Expr[0];
    int[] order = new int[0];
    int[][][] columns = new int[0][][];
    Expr[][][] cells = new Expr[0][][];
    Expr[][][] stateValues = new Expr[0][][];
    double[] x0 = new double[0];
    int cycles;
    double cycleLength;
    Method method = Method.LIFE_TABLE;
    double[] rates = new double[0];
    boolean[] discountFirst = new boolean[0];
    int costIndex = -1;
    int effectIndex = -1;
    double wtp;
  }

  private final Problems problems;
  private final Parts b = new Parts();
  private final Map<String, Integer> stateIndex = new HashMap<>();
  private final Map<String, Integer> valueIndex = new LinkedHashMap<>();
  private final Map<String, Integer> parameterIndex = new LinkedHashMap<>();

  private CohortCompiler(Problems problems) {
    this.problems = problems;
  }

  /**
   * Checks and compiles a model. Problems go to {@code problems} with paths from the document's
   * root; the result is empty when there are any.
   *
   * @param checkEvaluation whether to evaluate every cell at every cycle with the base values and
   *     with each range's low and high values
   */
  static Optional<PreparedCohort> compile(
      List<String> states,
      List<Strategy> strategies,
      Map<String, ModelParameter> parameters,
      List<ValueDefinition> values,
      Map<String, Map<String, String>> sharedValues,
      Map<String, Double> initialCounts,
      int cycles,
      double cycleLength,
      Method method,
      Optional<String> cost,
      Optional<String> effect,
      double wtp,
      Problems problems,
      boolean checkEvaluation) {
    CohortCompiler compiler = new CohortCompiler(problems);
    compiler.settings(cycles, cycleLength, method, wtp);
    if (!compiler.size(states, strategies, values, cycles)) {
      return Optional.empty();
    }
    compiler.states(states);
    compiler.values(values, cost, effect);
    compiler.initialCounts(initialCounts);
    compiler.parameters(parameters);
    compiler.strategies(strategies, sharedValues, values);
    if (!problems.isEmpty()) {
      return Optional.empty();
    }
    compiler.bind();
    PreparedCohort prepared = new PreparedCohort(compiler.b);
    if (checkEvaluation) {
      compiler.checkEvaluation(prepared);
    }
    return problems.isEmpty() ? Optional.of(prepared) : Optional.empty();
  }

  /**
   * Checks the size of the work before any of it is done: the trace holds strategies x (cycles + 1)
   * x states counts, and each cycle evaluates every transition cell and every state value.
   */
  private boolean size(
      List<String> states, List<Strategy> strategies, List<ValueDefinition> values, int cycles) {
    long cells = 0;
    for (Strategy strategy : strategies) {
      for (Map<String, String> row : strategy.transitions().values()) {
        cells += row.size();
      }
    }
    long trace = (long) strategies.size() * (Math.max(cycles, 0) + 1L) * states.size();
    long work =
        (long) Math.max(cycles, 0)
            * (cells + (long) strategies.size() * states.size() * Math.max(values.size(), 1));
    return problems
            .at("states")
            .check(
                states.size() <= MAX_STATES,
                "cohort.size",
                "a model has at most " + MAX_STATES + " states, not " + states.size())
        && problems.check(
            trace <= MAX_TRACE,
            "cohort.size",
            "strategies x (cycles + 1) x states is "
                + trace
                + "; at most "
                + MAX_TRACE
                + " counts are computed")
        && problems.check(
            work <= MAX_WORK,
            "cohort.size",
            "cycles x (transition cells + strategies x states x values) is "
                + work
                + "; at most "
                + MAX_WORK
                + " evaluations are made in one run");
  }

  private void settings(int cycles, double cycleLength, Method method, double wtp) {
    b.cycles = cycles;
    b.cycleLength = cycleLength;
    b.method = method;
    b.wtp = wtp;
    problems
        .at("cycles")
        .check(
            cycles >= 1 && cycles <= PreparedCohort.MAX_CYCLES,
            "range",
            "the number of cycles is 1 to " + PreparedCohort.MAX_CYCLES + ", not " + cycles);
    problems
        .at("cycleLength")
        .check(
            cycleLength > 0 && Double.isFinite(cycleLength),
            "range",
            "the cycle length is a positive number of years, not " + cycleLength);
    problems
        .at("wtp")
        .check(
            wtp >= 0 && Double.isFinite(wtp),
            "range",
            "the willingness to pay is a finite number, 0 or more, not " + wtp);
  }

  private void states(List<String> states) {
    b.states = states;
    problems
        .at("states")
        .check(!states.isEmpty(), "cohort.no-states", "a model has at least one state");
    for (int i = 0; i < states.size(); i++) {
      String s = states.get(i);
      Problems at = problems.at("states").at(i);
      if (s.isBlank()) {
        at.add("blank", "a state name is not blank");
      } else if (stateIndex.putIfAbsent(s, i) != null) {
        at.add("duplicate", "the state '" + s + "' is named twice");
      }
    }
  }

  /** Values and their discount rates; the cost and effect among them. */
  private void values(
      List<ValueDefinition> values, Optional<String> cost, Optional<String> effect) {
    problems
        .at("values")
        .check(
            !values.isEmpty(), "cohort.no-values", "a model has at least one value, such as cost");
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
      at.at("discountRate")
          .check(
              d.discountRate() >= 0 && d.discountRate() <= 1,
              "range",
              "a discount rate is in [0, 1] (as heemod's discount() requires), not "
                  + d.discountRate());
    }
    cost.ifPresent(
        c -> {
          if (problems
              .at("cost")
              .check(
                  valueIndex.containsKey(c),
                  "unknown-value",
                  "the cost '"
                      + c
                      + "' is not a value of the model; the values are: "
                      + String.join(", ", valueIndex.keySet()))) {
            b.costIndex = Objects.requireNonNull(valueIndex.get(c));
          }
        });
    effect.ifPresent(
        e -> {
          if (problems
              .at("effect")
              .check(
                  valueIndex.containsKey(e),
                  "unknown-value",
                  "the effect '"
                      + e
                      + "' is not a value of the model; the values are: "
                      + String.join(", ", valueIndex.keySet()))) {
            b.effectIndex = Objects.requireNonNull(valueIndex.get(e));
          }
        });
    if (cost.isPresent() != effect.isPresent()) {
      problems
          .at(cost.isPresent() ? "effect" : "cost")
          .add("required", "incremental results name both the cost and the effect");
    }
  }

  private void initialCounts(Map<String, Double> initialCounts) {
    b.x0 = new double[b.states.size()];
    double size = 0;
    for (Map.Entry<String, Double> e : initialCounts.entrySet()) {
      Problems at = problems.at("initialCounts").at(e.getKey());
      Integer i = stateIndex.get(e.getKey());
      double x = e.getValue();
      if (i == null) {
        at.add(
            "unknown-state",
            "'" + e.getKey() + "' is not a state; the states are: " + String.join(", ", b.states));
      } else if (at.check(
          x >= 0 && Double.isFinite(x), "range", "an initial count is 0 or more, not " + x)) {
        b.x0[i] = x;
        size += x;
      }
    }
    if (problems.isEmpty() || size > 0 || initialCounts.isEmpty()) {
      problems
          .at("initialCounts")
          .check(size > 0, "cohort.empty", "the cohort is empty: the initial counts sum to 0");
    }
  }

  /**
   * The parameters: names, expressions (a missing name or a dependency circle is a problem),
   * dependency order.
   */
  private void parameters(Map<String, ModelParameter> parameters) {
    List<Expr> parameterExprs = new ArrayList<>();
    for (Map.Entry<String, ModelParameter> e : parameters.entrySet()) {
      String name = e.getKey();
      Problems at = problems.at("parameters").at(name);
      if (!NAME.matcher(name).matches() || RESERVED.contains(name)) {
        at.add(
            "cohort.parameter-name",
            "'"
                + name
                + "' cannot name a parameter: a name is letters, digits, '_' and"
                + " '.', starting with a letter or '_', and not cycle, model_time or C");
      }
      parameterIndex.put(name, parameterIndex.size());
      b.parameterNames.add(name);
      b.parameterDefinitions.add(e.getValue());
      ModelParameter p = e.getValue();
      Expr expr = parse(p.value(), at.at("value"));
      if (expr != null && expr.usesCycle()) {
        at.at("value")
            .add(
                "cohort.parameter-cycle-time",
                "a parameter does not depend on the model time; use cycle in the cell or value instead");
      }
      parameterExprs.add(expr);
      p.low()
          .ifPresent(
              x -> at.at("low").check(Double.isFinite(x), "range", "the low value is finite"));
      p.high()
          .ifPresent(
              x -> at.at("high").check(Double.isFinite(x), "range", "the high value is finite"));
    }
    for (int i = 0; i < parameterExprs.size(); i++) {
      if (parameterExprs.get(i) != null) {
        unknownNames(
            parameterExprs.get(i),
            parameterIndex,
            problems.at("parameters").at(b.parameterNames.get(i)).at("value"));
      }
    }
    b.order = order(b.parameterNames, parameterExprs, parameterIndex, problems);
    b.parameterExprs = parameterExprs.toArray(new Expr[0]);
  }

  /** The model's shared state values, then each strategy's transitions and state values. */
  private void strategies(
      List<Strategy> strategies,
      Map<String, Map<String, String>> sharedValues,
      List<ValueDefinition> values) {
    List<String> states = b.states;
    checkValueTable(sharedValues, problems.at("stateValues"), valueIndex, stateIndex, states);
    Map<String, Map<String, Expr>> shared =
        parseTable(sharedValues, problems.at("stateValues"), parameterIndex);
    problems
        .at("strategies")
        .check(!strategies.isEmpty(), "cohort.no-strategies", "a model has at least one strategy");
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
      transitions(s, strategy, at.at("transitions"));
      checkValueTable(strategy.stateValues(), at.at("stateValues"), valueIndex, stateIndex, states);
      Map<String, Map<String, Expr>> own =
          parseTable(strategy.stateValues(), at.at("stateValues"), parameterIndex);
      for (int v = 0; v < values.size(); v++) {
        String value = values.get(v).name();
        for (int i = 0; i < n; i++) {
          String state = states.get(i);
          boolean given =
              strategy.stateValues().getOrDefault(value, Map.of()).containsKey(state)
                  || sharedValues.getOrDefault(value, Map.of()).containsKey(state);
          Expr e = own.getOrDefault(value, Map.of()).get(state);
          if (e == null) {
            e = shared.getOrDefault(value, Map.of()).get(state);
          }
          if (!given) {
            at.at("stateValues")
                .add(
                    "cohort.value-missing",
                    "strategy '"
                        + strategy.name()
                        + "' has no value '"
                        + value
                        + "' for state '"
                        + state
                        + "'; give it here or in the model's stateValues");
          }
          b.stateValues[s][v][i] = e == null ? Expr.constant(Double.NaN) : e;
        }
      }
    }
  }

  /**
   * One strategy's transition matrix, row by row: the given cells, at most one of them the
   * complement.
   */
  private void transitions(int s, Strategy strategy, Problems tr) {
    List<String> states = b.states;
    for (String row : strategy.transitions().keySet()) {
      if (!stateIndex.containsKey(row)) {
        tr.at(row)
            .add(
                "unknown-state",
                "'" + row + "' is not a state; the states are: " + String.join(", ", states));
      }
    }
    for (int i = 0; i < states.size(); i++) {
      String from = states.get(i);
      Map<String, String> row = strategy.transitions().get(from);
      if (row == null) {
        tr.add(
            "cohort.row-missing",
            "strategy '"
                + strategy.name()
                + "' has no transitions from '"
                + from
                + "'; give its row (an absorbing state is {\""
                + from
                + "\": 1})");
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
          cellAt.add(
              "unknown-state",
              "'"
                  + cell.getKey()
                  + "' is not a state; the states are: "
                  + String.join(", ", states));
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
  }

  /** Binds every expression to the parameters' indices. */
  private void bind() {
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
  }

  /**
   * Evaluates every cell and value at every cycle with the base values, then with each range's low
   * and high values.
   */
  private void checkEvaluation(PreparedCohort prepared) {
    double[] base = prepared.baseValues();
    prepared.check(base, problems, "", null);
    if (!problems.isEmpty()) {
      return;
    }
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
          prepared.check(
              prepared.resolve(given),
              problems,
              " with '" + name + "' at its " + bound + " value " + x,
              path -> boundPath);
        }
      }
    }
  }

  /** {@return the parsed expression, or null (a problem recorded) when it does not parse} */
  private static @Nullable Expr parse(String text, Problems at) {
    try {
      return Expr.parse(text);
    } catch (Expr.ParseError e) {
      String shown =
          text.length() <= 80
              ? text
              : text.substring(0, 60) + "... (" + text.length() + " characters)";
      at.add(
          "cohort.expression",
          "'" + shown + "' does not parse at position " + (e.position + 1) + ": " + e.getMessage());
      return null;
    }
  }

  private static boolean unknownNames(Expr e, Map<String, Integer> parameterIndex, Problems at) {
    boolean ok = true;
    for (String name : e.names()) {
      if (!parameterIndex.containsKey(name)) {
        at.add(
            "cohort.unknown-parameter",
            "'"
                + name
                + "' is not a parameter"
                + (parameterIndex.isEmpty()
                    ? " (the model has none)"
                    : "; the parameters are: " + String.join(", ", parameterIndex.keySet())));
        ok = false;
      }
    }
    return ok;
  }

  private static void checkValueTable(
      Map<String, Map<String, String>> table,
      Problems at,
      Map<String, Integer> values,
      Map<String, Integer> states,
      List<String> stateNames) {
    table.forEach(
        (value, row) -> {
          if (!values.containsKey(value)) {
            at.at(value)
                .add(
                    "unknown-value",
                    "'"
                        + value
                        + "' is not a value of the model; the values are: "
                        + String.join(", ", values.keySet()));
          }
          for (String state : row.keySet()) {
            if (!states.containsKey(state)) {
              at.at(value)
                  .at(state)
                  .add(
                      "unknown-state",
                      "'"
                          + state
                          + "' is not a state; the states are: "
                          + String.join(", ", stateNames));
            }
          }
        });
  }

  private static Map<String, Map<String, Expr>> parseTable(
      Map<String, Map<String, String>> table, Problems at, Map<String, Integer> parameterIndex) {
    Map<String, Map<String, Expr>> out = new HashMap<>();
    table.forEach(
        (value, row) ->
            row.forEach(
                (state, text) -> {
                  Problems cellAt = at.at(value).at(state);
                  if (text.strip().equals("C")) {
                    cellAt.add(
                        "cohort.expression",
                        "the complement C is a cell of a transition matrix, not a state value");
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
  private static int[] order(
      List<String> names, List<Expr> exprs, Map<String, Integer> index, Problems problems) {
    int n = names.size();
    int[] state = new int[n]; // 0 new, 1 on the current path, 2 done
    int[][] uses = new int[n][];
    for (int i = 0; i < n; i++) {
      Expr e = exprs.get(i);
      uses[i] =
          e == null
              ? new int[0]
              : e.names().stream()
                  .map(index::get)
                  .filter(j -> j != null)
                  .mapToInt(Integer::intValue)
                  .toArray();
    }
    List<Integer> order = new ArrayList<>();
    Set<Integer> reported = new HashSet<>();
    int[] path = new int[n];
    int[] next = new int[n]; // for each parameter on the path, the next of its uses to visit
    int[] depthOf = new int[n];
    for (int root = 0; root < n; root++) {
      if (state[root] != 0) {
        continue;
      }
      int top = 0;
      path[0] = root;
      next[0] = 0;
      state[root] = 1;
      depthOf[root] = 0;
      while (top >= 0) {
        int i = path[top];
        if (next[top] < uses[i].length) {
          int j = uses[i][next[top]++];
          if (state[j] == 0) {
            top++;
            path[top] = j;
            next[top] = 0;
            state[j] = 1;
            depthOf[j] = top;
          } else if (state[j] == 1) {
            List<String> loop = new ArrayList<>();
            for (int k = depthOf[j]; k <= top; k++) {
              loop.add(names.get(path[k]));
            }
            loop.add(names.get(j));
            String text =
                loop.size() <= 11
                    ? String.join(" -> ", loop)
                    : String.join(" -> ", loop.subList(0, 10))
                        + " -> ... -> "
                        + names.get(j)
                        + " ("
                        + (loop.size() - 1)
                        + " parameters)";
            for (int k = depthOf[j]; k <= top; k++) {
              if (reported.add(path[k])) {
                problems
                    .at("parameters")
                    .at(names.get(path[k]))
                    .at("value")
                    .add(
                        "cohort.parameter-cycle",
                        "the parameters depend on each other in a circle: " + text);
              }
            }
          }
        } else {
          state[i] = 2;
          order.add(i);
          top--;
        }
      }
    }
    return order.stream().mapToInt(Integer::intValue).toArray();
  }
}
