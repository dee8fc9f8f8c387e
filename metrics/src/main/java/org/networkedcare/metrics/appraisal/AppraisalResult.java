package org.networkedcare.metrics.appraisal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.networkedcare.core.FinancialYear;
import org.networkedcare.core.Money;
import org.networkedcare.core.validation.Problem;

/**
 * What the calculator found: for each network option, its results against the counterfactual; the
 * warnings (such as a baseline captured after the change it measures); and, when the appraisal has
 * observations, the benefits realised to date.
 *
 * <p><b>Rounding.</b> Money a person reads is exact pounds and pence ({@link Money}). Each line's
 * present value is its unrounded sum over years, rounded once to pence, half-even; every total (per
 * option, organisation, category, value type) is the exact sum of those rounded line values, and
 * NPSV is exactly PVB − PVC, so that every figure can be added up by hand from the lines. Yearly
 * figures (a line's explanation, budget impacts) are rounded per line-year, half-even, and budget
 * totals are sums of those. Ratios (BCR, ROI, the benefits switching value) are rounded to 4
 * decimal places, half-even; factors to 10 significant digits; switching values, tornado inputs and
 * QALYs to 6 significant digits. Sensitivity NPSVs come from the unrounded fast path and are
 * rounded once; they may differ from the NPSV of the full result by a few pence.
 *
 * <p>JSON: {@code AppraisalJson.write} (in {@code org.networkedcare.metrics.json}) writes the
 * document {@code docs/appraisal.md} describes, with {@code schemaVersion} 1.
 */
public final class AppraisalResult {

  /** The JSON schema version written. */
  public static final int SCHEMA_VERSION = 1;

  /**
   * Present values of costs and benefits, from which NPSV, BCR and ROI follow.
   *
   * @param costs PVC: the option's incremental costs (costs it adds against the counterfactual)
   * @param benefits PVB: benefits, including costs avoided against the counterfactual
   * @param cashReleasingBenefits the part of PVB that releases cash from a budget
   */
  public record PresentValues(Money costs, Money benefits, Money cashReleasingBenefits) {

    /**
     * Checks the parts are present.
     *
     * @param costs PVC
     * @param benefits PVB
     * @param cashReleasingBenefits the cash-releasing part of PVB
     */
    public PresentValues {
      Objects.requireNonNull(costs, "costs");
      Objects.requireNonNull(benefits, "benefits");
      Objects.requireNonNull(cashReleasingBenefits, "cashReleasingBenefits");
    }

    /** {@return nothing: all zero} */
    public static PresentValues zero() {
      return new PresentValues(Money.zero(), Money.zero(), Money.zero());
    }

    /**
     * {@return the sum of these and other present values}
     *
     * @param other the others
     */
    public PresentValues plus(PresentValues other) {
      return new PresentValues(
          costs.plus(other.costs),
          benefits.plus(other.benefits),
          cashReleasingBenefits.plus(other.cashReleasingBenefits));
    }

    /** {@return net present social value, PVB − PVC, exact} */
    public Money npsv() {
      return benefits.minus(costs);
    }

    /** {@return the benefit-cost ratio PVB / PVC to 4 places, or empty when PVC is not positive} */
    public Optional<BigDecimal> bcr() {
      return ratio(benefits.toBigDecimal());
    }

    /**
     * {@return the public-value return on investment (PVB − PVC) / PVC, or empty when PVC is not
     * positive}
     */
    public Optional<BigDecimal> publicRoi() {
      return ratio(npsv().toBigDecimal());
    }

    /**
     * {@return the fiscal return on investment (PV of cash-releasing benefits − PVC) / PVC, or
     * empty when PVC is not positive}
     */
    public Optional<BigDecimal> fiscalRoi() {
      return ratio(cashReleasingBenefits.minus(costs).toBigDecimal());
    }

    private Optional<BigDecimal> ratio(BigDecimal numerator) {
      if (!costs.isPositive()) {
        return Optional.empty();
      }
      return Optional.of(numerator.divide(costs.toBigDecimal(), 4, RoundingMode.HALF_EVEN));
    }
  }

