package org.networkedcare.metrics.cohort;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.metrics.appraisal.Category;
import org.networkedcare.metrics.appraisal.Line;
import org.networkedcare.metrics.appraisal.LineType;
import org.networkedcare.metrics.appraisal.Quantity;
import org.networkedcare.metrics.appraisal.ValueType;

/**
 * Linking a cohort model to an appraisal: a strategy's per-cycle values become yearly profile lines
 * of an appraisal option, attributed to the organisations that bear them.
 *
 * <p>The lines carry the <em>undiscounted</em> amounts of each cycle under the model's method: the
 * appraisal discounts them itself, money on its cash schedule and QALYs on its health schedule,
 * from year 0, instead of the model's rate. Cycle t is appraisal year {@code firstYear + t - 1}
 * (year t − 1 by default), so a model rate r and an appraisal rate r give the same present value:
 * heemod's (1 + r)^-(t - 1) is the appraisal's factor for year t − 1. The cycle length must be one
 * year. Money is rounded to pence at this boundary (half-even); QALYs are passed as the shortest
 * decimal of the double. Each line's description says all this.
 *
 * <p>Use the same line ids in the counterfactual and in the network option: the appraisal then
 * pairs the two lines, and the option's incremental cost or QALYs are what the model says they are.
 */
public final class CohortLink {

  private CohortLink() {}

  /**
   * Who bears a share of a value.
   *
   * @param organisation the appraisal party's id
   * @param share the share, in (0, 1]; the shares of one rule sum to 1
   */
  public record Attribution(String organisation, double share) {

    /**
     * Checks the organisation is present.
     *
     * @param organisation the party's id
     * @param share the share
     */
    public Attribution {
      Objects.requireNonNull(organisation, "organisation");
    }
  }

  /**
   * How one value of the model becomes appraisal lines: one line per attribution, with id {@code
   * lineId} when there is one attribution and {@code lineId.organisation} otherwise.
   *
   * @param value the model's value, such as {@code cost}
   * @param lineId the id of the line (or the stem of the ids)
   * @param type cost or benefit (QALYs are benefits)
   * @param valueType the Green Book value type; {@link ValueType#HEALTH} for QALYs
   * @param category what the line is about
   * @param dataQuality the data-quality grade, 1 to 5
   * @param attributions who bears it, and what share
   * @param scale a factor on every amount, such as the number of cohorts a year that the model's
   *     one cohort stands for; 1 for the cohort as modelled
   */
  public record Rule(
      String value,
      String lineId,
      LineType type,
      ValueType valueType,
      Category category,
      int dataQuality,
      List<Attribution> attributions,
      double scale) {

    /**
     * Copies the attributions.
     *
     * @param value the model's value
     * @param lineId the line id
     * @param type cost or benefit
     * @param valueType the value type
     * @param category the category
     * @param dataQuality the grade
     * @param attributions who bears it
     * @param scale a factor on every amount
     */
    public Rule {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(lineId, "lineId");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(valueType, "valueType");
      Objects.requireNonNull(category, "category");
      attributions = List.copyOf(attributions);
    }

    /**
     * {@return a rule for a fiscal cost borne by one organisation}
     *
     * @param value the model's value
     * @param lineId the line id
     * @param organisation who bears it
     */
    public static Rule cost(String value, String lineId, String organisation) {
      return new Rule(
          value,
          lineId,
          LineType.COST,
          ValueType.FISCAL,
          Category.ACCESS,
          3,
          List.of(new Attribution(organisation, 1)),
          1);
    }

    /**
     * {@return a rule for QALYs received by one party (usually patients)}
     *
     * @param value the model's value
     * @param lineId the line id
     * @param party who receives them
     */
    public static Rule health(String value, String lineId, String party) {
      return new Rule(
          value,
          lineId,
          LineType.BENEFIT,
          ValueType.HEALTH,
          Category.ACCESS,
          3,
          List.of(new Attribution(party, 1)),
          1);
    }
  }

