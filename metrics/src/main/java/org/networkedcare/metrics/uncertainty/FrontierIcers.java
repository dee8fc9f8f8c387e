package org.networkedcare.metrics.uncertainty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Frontier ICERs (incremental cost-effectiveness ratios) on the mean costs and effects, with
 * dampack's semantics ({@code calculate_icers}, dampack 1.0.2). Immutable.
 *
 * <ol>
 *   <li>Options are ordered by mean cost ascending, then mean effect descending, then the given
 *       order.
 *   <li>Strong dominance: an option is {@link Status#DOMINATED} when an option before it in that
 *       order has an equal or higher effect (so it costs at least as much for no more effect).
 *   <li>Extended dominance, repeated until nothing changes: among the options still non-dominated,
 *       with ICERs each against the previous one, every option whose ICER exceeds the next one's is
 *       {@link Status#EXTENDEDLY_DOMINATED} (all such options of a pass at once).
 *   <li>The remaining options are the frontier, {@link Status#NON_DOMINATED}; each has incremental
 *       cost, effect and ICER against the previous frontier option, the first none.
 * </ol>
 *
 * <p>Rows come non-dominated first (frontier order), then extendedly dominated, then dominated,
 * each group in cost order. Dominated rows have no incremental values.
 */
public final class FrontierIcers {

  /** How an option stands in the frontier analysis. */
  public enum Status {
    /** On the cost-effectiveness frontier. */
    NON_DOMINATED,
    /** Another option costs no more and gives at least as much effect (strong dominance). */
    DOMINATED,
    /** A mix of the frontier options on either side would do better (extended dominance). */
    EXTENDEDLY_DOMINATED
  }

  /**
   * One option's row.
   *
   * @param option the option name
   * @param cost mean cost, money
   * @param effect mean effect, health units
   * @param incrementalCost cost minus the previous frontier option's; empty for the first frontier
   *     option and for dominated options
   * @param incrementalEffect effect minus the previous frontier option's; empty likewise
   * @param icer incremental cost divided by incremental effect, money per unit of effect; empty
   *     likewise, and when the quotient is beyond a double's range
   * @param status how the option stands
   */
  public record Row(
      String option,
      double cost,
      double effect,
      OptionalDouble incrementalCost,
      OptionalDouble incrementalEffect,
      OptionalDouble icer,
      Status status) {

    /**
     * Checks that nothing is null.
     *
     * @param option the option name
     * @param cost mean cost, money
     * @param effect mean effect, health units
     * @param incrementalCost incremental cost, or empty
     * @param incrementalEffect incremental effect, or empty
     * @param icer the ICER, or empty
     * @param status how the option stands
     */
    public Row {
      Objects.requireNonNull(option, "option");
      Objects.requireNonNull(incrementalCost, "incrementalCost");
      Objects.requireNonNull(incrementalEffect, "incrementalEffect");
      Objects.requireNonNull(icer, "icer");
      Objects.requireNonNull(status, "status");
    }
  }

  private final List<Row> rows;

  private FrontierIcers(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  /**
   * Runs the frontier analysis on a sample's mean costs and effects.
   *
   * @param sample the sample
   * @return the analysis
   * @throws NullPointerException if the sample is null
   */
  public static FrontierIcers of(CostEffectivenessSample sample) {
    Objects.requireNonNull(sample, "sample");
    int m = sample.optionCount();
    double[] cost = new double[m];
    double[] effect = new double[m];
    for (int j = 0; j < m; j++) {
      cost[j] = sample.meanCost(j);
      effect[j] = sample.meanEffect(j);
    }
    return of(sample.options(), cost, effect);
  }

  /** The frontier analysis of options' mean costs and effects (given in the options' order). */
  static FrontierIcers of(List<String> options, double[] cost, double[] effect) {
    int m = options.size();
    List<Integer> order = new ArrayList<>();
    for (int j = 0; j < m; j++) {
      order.add(j);
    }
    order.sort(
        Comparator.<Integer>comparingDouble(j -> cost[j])
            .thenComparing(Comparator.<Integer>comparingDouble(j -> effect[j]).reversed()));

    Status[] status = new Status[m];
    for (int a = 0; a < m; a++) {
      for (int b = a + 1; b < m; b++) {
        if (effect[order.get(b)] <= effect[order.get(a)]) {
          status[order.get(b)] = Status.DOMINATED;
        }
      }
    }
    List<Integer> frontier;
    while (true) {
      frontier = new ArrayList<>();
      for (int j : order) {
        if (status[j] == null) {
          frontier.add(j);
        }
      }
      if (frontier.size() <= 2) {
        break;
      }
      List<Integer> extended = new ArrayList<>();
      for (int i = 1; i < frontier.size() - 1; i++) {
        if (icer(frontier, i, cost, effect) > icer(frontier, i + 1, cost, effect)) {
          extended.add(frontier.get(i));
        }
      }
      if (extended.isEmpty()) {
        break;
      }
      for (int j : extended) {
        status[j] = Status.EXTENDEDLY_DOMINATED;
      }
    }

    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < frontier.size(); i++) {
      int j = frontier.get(i);
      if (i == 0) {
        rows.add(
            new Row(
                options.get(j),
                cost[j],
                effect[j],
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                Status.NON_DOMINATED));
      } else {
        int p = frontier.get(i - 1);
        double dc = cost[j] - cost[p];
        double de = effect[j] - effect[p];
        rows.add(
            new Row(
                options.get(j),
                cost[j],
                effect[j],
                OptionalDouble.of(dc),
                OptionalDouble.of(de),
                Double.isFinite(dc / de) ? OptionalDouble.of(dc / de) : OptionalDouble.empty(),
                Status.NON_DOMINATED));
      }
    }
    for (Status kind : List.of(Status.EXTENDEDLY_DOMINATED, Status.DOMINATED)) {
      for (int j : order) {
        if (status[j] == kind) {
          rows.add(
              new Row(
                  options.get(j),
                  cost[j],
                  effect[j],
                  OptionalDouble.empty(),
                  OptionalDouble.empty(),
                  OptionalDouble.empty(),
                  kind));
        }
      }
    }
    return new FrontierIcers(rows);
  }

  /** The ICER of frontier[i] against frontier[i - 1]. */
  private static double icer(List<Integer> frontier, int i, double[] cost, double[] effect) {
    int j = frontier.get(i);
    int p = frontier.get(i - 1);
    return (cost[j] - cost[p]) / (effect[j] - effect[p]);
  }

  /**
   * {@return the rows: non-dominated in frontier order, then extendedly dominated, then dominated}
   */
  public List<Row> rows() {
    return rows;
  }

  /** {@return the non-dominated rows, in frontier order (cost ascending)} */
  public List<Row> frontier() {
    return rows.stream().filter(r -> r.status() == Status.NON_DOMINATED).toList();
  }
}