  /**
   * One year of a line, for its explanation.
   *
   * @param year the appraisal year
   * @param financialYear its financial year
   * @param gross the gross amount in real pounds at the price base (QALYs on a health line), to 6
   *     significant digits
   * @param factor every adjustment multiplied together (and the value per QALY on a health line),
   *     to 10 significant digits
   * @param discountFactor the chained discount factor, to 10 significant digits
   * @param adjusted the adjusted amount, undiscounted, rounded to pence
   * @param presentValue the discounted amount, rounded to pence
   */
  public record LineYear(
      int year,
      FinancialYear financialYear,
      BigDecimal gross,
      BigDecimal factor,
      BigDecimal discountFactor,
      Money adjusted,
      Money presentValue) {

    /**
     * Checks the parts are present.
     *
     * @param year the year
     * @param financialYear its financial year
     * @param gross the gross amount
     * @param factor the adjustment factor
     * @param discountFactor the discount factor
     * @param adjusted the adjusted amount
     * @param presentValue the present value
     */
    public LineYear {
      Objects.requireNonNull(financialYear, "financialYear");
      Objects.requireNonNull(gross, "gross");
      Objects.requireNonNull(factor, "factor");
      Objects.requireNonNull(discountFactor, "discountFactor");
      Objects.requireNonNull(adjusted, "adjusted");
      Objects.requireNonNull(presentValue, "presentValue");
    }
  }

  /**
   * A line's contribution, with what made it.
   *
   * @param option the id of the option the line belongs to (the network option or the
   *     counterfactual)
   * @param line the line's id
   * @param type cost or benefit
   * @param organisation who bears or receives it
   * @param category what it is about
   * @param valueType its Green Book kind of value
   * @param cashReleasing whether it is cash to a budget
   * @param schedule the name of the discount schedule applied
   * @param presentValue its present value after adjustments, positive, rounded to pence
   * @param adjustments each adjustment, in words with its numbers
   * @param years its yearly figures
   */
  public record LineResult(
      String option,
      String line,
      LineType type,
      String organisation,
      Category category,
      ValueType valueType,
      boolean cashReleasing,
      String schedule,
      Money presentValue,
      List<String> adjustments,
      List<LineYear> years) {

    /**
     * Copies the lists.
     *
     * @param option the option id
     * @param line the line id
     * @param type cost or benefit
     * @param organisation who bears or receives it
     * @param category what it is about
     * @param valueType its kind of value
     * @param cashReleasing whether it is cash
     * @param schedule the discount schedule
     * @param presentValue its present value
     * @param adjustments its adjustments in words
     * @param years its yearly figures
     */
    public LineResult {
      adjustments = List.copyOf(adjustments);
      years = List.copyOf(years);
    }
  }

  /**
   * The value of a named parameter at which NPSV is zero, every other input central.
   *
   * @param parameter the parameter's name
   * @param central its central value
   * @param value the switching value, or empty when NPSV does not change sign over the values the
   *     parameter can take (shares and probabilities: [0, 1]; others: within ±1e12 of the central
   *     value)
   * @param change the switching value less the central value
   * @param relativeChange the change as a fraction of the central value, when that is not zero
   */
  public record SwitchingValue(
      String parameter,
      BigDecimal central,
      Optional<BigDecimal> value,
      Optional<BigDecimal> change,
      Optional<BigDecimal> relativeChange) {

    /**
     * Checks the parts are present.
     *
     * @param parameter the name
     * @param central the central value
     * @param value the switching value, if any
     * @param change the change, if any
     * @param relativeChange the relative change, if any
     */
    public SwitchingValue {
      Objects.requireNonNull(parameter, "parameter");
      Objects.requireNonNull(central, "central");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(change, "change");
      Objects.requireNonNull(relativeChange, "relativeChange");
    }
  }

  /**
   * The gross QALYs a year of one health line at which NPSV is zero.
   *
   * @param option the option the line belongs to
   * @param line the line id
   * @param centralQalysPerYear the line's mean gross QALYs a year at central values
   * @param switchingQalysPerYear the mean gross QALYs a year at which NPSV is zero
   */
  public record HealthSwitchingValue(
      String option,
      String line,
      BigDecimal centralQalysPerYear,
      BigDecimal switchingQalysPerYear) {

    /**
     * Checks the parts are present.
     *
     * @param option the option id
     * @param line the line id
     * @param centralQalysPerYear the central QALYs a year
     * @param switchingQalysPerYear the switching QALYs a year
     */
    public HealthSwitchingValue {
      Objects.requireNonNull(option, "option");
      Objects.requireNonNull(line, "line");
      Objects.requireNonNull(centralQalysPerYear, "centralQalysPerYear");
      Objects.requireNonNull(switchingQalysPerYear, "switchingQalysPerYear");
    }
  }

