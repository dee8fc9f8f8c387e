package org.networkedcare.metrics.appraisal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.networkedcare.core.FinancialYear;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.core.validation.ValueStyle;

/**
 * One cost or benefit line of an option: who bears or receives it, what it is about, when it
 * happens and how sure we are of it.
 *
 * <p>Amounts are pounds a year in real prices at the appraisal's price base (unless {@link
 * #prices()} says otherwise); on a {@link ValueType#HEALTH} line they are QALYs a year. A line runs
 * either as {@link #amount()} every year from {@link #firstYear()} (default 1) to {@link
 * #lastYear()} (default the last year of the horizon), or as a {@link #profile()} of yearly amounts
 * from {@code firstYear} (default 0), or, for a benefit, as a {@link #derivation()} from a baseline
 * (years as for an amount). Capital lines name their years.
 *
 * <p>Adjustments, all applied to the line's yearly amounts before discounting: costs are multiplied
 * by {@code probability} (risk-register lines: expected cost), the optimism-bias uplift (capital
 * lines, from the line or the appraisal; operating lines only when the line gives one) and the
 * data-quality correction {@code 1 + c(grade)}; benefits by the additionality factors, {@code 1 −
 * benefitOptimismBias} and {@code 1 − b(grade)}.
 *
 * <p>Build with {@link #builder()}; every problem is reported at once, with JSON-pointer paths
 * relative to the line, when {@code build()} is called.
 */
@Value.Immutable
@ValueStyle
public abstract class Line {

