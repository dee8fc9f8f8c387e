package org.networkedcare.metrics.appraisal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;
import org.networkedcare.core.FinancialYear;
import org.networkedcare.core.measure.Measure;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.core.validation.ValueStyle;
import org.networkedcare.metrics.baseline.Baseline;
import org.networkedcare.metrics.uncertainty.Distribution;
import org.networkedcare.metrics.uncertainty.ParameterSampler;

/**
 * A Green Book appraisal: options (one explicit counterfactual and one or more network options)
 * over one horizon in one price base, with the parties who bear costs and receive benefits, the
 * baselines benefits rest on, and the named parameters that may be uncertain.
 *
 * <p>Years run from 0 (the financial year {@link #yearZero()}, undiscounted) to {@code horizonYears
 * − 1}. Amounts are real pounds at the prices of {@link #priceBase()}; a line in nominal prices, or
 * in another year's prices, is converted with the {@link #deflator()} index: {@code real_t =
 * nominal_t × D_base / D_t}.
 *
 * <p>Built with {@link #builder()} or read with {@code AppraisalJson.parse} (in {@code
 * org.networkedcare.metrics.json}); the whole appraisal is checked at once, and {@code build()}
 * throws a {@link ValidationException} carrying every problem with its JSON-pointer path (such as
 * {@code /options/1/lines/3/organisation}). See {@code docs/appraisal.md} and {@code
 * appraisal.schema.json} for the JSON form.
 */
@Value.Immutable
@ValueStyle
public abstract class Appraisal {

  /** The JSON schema version read and written. */
  public static final int SCHEMA_VERSION = 1;