  /**
   * One bar of the tornado: NPSV at a parameter's low and high values.
   *
   * @param parameter the parameter's name
   * @param low its low value
   * @param high its high value
   * @param npsvAtLow NPSV with the parameter low
   * @param npsvAtHigh NPSV with the parameter high
   * @param swing the absolute difference of the two
   */
  public record TornadoBar(
      String parameter,
      BigDecimal low,
      BigDecimal high,
      Money npsvAtLow,
      Money npsvAtHigh,
      Money swing) {

    /**
     * Checks the parts are present.
     *
     * @param parameter the name
     * @param low the low value
     * @param high the high value
     * @param npsvAtLow NPSV at low
     * @param npsvAtHigh NPSV at high
     * @param swing the swing
     */
    public TornadoBar {
      Objects.requireNonNull(parameter, "parameter");
      Objects.requireNonNull(swing, "swing");
      Objects.requireNonNull(low, "low");
      Objects.requireNonNull(high, "high");
      Objects.requireNonNull(npsvAtLow, "npsvAtLow");
      Objects.requireNonNull(npsvAtHigh, "npsvAtHigh");
    }
  }

  /**
   * NPSV under a named scenario.
   *
   * @param name the scenario's name
   * @param parameters the values it gave parameters (others central)
   * @param npsv NPSV under it
   */
  public record ScenarioResult(String name, Map<String, BigDecimal> parameters, Money npsv) {

    /**
     * Copies the parameters.
     *
     * @param name the name
     * @param parameters the values given
     * @param npsv NPSV
     */
    public ScenarioResult {
      Objects.requireNonNull(name, "name");
      parameters = Map.copyOf(parameters);
      Objects.requireNonNull(npsv, "npsv");
    }
  }

  /**
   * Health effects valued two ways side by side: at the Green Book social value of a QALY and at a
   * NICE threshold.
   *
   * @param discountedQalys net discounted QALYs against the counterfactual, after adjustments, on
   *     the health schedule
   * @param socialValuePerQaly the Green Book value per QALY at the price base
   * @param presentValueAtSocialValue the QALYs valued at it (the part of NPSV they make)
   * @param thresholdPerQaly the NICE threshold per QALY
   * @param presentValueAtThreshold the QALYs valued at the threshold
   * @param npsvAtThreshold NPSV with QALYs valued at the threshold instead
   */
  public record HealthView(
      BigDecimal discountedQalys,
      BigDecimal socialValuePerQaly,
      Money presentValueAtSocialValue,
      BigDecimal thresholdPerQaly,
      Money presentValueAtThreshold,
      Money npsvAtThreshold) {

    /**
     * Checks the parts are present.
     *
     * @param discountedQalys discounted QALYs
     * @param socialValuePerQaly social value per QALY
     * @param presentValueAtSocialValue PV at social value
     * @param thresholdPerQaly threshold per QALY
     * @param presentValueAtThreshold PV at the threshold
     * @param npsvAtThreshold NPSV at the threshold
     */
    public HealthView {
      Objects.requireNonNull(discountedQalys, "discountedQalys");
      Objects.requireNonNull(socialValuePerQaly, "socialValuePerQaly");
      Objects.requireNonNull(presentValueAtSocialValue, "presentValueAtSocialValue");
      Objects.requireNonNull(thresholdPerQaly, "thresholdPerQaly");
      Objects.requireNonNull(presentValueAtThreshold, "presentValueAtThreshold");
      Objects.requireNonNull(npsvAtThreshold, "npsvAtThreshold");
    }
  }

  /**
   * The undiscounted net cash of one organisation in one financial year: cash-releasing benefits
   * less cash costs, against the counterfactual, in real pounds at the price base after adjustments
   * (positive: the organisation's budget is better off).
   *
   * @param organisation the organisation
   * @param financialYear the financial year
   * @param netCash the net cash
   */
  public record BudgetImpact(String organisation, FinancialYear financialYear, Money netCash) {