  /**
   * {@return the appraisal lines of one strategy}
   *
   * @param result the cohort model's result
   * @param strategy the strategy's name
   * @param firstYear the appraisal year of cycle 1 (0 by default)
   * @param rules how each value becomes lines
   * @throws ValidationException with every problem of the rules (paths {@code /i/...}), or if the
   *     cycle length is not one year
   */
  public static List<Line> lines(
      CohortResult result, String strategy, int firstYear, List<Rule> rules) {
    Problems problems = Problems.collector();
    int s = result.strategies().indexOf(strategy);
    problems
        .at("strategy")
        .check(
            s >= 0,
            "unknown-strategy",
            "'"
                + strategy
                + "' is not a strategy; the strategies are: "
                + String.join(", ", result.strategies()));
    problems
        .at("firstYear")
        .check(firstYear >= 0, "range", "the first year is from 0, not " + firstYear);
    problems
        .at("cycleLength")
        .check(
            result.cycleLength() == 1,
            "cohort.link-cycle-length",
            "an appraisal's lines are yearly; link a model whose cycle is one year, not "
                + result.cycleLength());
    for (int r = 0; r < rules.size(); r++) {
      Rule rule = rules.get(r);
      Problems at = problems.at(r);
      at.at("value")
          .check(
              result.valueNames().contains(rule.value()),
              "unknown-value",
              "'"
                  + rule.value()
                  + "' is not a value of the model; the values are: "
                  + String.join(", ", result.valueNames()));
      at.at("scale")
          .check(
              rule.scale() >= 0 && Double.isFinite(rule.scale()),
              "range",
              "the scale is 0 or more");
      double sum = 0;
      for (int a = 0; a < rule.attributions().size(); a++) {
        double share = rule.attributions().get(a).share();
        at.at("attributions")
            .at(a)
            .at("share")
            .check(share > 0 && share <= 1, "range", "a share is in (0, 1], not " + share);
        sum += share;
      }
      at.at("attributions")
          .check(
              !rule.attributions().isEmpty() && Math.abs(sum - 1) <= 1e-9,
              "cohort.link-shares",
              "the shares sum to 1, not " + sum);
    }
    problems.throwIfAny();
    List<Line> lines = new ArrayList<>();
    for (int r = 0; r < rules.size(); r++) {
      Rule rule = rules.get(r);
      int v = result.valueNames().indexOf(rule.value());
      boolean money = rule.valueType() != ValueType.HEALTH;
      for (Attribution a : rule.attributions()) {
        List<Quantity> profile = new ArrayList<>();
        for (int t = 1; t <= result.cycles(); t++) {
          double x = result.undiscounted(s, result.method(), t, v) * rule.scale() * a.share();
          BigDecimal amount = BigDecimal.valueOf(x);
          profile.add(Quantity.of(money ? amount.setScale(2, RoundingMode.HALF_EVEN) : amount));
        }
        int finalR = r;
        lines.add(
            problems
                .at(finalR)
                .attempt(
                    () ->
                        Line.builder()
                            .id(
                                rule.attributions().size() == 1
                                    ? rule.lineId()
                                    : rule.lineId() + "." + a.organisation())
                            .type(rule.type())
                            .organisation(a.organisation())
                            .category(rule.category())
                            .valueType(rule.valueType())
                            .dataQuality(rule.dataQuality())
                            .firstYear(firstYear)
                            .addAllProfile(profile)
                            .description(
                                "cohort model, strategy '"
                                    + strategy
                                    + "', value '"
                                    + rule.value()
                                    + "'"
                                    + (a.share() == 1 ? "" : ", share " + a.share())
                                    + ": undiscounted amounts per cycle ("
                                    + result.method().id()
                                    + "), cycle t in year "
                                    + firstYear
                                    + " + t - 1; discounted by the appraisal's "
                                    + (money ? "cash" : "health")
                                    + " schedule, not the model's rate")
                            .build())
                .orElse(null));
      }
    }
    problems.throwIfAny();
    return List.copyOf(lines);
  }
}