  /** For the generated implementation only. */
  Appraisal() {}

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Appraisal} values. {@code build()} reports every missing or invalid field in one
   * {@link org.networkedcare.core.validation.ValidationException}. Not thread-safe: one builder per
   * thread.
   */
  public static final class Builder extends ImmutableAppraisal.Builder {
    Builder() {}
  }

  /** {@return the appraisal's title} */
  public abstract String title();

  /** {@return what is appraised} */
  @Value.Default
  public String description() {
    return "";
  }

  /** {@return the financial year that is year 0} */
  public abstract FinancialYear yearZero();

  /** {@return the financial year whose real prices every amount is in; default year 0} */
  @Value.Default
  public FinancialYear priceBase() {
    return yearZero();
  }

  /** {@return the horizon N in years: years 0 to N − 1} */
  public abstract int horizonYears();

  /** {@return the name of the discount schedule for money; default {@code standard}} */
  @Value.Default
  public String cashSchedule() {
    return "standard";
  }

  /** {@return the name of the discount schedule for health effects; default {@code health}} */
  @Value.Default
  public String healthSchedule() {
    return "health";
  }

  /**
   * {@return the price index (such as the GDP deflator) by financial year, used to convert prices}
   */
  public abstract Map<FinancialYear, BigDecimal> deflator();

  /** {@return where the deflator comes from} */
  @Value.Default
  public String deflatorSource() {
    return "";
  }

  /** {@return the reference data: the defaults with the appraisal's overrides} */
  @Value.Default
  public AppraisalReference referenceData() {
    return AppraisalReference.defaults();
  }

  /** {@return the parties that bear costs and receive benefits} */
  public abstract List<Party> parties();

  /** {@return the measures baselines refer to} */
  public abstract List<Measure> measures();

  /** {@return the baselines benefits rest on} */
  public abstract List<Baseline> baselines();

  /** {@return the named parameters lines refer to} */
  public abstract Map<String, Parameter> parameters();

  /** {@return the optimism bias of capital lines that give none of their own} */
  public abstract Optional<OptimismBias> optimismBias();

  /**
   * {@return the net optimism-bias reduction of benefit lines that give none of their own, in [0,
   * 1]}
   */
  public abstract Optional<Quantity> benefitOptimismBias();

  /**
   * {@return pounds per QALY at the price base, replacing the Green Book value from the reference
   * data}
   */
  public abstract Optional<Quantity> qalyValue();

  /** {@return the options: exactly one counterfactual and at least one network option} */
  public abstract List<Option> options();

  /** {@return purchasing consortia: members of a network option buying as one (section 8)} */
  public abstract List<JointPurchasing> consortia();

  /**
   * {@return the lines an option has, including those its consortia generate (for the
   * counterfactual: each member buying alone; for the consortium's option: buying together)}
   *
   * @param option an option of this appraisal
   */
  public List<Line> linesOf(Option option) {
    List<Line> lines = new ArrayList<>(option.lines());
    for (JointPurchasing consortium : consortia()) {
      if (option.counterfactual() || consortium.option().equals(option.id())) {
        lines.addAll(consortium.lines(!option.counterfactual()));
      }
    }
    return lines;
  }

  /**
   * {@return payments from one party of a network option to another (rent, tariff shares, fees);
   * never in a network total}
   */
  public abstract List<Transfer> transfers();

  /**
   * {@return gain-share and risk-share schedules: how a named saving of a network option is split
   * between parties}
   */
  public abstract List<GainShare> gainShares();

  /**
   * {@return incentives paid to a supporting trust in the years a named measure reaches its target}
   */
  public abstract List<Reward> rewards();

  /**
   * {@return whether the appraisal has payments between parties: transfers, gain-shares or rewards}
   */
  boolean hasSettlements() {
    return !transfers().isEmpty() || !gainShares().isEmpty() || !rewards().isEmpty();
  }

  /** {@return named scenarios; when empty, pessimistic, central and optimistic are derived} */
  public abstract List<Scenario> scenarios();

  /** {@return observations after the change, for the benefits realised} */
  public abstract List<BenefitObservation> observations();

  /** {@return the counterfactual option} */
  @Value.Derived
  @Value.Auxiliary
  public Option counterfactual() {
    return options().stream()
        .filter(Option::counterfactual)
        .findFirst()
        .orElseGet(
            () ->
                options().isEmpty()
                    ? Option.builder().id("-").name("-").build()
                    : options().get(0));
  }

  /** {@return the network options, in the order given} */
  public List<Option> networkOptions() {
    return options().stream().filter(o -> !o.counterfactual()).toList();
  }

  /**
   * {@return the financial year of an appraisal year}
   *
   * @param year the year, from 0
   */
  public FinancialYear financialYear(int year) {
    return yearZero().plusYears(year);
  }

  /**
   * {@return the first year of a line}
   *
   * @param line a line of this appraisal
   */
  public int firstYear(Line line) {
    return line.firstYear().orElse(line.profile().isEmpty() ? 1 : 0);
  }

  /**
   * {@return the last year of a line}
   *
   * @param line a line of this appraisal
   */
  public int lastYear(Line line) {
    if (!line.profile().isEmpty()) {
      return firstYear(line) + line.profile().size() - 1;
    }
    return line.lastYear().orElse(horizonYears() - 1);
  }

  /**
   * {@return the activity a year that a baseline's count stands for} The count is scaled to a year:
   * by whole months when the period is whole months ({@code count × 12 / months}), otherwise by
   * days ({@code count × 365 / days}).
   *
   * @param baseline the baseline
   */
  @SuppressWarnings("JavaPeriodGetDays") // the days part is the question: zero means whole months
  public static BigDecimal annualCount(Baseline baseline) {
    LocalDate from = baseline.period().from();
    LocalDate to = baseline.period().to().orElse(from.plusYears(1));
    Period period = Period.between(from, to);
    BigDecimal count = BigDecimal.valueOf(baseline.count());
    if (period.getDays() == 0 && period.toTotalMonths() > 0) {
      return count
          .multiply(BigDecimal.valueOf(12))
          .divide(BigDecimal.valueOf(period.toTotalMonths()), java.math.MathContext.DECIMAL64);
    }
    long days = java.time.temporal.ChronoUnit.DAYS.between(from, to);
    return count
        .multiply(BigDecimal.valueOf(365))
        .divide(BigDecimal.valueOf(days), java.math.MathContext.DECIMAL64);
  }

  /**
   * Checks the whole appraisal at once: horizon, schedules, options, references between lines,
   * parties, baselines and parameters, years inside the horizon, deflator coverage, and parameters
   * used as probabilities or shares.
   *
   * @throws ValidationException with every problem, each at its JSON pointer
   */
  @Value.Check
  protected void check() {
    AppraisalChecks.check(this);
  }

  /**
   * {@return the sampler of the parameters' distributions for Monte Carlo, in the order of {@link
   * PreparedAppraisal#parameterNames()}}
   *
   * @throws ValidationException with the problems of correlated or Dirichlet groups, at {@code
   *     /<parameter>/distribution/...}
   */
  public ParameterSampler psaSampler() {
    Map<String, Distribution> distributions = new TreeMap<>();
    parameters().forEach((name, x) -> x.distribution().ifPresent(d -> distributions.put(name, d)));
    return ParameterSampler.of(List.copyOf(new TreeMap<>(parameters()).keySet()), distributions);
  }
}