    /**
     * Checks the parts are present.
     *
     * @param organisation the organisation
     * @param financialYear the year
     * @param netCash the net cash
     */
    public BudgetImpact {
      Objects.requireNonNull(organisation, "organisation");
      Objects.requireNonNull(financialYear, "financialYear");
      Objects.requireNonNull(netCash, "netCash");
    }
  }

  /**
   * The results of one network option against the counterfactual.
   *
   * @param option the network option's id
   * @param name its name
   * @param counterfactual the counterfactual's id
   * @param totals present values in total
   * @param byOrganisation present values per organisation
   * @param byCategory present values per category
   * @param byValueType present values per Green Book kind of value
   * @param paybackYear the first year in which cumulative discounted net benefit is positive
   * @param budgetImpact net cash per organisation and financial year
   * @param health the health view, when the option or counterfactual has health lines
   * @param benefitsMayFall the fraction by which all benefits may fall before NPSV is zero, {@code
   *     NPSV / PVB}, when PVB is positive
   * @param capitalUplift the uplift on raw capital cost, in place of optimism bias, at which NPSV
   *     is zero, when there is net capital
   * @param healthSwitchingValues for each health line, the gross QALYs a year at which NPSV is zero
   * @param switchingValues for every named parameter, the value at which NPSV is zero
   * @param tornado one-way sensitivity, ranked by swing
   * @param scenarios NPSV under each scenario
   * @param lines each line's contribution, the option's lines then the counterfactual's
   * @param positions each organisation's net benefit before and after the payments between parties;
   *     empty when the appraisal has no transfers, gain-shares or rewards
   * @param settlements each payment stream between the option's parties, year by year
   */
  public record OptionResult(
      String option,
      String name,
      String counterfactual,
      PresentValues totals,
      Map<String, PresentValues> byOrganisation,
      Map<Category, PresentValues> byCategory,
      Map<ValueType, PresentValues> byValueType,
      OptionalInt paybackYear,
      List<BudgetImpact> budgetImpact,
      Optional<HealthView> health,
      Optional<BigDecimal> benefitsMayFall,
      Optional<BigDecimal> capitalUplift,
      List<HealthSwitchingValue> healthSwitchingValues,
      List<SwitchingValue> switchingValues,
      List<TornadoBar> tornado,
      List<ScenarioResult> scenarios,
      List<LineResult> lines,
      List<OrganisationPosition> positions,
      List<SettlementResult> settlements) {

    /**
     * Copies the collections.
     *
     * @param option the option id
     * @param name its name
     * @param counterfactual the counterfactual's id
     * @param totals totals
     * @param byOrganisation per organisation
     * @param byCategory per category
     * @param byValueType per kind of value
     * @param paybackYear the payback year, if any
     * @param budgetImpact net cash per organisation and year
     * @param health the health view, if any
     * @param benefitsMayFall NPSV / PVB, if PVB positive
     * @param capitalUplift the capital switching uplift, if any
     * @param healthSwitchingValues health switching values
     * @param switchingValues parameter switching values
     * @param tornado the tornado
     * @param scenarios scenario results
     * @param lines line results
     * @param positions organisations' positions before and after payments between parties
     * @param settlements payment streams between parties
     */
    public OptionResult {
      positions = List.copyOf(positions);
      settlements = List.copyOf(settlements);
      byOrganisation = Map.copyOf(byOrganisation);
      byCategory = Map.copyOf(byCategory);
      byValueType = Map.copyOf(byValueType);
      budgetImpact = List.copyOf(budgetImpact);
      healthSwitchingValues = List.copyOf(healthSwitchingValues);
      switchingValues = List.copyOf(switchingValues);
      tornado = List.copyOf(tornado);
      scenarios = List.copyOf(scenarios);
      lines = List.copyOf(lines);
    }

    /** {@return NPSV of the option against the counterfactual} */
    public Money npsv() {
      return totals.npsv();
    }

    /**
     * {@return how the option's NPSV is made, in words: each line's present value and adjustments,
     * summed}
     */
    public String explain() {
      StringBuilder s = new StringBuilder();
      s.append("NPSV of ")
          .append(option)
          .append(" against ")
          .append(counterfactual)
          .append(" = PVB ")
          .append(totals.benefits())
          .append(" - PVC ")
          .append(totals.costs())
          .append(" = ")
          .append(npsv())
          .append('\n');
      for (LineResult l : lines) {
        boolean cf = l.option().equals(counterfactual);
        String sign = (l.type() == LineType.BENEFIT) != cf ? "+" : "-";
        s.append("  ")
            .append(sign)
            .append(' ')
            .append(l.presentValue())
            .append("  ")
            .append(l.option())
            .append('/')
            .append(l.line())
            .append(" (")
            .append(l.type())
            .append(", ")
            .append(l.organisation())
            .append(", ")
            .append(l.category())
            .append(", ")
            .append(l.valueType())
            .append(", ")
            .append(l.schedule())
            .append(" schedule)");
        if (!l.adjustments().isEmpty()) {
          s.append(": ").append(String.join("; ", l.adjustments()));
        }
        s.append('\n');
      }
      return s.toString();
    }
  }