  /** For the generated implementation only. */
  Line() {}

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Line} values. {@code build()} reports every missing or invalid field in one
   * {@link org.networkedcare.core.validation.ValidationException}. Not thread-safe: one builder per
   * thread.
   */
  public static final class Builder extends ImmutableLine.Builder {
    Builder() {}
  }

  /**
   * {@return the line's id, unique in its option; a line of the counterfactual and one of a network
   * option with the same id are one line seen under two options}
   */
  public abstract String id();

  /** {@return whether the line is a cost or a benefit} */
  public abstract LineType type();

  /** {@return the id of the organisation (or party, such as patients) that bears or receives it} */
  public abstract String organisation();

  /** {@return what the line is about} */
  public abstract Category category();

  /** {@return the Green Book kind of value; health lines are in QALYs} */
  public abstract ValueType valueType();

  /**
   * {@return whether the line is cash to a budget: a cash-releasing benefit, or a cash cost whose
   * avoidance releases cash; only fiscal lines can be}
   */
  @Value.Default
  public boolean cashReleasing() {
    return false;
  }

  /**
   * {@return the data-quality grade, 1 (independently audited, recent, local) to 5 (expert
   * judgement)}
   */
  public abstract int dataQuality();

  /** {@return whether the line is a capital cost (optimism bias applies by default)} */
  @Value.Default
  public boolean capital() {
    return false;
  }

  /** {@return the amount a year, for a line that is not a profile or a derivation} */
  public abstract Optional<Quantity> amount();

  /** {@return the yearly amounts from {@link #firstYear()}, for a profile line; empty otherwise} */
  public abstract List<Quantity> profile();

  /** {@return the first year of the line, from 0; default 1 (0 for a profile)} */
  public abstract OptionalInt firstYear();

  /** {@return the last year of the line; default the last year of the horizon} */
  public abstract OptionalInt lastYear();

  /**
   * {@return the price basis: {@code real} (the appraisal's price base), {@code nominal}, or a
   * financial year such as {@code 2023/24} whose real prices the amounts are in}
   */
  @Value.Default
  public String prices() {
    return "real";
  }

  /** {@return for a risk-register cost, the probability that it happens, in [0, 1]} */
  public abstract Optional<Quantity> probability();

  /** {@return the optimism bias of this cost line, replacing the appraisal's} */
  public abstract Optional<OptimismBias> optimismBias();

  /**
   * {@return the net optimism-bias reduction of this benefit line, in [0, 1], replacing the
   * appraisal's}
   */
  public abstract Optional<Quantity> benefitOptimismBias();

  /** {@return the additionality of this benefit line} */
  @Value.Default
  public Additionality additionality() {
    return Additionality.none();
  }

  /**
   * {@return the id of the baseline a line stated as money rests on (a benefit, or a cost the
   * counterfactual has and an option avoids)}
   */
  public abstract Optional<String> baseline();

  /** {@return how a benefit is derived from a baseline} */
  public abstract Optional<Derivation> derivation();

  /** {@return what the line is} */
  @Value.Default
  public String description() {
    return "";
  }

  /** {@return where the line's figures come from, or {@code illustrative}} */
  @Value.Default
  public String source() {
    return "";
  }

  /**
   * Checks what can be checked without the rest of the appraisal.
   *
   * @throws ValidationException with every problem, paths relative to the line
   */
  @Value.Check
  protected void check() {
    Problems p = Problems.collector();
    p.at("id").required(id());
    p.at("type").required(type());
    p.at("organisation").required(organisation());
    p.at("category").required(category());
    p.at("valueType").required(valueType());
    // A builder left a field unset: report every such field together, before the checks that
    // read them.
    p.throwIfAny();
    p.at("id").check(!id().isBlank(), "blank", "a line id is not blank");
    p.at("organisation").check(!organisation().isBlank(), "blank", "an organisation is named");
    p.at("dataQuality")
        .check(
            dataQuality() >= 1 && dataQuality() <= 5,
            "range",
            "the data-quality grade is 1 to 5, not " + dataQuality());
    p.at("cashReleasing")
        .check(
            !cashReleasing() || valueType() == ValueType.FISCAL,
            "line.cash-not-fiscal",
            "only a fiscal line can be cash-releasing");
    int forms =
        (amount().isPresent() ? 1 : 0)
            + (profile().isEmpty() ? 0 : 1)
            + (derivation().isPresent() ? 1 : 0);
    p.check(
        forms == 1,
        "line.form",
        "give exactly one of amount, profile and derivation; found " + forms);
    if (!profile().isEmpty()) {
      p.at("lastYear")
          .check(
              lastYear().isEmpty(),
              "line.profile-last-year",
              "a profile's last year follows from its length; leave lastYear out");
    }
    firstYear()
        .ifPresent(
            f -> p.at("firstYear").check(f >= 0, "range", "the first year is from 0, not " + f));
    if (firstYear().isPresent() && lastYear().isPresent()) {
      p.at("lastYear")
          .check(
              lastYear().getAsInt() >= firstYear().getAsInt(),
              "line.years",
              "the last year "
                  + lastYear().getAsInt()
                  + " is before the first year "
                  + firstYear().getAsInt());
    }
    if (type() == LineType.COST) {
      p.at("derivation")
          .check(
              derivation().isEmpty(),
              "line.cost-derivation",
              "only a benefit is derived from a baseline");
      p.at("additionality")
          .check(
              additionality().factors().isEmpty(),
              "line.cost-additionality",
              "additionality applies to benefits only");
      p.at("benefitOptimismBias")
          .check(
              benefitOptimismBias().isEmpty(),
              "line.cost-benefit-bias",
              "benefitOptimismBias applies to benefits only; a cost takes optimismBias");
      if (capital() && amount().isPresent()) {
        p.at("firstYear")
            .check(
                firstYear().isPresent() && lastYear().isPresent(),
                "line.capital-years",
                "a capital line names its years: give firstYear and lastYear, or a profile");
      }
    } else {
      p.at("capital").check(!capital(), "line.benefit-capital", "a benefit is not a capital line");
      p.at("probability")
          .check(
              probability().isEmpty(),
              "line.benefit-probability",
              "probability applies to risk-register costs; a benefit takes additionality");
      p.at("optimismBias")
          .check(
              optimismBias().isEmpty(),
              "line.benefit-optimism-bias",
              "a benefit takes benefitOptimismBias, a net reduction");
      if (derivation().isPresent()) {
        p.at("additionality")
            .at("deadweight")
            .check(
                additionality().deadweight().isEmpty(),
                "additionality.deadweight-twice",
                "a benefit derived from a baseline nets out the counterfactual already; a deadweight here would count it twice");
        p.at("baseline")
            .check(
                baseline().isEmpty(),
                "line.baseline-twice",
                "a derived benefit names its baseline in derivation.baseline");
      }
    }
    checkFraction(p.at("probability"), probability());
    checkFraction(p.at("benefitOptimismBias"), benefitOptimismBias());
    additionality()
        .factors()
        .forEach((name, q) -> checkFraction(p.at("additionality").at(name), Optional.of(q)));
    if (!prices().equals("real") && !prices().equals("nominal")) {
      p.at("prices").attempt(() -> FinancialYear.parse(prices()));
    }
    p.throwIfAny();
  }

  static void checkFraction(Problems at, Optional<Quantity> quantity) {
    if (quantity.isPresent() && quantity.get() instanceof Quantity.Fixed f) {
      at.check(
          f.value().signum() >= 0 && f.value().compareTo(BigDecimal.ONE) <= 0,
          "range",
          "a probability or share is a decimal in [0, 1], not " + f.value().toPlainString());
    }
  }
}
