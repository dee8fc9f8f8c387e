package org.networkedcare.metrics.cohort;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One-way deterministic sensitivity analysis (heemod's {@code run_dsa}): for each parameter with a
 * range, in the order defined, the model's totals with that parameter at its low and then its high
 * value and every other parameter as defined (expressions of the varied parameter follow it), under
 * the model's method.
 *
 * <p>{@link #rows()} are in the order of {@code dsa.csv}: parameter as defined, bound ({@code low}
 * first), strategy, value; totals for the whole cohort. {@link #bars()} rank the parameters by the
 * swing of the incremental net monetary benefit or ICER (the model's {@link DsaRanking}) of each
 * strategy after the first against the first.
 */
public final class DsaResult {

  /**
   * One total of the analysis.
   *
   * @param parameter the parameter varied
   * @param bound {@code low} or {@code high}
   * @param parameterValue the parameter's value
   * @param strategy the strategy
   * @param value the value
   * @param total the discounted total for the whole cohort
   */
  public record Row(
      String parameter,
      String bound,
      double parameterValue,
      String strategy,
      String value,
      double total) {}

  /**
   * One bar of the tornado: a parameter's effect on one comparison.
   *
   * @param parameter the parameter
   * @param strategy the strategy compared with the first
   * @param low the incremental NMB or ICER with the parameter at its low value ({@code NaN} for an
   *     ICER whose incremental effect is 0)
   * @param high the same at its high value
   * @param swing {@code |high - low|}; {@code NaN} when either is
   */
  public record Bar(String parameter, String strategy, double low, double high, double swing) {}

  private final List<Row> rows;
  private final List<Bar> bars;
  private final DsaRanking ranking;

  private DsaResult(List<Row> rows, List<Bar> bars, DsaRanking ranking) {
    this.rows = List.copyOf(rows);
    this.bars = List.copyOf(bars);
    this.ranking = ranking;
  }

  static DsaResult of(CohortModel model, PreparedCohort prepared) {
    List<Row> rows = new ArrayList<>();
    List<Bar> bars = new ArrayList<>();
    List<String> names = prepared.parameterNames();
    int c = prepared.costIndex();
    int e = prepared.effectIndex();
    for (int i = 0; i < names.size(); i++) {
      ModelParameter p = Objects.requireNonNull(model.parameters().get(names.get(i)));
      if (!p.hasRange()) {
        continue;
      }
      double[][][] totals = new double[2][][];
      double[] at = {p.low().getAsDouble(), p.high().getAsDouble()};
      for (int b = 0; b < 2; b++) {
        double[] given = new double[names.size()];
        Arrays.fill(given, Double.NaN);
        given[i] = at[b];
        totals[b] = prepared.totals(given);
        for (int s = 0; s < prepared.strategies().size(); s++) {
          for (int v = 0; v < prepared.valueNames().size(); v++) {
            rows.add(
                new Row(
                    names.get(i),
                    b == 0 ? "low" : "high",
                    at[b],
                    prepared.strategies().get(s),
                    prepared.valueNames().get(v),
                    totals[b][s][v]));
          }
        }
      }
      if (c >= 0 && e >= 0) {
        double n = prepared.cohortSize();
        for (int s = 1; s < prepared.strategies().size(); s++) {
          double[] metric = new double[2];
          for (int b = 0; b < 2; b++) {
            double dc = (totals[b][s][c] - totals[b][0][c]) / n;
            double de = (totals[b][s][e] - totals[b][0][e]) / n;
            metric[b] =
                model.dsaRanking() == DsaRanking.NMB
                    ? model.wtp() * de - dc
                    : de == 0 ? Double.NaN : dc / de;
          }
          bars.add(
              new Bar(
                  names.get(i),
                  prepared.strategies().get(s),
                  metric[0],
                  metric[1],
                  Math.abs(metric[1] - metric[0])));
        }
      }
    }
    List<String> strategies = prepared.strategies();
    bars.sort(
        Comparator.comparingInt((Bar b) -> strategies.indexOf(b.strategy()))
            .thenComparingDouble(
                b -> Double.isNaN(b.swing()) ? Double.POSITIVE_INFINITY : -b.swing()));
    return new DsaResult(rows, bars, model.dsaRanking());
  }

  /** {@return the totals, in the order of {@code dsa.csv}} */
  public List<Row> rows() {
    return rows;
  }

  /**
   * {@return the tornado bars: by strategy compared, then by swing, largest first, undefined swings
   * last}
   */
  public List<Bar> bars() {
    return bars;
  }

  /** {@return what the bars' swings measure} */
  public DsaRanking ranking() {
    return ranking;
  }
}