  /**
   * One observation's comparison of what was realised with what the appraisal assumed.
   *
   * @param financialYear the financial year observed
   * @param observation the observation
   * @param counterfactualValue the counterfactual trajectory's value that year
   * @param assumedValue the option trajectory's value that year
   * @param activity the activity over the observed period
   * @param assumedImprovement the improvement the appraisal assumed, in the measure's unit
   * @param realisedImprovement the improvement realised, in the measure's unit
   * @param assumedBenefit the assumed improvement on the observed activity in money, adjusted as
   *     the line is
   * @param realisedBenefit the realised improvement in money, adjusted the same way
   */
  public record RealisedObservation(
      FinancialYear financialYear,
      BenefitObservation observation,
      BigDecimal counterfactualValue,
      BigDecimal assumedValue,
      BigDecimal activity,
      BigDecimal assumedImprovement,
      BigDecimal realisedImprovement,
      Money assumedBenefit,
      Money realisedBenefit) {

    /**
     * Checks the parts are present.
     *
     * @param financialYear the year
     * @param observation the observation
     * @param counterfactualValue the counterfactual value
     * @param assumedValue the assumed value
     * @param activity the activity
     * @param assumedImprovement the assumed improvement
     * @param realisedImprovement the realised improvement
     * @param assumedBenefit the assumed benefit
     * @param realisedBenefit the realised benefit
     */
    public RealisedObservation {
      Objects.requireNonNull(financialYear, "financialYear");
      Objects.requireNonNull(observation, "observation");
      Objects.requireNonNull(assumedBenefit, "assumedBenefit");
      Objects.requireNonNull(realisedBenefit, "realisedBenefit");
    }
  }

  /**
   * The benefit realised to date on one derived benefit line.
   *
   * @param option the network option
   * @param line the line
   * @param organisation who receives it
   * @param baseline the baseline it rests on
   * @param unit the measure's unit
   * @param observations each observation compared with the trajectory assumed
   * @param assumedBenefit the assumed benefit over the observed periods
   * @param realisedBenefit the realised benefit over the observed periods
   */
  public record Realised(
      String option,
      String line,
      String organisation,
      String baseline,
      String unit,
      List<RealisedObservation> observations,
      Money assumedBenefit,
      Money realisedBenefit) {

    /**
     * Copies the observations.
     *
     * @param option the option
     * @param line the line
     * @param organisation the organisation
     * @param baseline the baseline
     * @param unit the unit
     * @param observations the observations
     * @param assumedBenefit the assumed benefit
     * @param realisedBenefit the realised benefit
     */
    public Realised {
      observations = List.copyOf(observations);
      Objects.requireNonNull(assumedBenefit, "assumedBenefit");
      Objects.requireNonNull(realisedBenefit, "realisedBenefit");
    }
  }

  /**
   * An organisation's net benefit from a network option before and after the payments between
   * parties: present values on the cash schedule, exact pence. Summed over the organisations, the
   * net after is the option's NPSV to the penny, as is the net before: each payment is one rounded
   * figure, paid by one party and received by another.
   *
   * @param organisation the party
   * @param beforeSettlements its net benefit from its own lines ({@code byOrganisation}'s NPSV)
   * @param transfers transfers received less transfers paid
   * @param gainShares gain-share (and risk-share) payments received less paid
   * @param rewards rewards received less paid, as appraised
   */
  public record OrganisationPosition(
      String organisation,
      Money beforeSettlements,
      Money transfers,
      Money gainShares,
      Money rewards) {

    /**
     * Checks the parts are present.
     *
     * @param organisation the party
     * @param beforeSettlements net benefit before
     * @param transfers net transfers
     * @param gainShares net gain-share payments
     * @param rewards net rewards
     */
    public OrganisationPosition {
      Objects.requireNonNull(organisation, "organisation");
      Objects.requireNonNull(beforeSettlements, "beforeSettlements");
      Objects.requireNonNull(transfers, "transfers");
      Objects.requireNonNull(gainShares, "gainShares");
      Objects.requireNonNull(rewards, "rewards");
    }

    /** {@return the net benefit after transfers, gain-shares and rewards} */
    public Money afterSettlements() {
      return beforeSettlements.plus(transfers).plus(gainShares).plus(rewards);
    }
  }

  /**
   * One year of a payment between parties.
   *
   * @param year the appraisal year
   * @param financialYear its financial year
   * @param amount real pounds paid that year, undiscounted (negative: the receiver pays the payer)
   * @param presentValue the amount discounted on the cash schedule
   */
  public record SettlementYear(
      int year, FinancialYear financialYear, Money amount, Money presentValue) {

    /**
     * Checks the parts are present.
     *
     * @param year the year
     * @param financialYear the financial year
     * @param amount the amount
     * @param presentValue the present value
     */
    public SettlementYear {
      Objects.requireNonNull(financialYear, "financialYear");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(presentValue, "presentValue");
    }
  }

  /**
   * A payment stream between two parties of a network option: a transfer, one partner's part of a
   * gain-share, or a reward (as appraised).
   *
   * @param id the transfer's, gain-share's or reward's id
   * @param kind {@code transfer}, {@code gain-share} or {@code reward}
   * @param payer who pays
   * @param receiver who is paid
   * @param presentValue the present value, rounded once; a cost to the payer, income to the
   *     receiver
   * @param years each year's payment
   */
  public record SettlementResult(
      String id,
      String kind,
      String payer,
      String receiver,
      Money presentValue,
      List<SettlementYear> years) {

    /**
     * Copies the years.
     *
     * @param id the id
     * @param kind the kind
     * @param payer the payer
     * @param receiver the receiver
     * @param presentValue the present value
     * @param years the years
     */
    public SettlementResult {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(payer, "payer");
      Objects.requireNonNull(receiver, "receiver");
      Objects.requireNonNull(presentValue, "presentValue");
      years = List.copyOf(years);
    }
  }

  /**
   * A reward against one observation of its measure.
   *
   * @param financialYear the financial year observed
   * @param period the period observed
   * @param observed the observed value
   * @param assumed the value the option's trajectory assumed
   * @param achievedAsAppraised whether the assumed value meets the target
   * @param achievedAsRealised whether the observed value meets the target
   * @param assumedReward the reward over the period as appraised
   * @param realisedReward the reward earned over the period
   */
  public record RewardObservation(
      FinancialYear financialYear,
      org.networkedcare.core.DateRange period,
      BigDecimal observed,
      BigDecimal assumed,
      boolean achievedAsAppraised,
      boolean achievedAsRealised,
      Money assumedReward,
      Money realisedReward) {

    /**
     * Checks the parts are present.
     *
     * @param financialYear the year
     * @param period the period
     * @param observed the observed value
     * @param assumed the assumed value
     * @param achievedAsAppraised achieved as appraised
     * @param achievedAsRealised achieved as realised
     * @param assumedReward the reward as appraised
     * @param realisedReward the reward earned
     */
    public RewardObservation {
      Objects.requireNonNull(financialYear, "financialYear");
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(observed, "observed");
      Objects.requireNonNull(assumed, "assumed");
      Objects.requireNonNull(assumedReward, "assumedReward");
      Objects.requireNonNull(realisedReward, "realisedReward");
    }
  }

  /**
   * A reward evaluated as realised: its line's observations against the target.
   *
   * @param reward the reward's id
   * @param option the network option
   * @param line the derived benefit line whose measure is targeted
   * @param payer who pays
   * @param receiver who earns
   * @param target the target, in the measure's unit
   * @param observations each observation in the reward's years
   * @param assumedReward the reward over the observed periods as appraised
   * @param realisedReward the reward earned over the observed periods
   */
  public record RewardRealised(
      String reward,
      String option,
      String line,
      String payer,
      String receiver,
      BigDecimal target,
      List<RewardObservation> observations,
      Money assumedReward,
      Money realisedReward) {

    /**
     * Copies the observations.
     *
     * @param reward the reward
     * @param option the option
     * @param line the line
     * @param payer the payer
     * @param receiver the receiver
     * @param target the target
     * @param observations the observations
     * @param assumedReward the reward as appraised
     * @param realisedReward the reward earned
     */
    public RewardRealised {
      Objects.requireNonNull(reward, "reward");
      observations = List.copyOf(observations);
      Objects.requireNonNull(assumedReward, "assumedReward");
      Objects.requireNonNull(realisedReward, "realisedReward");
    }
  }

  private final Appraisal appraisal;
  private final List<OptionResult> options;
  private final List<Problem> warnings;
  private final List<Realised> realised;
  private final List<RewardRealised> rewardsRealised;

  /**
   * Creates a result; the calculator does this.
   *
   * @param appraisal the appraisal evaluated
   * @param options the result for each network option
   * @param warnings what a reader should know, each with the path of what it is about
   * @param realised the benefits realised, when the appraisal has observations
   */
  public AppraisalResult(
      Appraisal appraisal,
      List<OptionResult> options,
      List<Problem> warnings,
      List<Realised> realised) {
    this(appraisal, options, warnings, realised, List.of());
  }

  /**
   * Creates a result; the calculator does this.
   *
   * @param appraisal the appraisal evaluated
   * @param options the result for each network option
   * @param warnings what a reader should know, each with the path of what it is about
   * @param realised the benefits realised, when the appraisal has observations
   * @param rewardsRealised each reward against its line's observations
   */
  public AppraisalResult(
      Appraisal appraisal,
      List<OptionResult> options,
      List<Problem> warnings,
      List<Realised> realised,
      List<RewardRealised> rewardsRealised) {
    this.appraisal = Objects.requireNonNull(appraisal, "appraisal");
    this.options = List.copyOf(options);
    this.warnings = List.copyOf(warnings);
    this.realised = List.copyOf(realised);
    this.rewardsRealised = List.copyOf(rewardsRealised);
  }

  /**
   * {@return each reward evaluated as realised against its line's observations (empty without
   * rewards)}
   */
  public List<RewardRealised> rewardsRealised() {
    return rewardsRealised;
  }

  /** {@return the appraisal evaluated} */
  public Appraisal appraisal() {
    return appraisal;
  }

  /** {@return the result for each network option, in the order given} */
  public List<OptionResult> options() {
    return options;
  }

  /**
   * {@return the result for a network option}
   *
   * @param id the option's id
   * @throws IllegalArgumentException if there is no such network option
   */
  public OptionResult option(String id) {
    return options.stream()
        .filter(o -> o.option().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no network option '" + id + "'"));
  }

  /**
   * {@return warnings: what a reader should know, such as a baseline captured after the change it
   * measures}
   */
  public List<Problem> warnings() {
    return warnings;
  }

  /** {@return the benefits realised to date, per derived line observed} */
  public List<Realised> realised() {
    return realised;
  }

  /**
   * {@return the realised and assumed benefit per organisation, over the observed periods:
   * [assumed, realised]}
   */
  public Map<String, List<Money>> realisedByOrganisation() {
    Map<String, List<Money>> map = new TreeMap<>();
    for (Realised r : realised) {
      map.merge(
          r.organisation(),
          List.of(r.assumedBenefit(), r.realisedBenefit()),
          (a, b) -> List.of(a.get(0).plus(b.get(0)), a.get(1).plus(b.get(1))));
    }
    return map;
  }

  /** {@return every option's explanation, one after another} */
  public String explain() {
    StringBuilder s = new StringBuilder();
    options.forEach(o -> s.append(o.explain()));
    return s.toString();
  }

  /** {@return a one-line summary per option: NPSV, PVB, PVC} */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(appraisal.title());
    for (OptionResult o : options) {
      s.append("; ")
          .append(o.option())
          .append(": NPSV ")
          .append(o.npsv())
          .append(" (PVB ")
          .append(o.totals().benefits())
          .append(", PVC ")
          .append(o.totals().costs())
          .append(')');
    }
    return s.toString();
  }
}
