package org.networkedcare.metrics.appraisal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.immutables.value.Value;
import org.networkedcare.core.FinancialYear;
import org.networkedcare.core.measure.ImprovementDirection;
import org.networkedcare.core.measure.Measure;
import org.networkedcare.core.validation.Problems;
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
    Problems p = Problems.collector();
    boolean titled = p.at("title").required(title());
    boolean dated = p.at("yearZero").required(yearZero());
    int n = horizonYears();
    p.at("horizonYears")
        .check(
            n >= 1 && n <= DiscountSchedule.MAX_YEAR,
            "range",
            "the horizon is 1 to " + DiscountSchedule.MAX_YEAR + " years, not " + n);
    if (!titled || !dated) {
      // A builder left a field unset: report every such field together, before the checks that
      // read them.
      p.throwIfAny();
    }
    AppraisalReference ref = referenceData();
    p.at("discounting")
        .at("cash")
        .check(
            ref.schedule(cashSchedule()).isPresent(),
            "unknown-reference",
            "no discount schedule '"
                + cashSchedule()
                + "'; the schedules are: "
                + ref.schedules().keySet());
    p.at("discounting")
        .at("health")
        .check(
            ref.schedule(healthSchedule()).isPresent(),
            "unknown-reference",
            "no discount schedule '"
                + healthSchedule()
                + "'; the schedules are: "
                + ref.schedules().keySet());
    deflator()
        .forEach(
            (year, index) ->
                p.at("deflator")
                    .at("index")
                    .at(year.toString())
                    .check(index.signum() > 0, "range", "a price index is positive"));

    p.at("parameters").attempt(() -> psaSampler());

    Set<String> partyIds = new HashSet<>();
    for (int i = 0; i < parties().size(); i++) {
      p.at("parties")
          .at(i)
          .at("id")
          .check(
              partyIds.add(parties().get(i).id()),
              "duplicate",
              "the party id '" + parties().get(i).id() + "' is used twice");
    }
    Map<String, Baseline> baselines = new HashMap<>();
    for (int i = 0; i < baselines().size(); i++) {
      Baseline b = baselines().get(i);
      p.at("baselines")
          .at(i)
          .at("id")
          .check(
              baselines.putIfAbsent(b.id(), b) == null,
              "duplicate",
              "the baseline id '" + b.id() + "' is used twice");
      p.at("baselines")
          .at(i)
          .at("scope")
          .at("organisation")
          .check(
              partyIds.contains(b.scope().organisation()),
              "unknown-reference",
              "no party '" + b.scope().organisation() + "'" + partyList(partyIds));
    }
    Set<String> measureIds = new HashSet<>();
    for (int i = 0; i < measures().size(); i++) {
      p.at("measures")
          .at(i)
          .at("id")
          .check(
              measureIds.add(measures().get(i).id()),
              "duplicate",
              "the measure id '" + measures().get(i).id() + "' is used twice");
    }

    long counterfactuals = options().stream().filter(Option::counterfactual).count();
    p.at("options")
        .check(
            counterfactuals == 1,
            "appraisal.counterfactual",
            "an appraisal has exactly one counterfactual option (\"counterfactual\": true); found "
                + counterfactuals);
    p.at("options")
        .check(
            options().size() > counterfactuals,
            "appraisal.no-option",
            "an appraisal has at least one network option to compare with the counterfactual");
    Set<String> optionIds = new HashSet<>();
    for (int i = 0; i < options().size(); i++) {
      p.at("options")
          .at(i)
          .at("id")
          .check(
              optionIds.add(options().get(i).id()),
              "duplicate",
              "the option id '" + options().get(i).id() + "' is used twice");
    }

    Set<FinancialYear> missingQalyYears = new TreeSet<>();
    boolean anyHealth = false;
    Map<String, Line> counterfactualLines = new HashMap<>();
    if (counterfactuals == 1) {
      counterfactual().lines().forEach(l -> counterfactualLines.put(l.id(), l));
    }
    for (int i = 0; i < options().size(); i++) {
      Option option = options().get(i);
      for (int j = 0; j < option.lines().size(); j++) {
        Line line = option.lines().get(j);
        Problems at = p.at("options").at(i).at("lines").at(j);
        anyHealth |= line.valueType() == ValueType.HEALTH;
        checkLine(line, at, partyIds, baselines);
        Line twin = counterfactualLines.get(line.id());
        if (!option.counterfactual() && twin != null) {
          at.check(
              twin.type() == line.type()
                  && twin.organisation().equals(line.organisation())
                  && twin.category() == line.category()
                  && twin.valueType() == line.valueType()
                  && twin.cashReleasing() == line.cashReleasing(),
              "line.pair-mismatch",
              "the counterfactual's line '"
                  + line.id()
                  + "' has a different type, organisation, category, valueType or cashReleasing; a line with the same id is the same line under two options");
        }
      }
    }
    if (anyHealth && qalyValue().isEmpty()) {
      Optional<String> qalyYear = ref.qalyValue().priceYear();
      if (qalyYear.isPresent()) {
        try {
          FinancialYear y = FinancialYear.parse(qalyYear.get());
          if (!y.equals(priceBase())) {
            if (!deflator().containsKey(y)) {
              missingQalyYears.add(y);
            }
            if (!deflator().containsKey(priceBase())) {
              missingQalyYears.add(priceBase());
            }
          }
        } catch (ValidationException e) {
          p.at("referenceData").at("qalyValue").at("priceYear").addAll(e.problems());
        }
      }
      if (!missingQalyYears.isEmpty()) {
        p.at("deflator")
            .add(
                "price.no-deflator",
                "the value of a QALY is in "
                    + qalyYear.orElse("?")
                    + " prices and the price base is "
                    + priceBase()
                    + "; the deflator needs "
                    + missingQalyYears
                    + " (or give qalyValue at the price base)");
      }
    }
    optimismBias().ifPresent(b -> checkBias(b, p.at("optimismBias")));
    usedAsShare(benefitOptimismBias(), p.at("benefitOptimismBias"));
    Line.checkFraction(p.at("benefitOptimismBias"), benefitOptimismBias());
    qalyValue().ifPresent(q -> usedAsNumber(q, p.at("qalyValue")));

    Set<String> scenarioNames = new HashSet<>();
    for (int i = 0; i < scenarios().size(); i++) {
      Scenario s = scenarios().get(i);
      p.at("scenarios")
          .at(i)
          .at("name")
          .check(
              scenarioNames.add(s.name()),
              "duplicate",
              "the scenario name '" + s.name() + "' is used twice");
      for (String name : s.parameters().keySet()) {
        p.at("scenarios")
            .at(i)
            .at("parameters")
            .at(name)
            .check(
                parameters().containsKey(name), "unknown-reference", "no parameter '" + name + "'");
      }
    }
    for (int i = 0; i < observations().size(); i++) {
      checkObservation(observations().get(i), p.at("observations").at(i));
    }
    for (int i = 0; i < consortia().size(); i++) {
      checkConsortium(consortia().get(i), p.at("consortia").at(i), partyIds);
    }
    checkSettlements(p, partyIds);
    p.throwIfAny();
  }

  private void checkSettlements(Problems p, Set<String> partyIds) {
    Set<String> ids = new HashSet<>();
    int n = horizonYears();
    for (int i = 0; i < transfers().size(); i++) {
      Transfer x = transfers().get(i);
      Problems at = p.at("transfers").at(i);
      at.at("id")
          .check(
              ids.add(x.id()),
              "duplicate",
              "the id '" + x.id() + "' is used by another transfer, gain-share or reward");
      settlementOption(x.option(), at);
      party(x.payer(), at.at("payer"), partyIds);
      party(x.receiver(), at.at("receiver"), partyIds);
      if (x.awaitsFlow()) {
        continue; // its years and amounts come from the agreement, and are checked then
      }
      settlementYears(x.first(), x.last(n), at, !x.profile().isEmpty());
      x.amount().ifPresent(q -> usedAsNumber(q, at.at("amount")));
      for (int k = 0; k < x.profile().size(); k++) {
        usedAsNumber(x.profile().get(k), at.at("profile").at(k));
      }
      x.indexation().ifPresent(q -> usedAsNumber(q, at.at("indexation")));
      checkPrices(
          x.prices(),
          at.at("prices"),
          x.first(),
          Math.min(x.last(n), Math.max(n - 1, 0)),
          "the transfer");
    }
    for (int i = 0; i < gainShares().size(); i++) {
      GainShare g = gainShares().get(i);
      Problems at = p.at("gainShares").at(i);
      at.at("id")
          .check(
              ids.add(g.id()),
              "duplicate",
              "the id '" + g.id() + "' is used by another transfer, gain-share or reward");
      Optional<Option> option = settlementOption(g.option(), at);
      party(g.holder(), at.at("holder"), partyIds);
      for (int k = 0; k < g.schedule().size(); k++) {
        GainShare.Period row = g.schedule().get(k);
        Problems rat = GainShare.row(at, k, g.schedule().size());
        row.shares()
            .forEach(
                (party, q) -> {
                  party(party, rat.at("shares").at(party), partyIds);
                  usedAsShare(Optional.of(q), rat.at("shares").at(party));
                });
        usedAsNumber(row.threshold(), rat.at("threshold"));
        row.cap().ifPresent(q -> usedAsNumber(q, rat.at("cap")));
        row.floor().ifPresent(q -> usedAsNumber(q, rat.at("floor")));
        settlementYears(g.first(k), g.last(k, n), rat, false);
      }
      if (option.isPresent()) {
        List<Line> candidates = new ArrayList<>(linesOf(option.get()));
        candidates.addAll(linesOf(counterfactual()));
        for (int k = 0; k < g.lines().size(); k++) {
          String id = g.lines().get(k);
          List<Line> found = candidates.stream().filter(l -> l.id().equals(id)).toList();
          at.at("lines")
              .at(k)
              .check(
                  !found.isEmpty(),
                  "unknown-reference",
                  "neither the option '"
                      + g.option()
                      + "' nor the counterfactual has a line '"
                      + id
                      + "'");
          at.at("lines")
              .at(k)
              .check(
                  found.stream().noneMatch(l -> l.valueType() == ValueType.HEALTH),
                  "gain-share.health",
                  "the line '" + id + "' is in QALYs; a gain-share splits money");
        }
      }
    }
    for (int i = 0; i < rewards().size(); i++) {
      Reward r = rewards().get(i);
      Problems at = p.at("rewards").at(i);
      at.at("id")
          .check(
              ids.add(r.id()),
              "duplicate",
              "the id '" + r.id() + "' is used by another transfer, gain-share or reward");
      Optional<Option> option = settlementOption(r.option(), at);
      party(r.payer(), at.at("payer"), partyIds);
      party(r.receiver(), at.at("receiver"), partyIds);
      usedAsNumber(r.target(), at.at("target"));
      r.amount().ifPresent(q -> usedAsNumber(q, at.at("amount")));
      usedAsShare(r.shareOfBenefit(), at.at("shareOfBenefit"));
      if (option.isPresent()) {
        Optional<Line> line =
            option.get().lines().stream()
                .filter(l -> l.id().equals(r.line()) && l.derivation().isPresent())
                .findFirst();
        at.at("line")
            .check(
                line.isPresent(),
                "unknown-reference",
                "the option '"
                    + r.option()
                    + "' has no benefit line '"
                    + r.line()
                    + "' derived from a baseline");
        line.ifPresent(
            l ->
                settlementYears(
                    r.firstYear().orElse(firstYear(l)),
                    r.lastYear().orElse(lastYear(l)),
                    at,
                    false));
      }
    }
  }

  private Optional<Option> settlementOption(String id, Problems at) {
    Optional<Option> option = networkOptions().stream().filter(o -> o.id().equals(id)).findFirst();
    at.at("option")
        .check(
            option.isPresent(),
            "unknown-reference",
            "no network option '"
                + id
                + "'; the network options are: "
                + networkOptions().stream().map(Option::id).toList());
    return option;
  }

  private static void party(String id, Problems at, Set<String> partyIds) {
    at.check(
        partyIds.contains(id), "unknown-reference", "no party '" + id + "'" + partyList(partyIds));
  }

  private void settlementYears(int first, int last, Problems at, boolean profile) {
    int n = horizonYears();
    if (n < 1) {
      return;
    }
    at.at("firstYear")
        .check(
            first <= n - 1,
            "line.outside-horizon",
            "it starts in year " + first + ", outside the horizon (years 0 to " + (n - 1) + ")");
    at.at(profile ? "profile" : "lastYear")
        .check(
            last <= n - 1,
            "line.outside-horizon",
            "it runs to year " + last + ", outside the horizon (years 0 to " + (n - 1) + ")");
    if (first <= n - 1 && last <= n - 1) {
      at.at("lastYear").check(last >= first, "line.years", "it has no years in the horizon");
    }
  }

  private static String partyList(Set<String> ids) {
    return "; the parties are: " + String.join(", ", new TreeSet<>(ids));
  }

  private void checkLine(
      Line line, Problems at, Set<String> partyIds, Map<String, Baseline> baselines) {
    int n = horizonYears();
    at.at("organisation")
        .check(
            partyIds.contains(line.organisation()),
            "unknown-reference",
            "no party '" + line.organisation() + "'" + partyList(partyIds));
    int first = firstYear(line);
    int last = lastYear(line);
    if (n >= 1) {
      at.at("firstYear")
          .check(
              first <= n - 1,
              "line.outside-horizon",
              "the line starts in year "
                  + first
                  + ", outside the horizon (years 0 to "
                  + (n - 1)
                  + ")");
      if (!line.profile().isEmpty()) {
        at.at("profile")
            .check(
                last <= n - 1,
                "line.outside-horizon",
                "the profile runs to year "
                    + last
                    + ", outside the horizon (years 0 to "
                    + (n - 1)
                    + ")");
      } else {
        at.at("lastYear")
            .check(
                last <= n - 1,
                "line.outside-horizon",
                "the line runs to year "
                    + last
                    + ", outside the horizon (years 0 to "
                    + (n - 1)
                    + ")");
        if (line.lastYear().isEmpty() && first <= n - 1) {
          at.at("firstYear")
              .check(last >= first, "line.years", "the line has no years in the horizon");
        }
      }
    }
    line.amount().ifPresent(q -> usedAsNumber(q, at.at("amount")));
    for (int k = 0; k < line.profile().size(); k++) {
      usedAsNumber(line.profile().get(k), at.at("profile").at(k));
    }
    usedAsShare(line.probability(), at.at("probability"));
    usedAsShare(line.benefitOptimismBias(), at.at("benefitOptimismBias"));
    line.additionality()
        .factors()
        .forEach((name, q) -> usedAsShare(Optional.of(q), at.at("additionality").at(name)));
    line.optimismBias().ifPresent(b -> checkBias(b, at.at("optimismBias")));
    checkPrices(
        line.prices(), at.at("prices"), first, Math.min(last, Math.max(n - 1, 0)), "the line");
    line.baseline()
        .ifPresent(
            id ->
                at.at("baseline")
                    .check(
                        baselines.containsKey(id),
                        "unknown-reference",
                        "no baseline '"
                            + id
                            + "'; the baselines are: "
                            + new TreeSet<>(baselines.keySet())));
    line.derivation()
        .ifPresent(
            d -> {
              Problems dat = at.at("derivation");
              Baseline b = baselines.get(d.baseline());
              if (b == null) {
                dat.at("baseline")
                    .add(
                        "unknown-reference",
                        "no baseline '"
                            + d.baseline()
                            + "'; the baselines are: "
                            + new TreeSet<>(baselines.keySet()));
              } else {
                dat.at("baseline")
                    .check(
                        b.measure().direction() != ImprovementDirection.NEUTRAL,
                        "derivation.neutral",
                        "the measure '"
                            + b.measure().id()
                            + "' has no direction of improvement, so no benefit can be derived from it");
              }
              checkTrajectory(d.option(), dat.at("option"), last - first + 1);
              checkTrajectory(d.counterfactual(), dat.at("counterfactual"), last - first + 1);
              d.activity().ifPresent(q -> usedAsNumber(q, dat.at("activity")));
              usedAsNumber(d.unitValue(), dat.at("unitValue"));
            });
  }

  private void checkTrajectory(Trajectory trajectory, Problems at, int years) {
    if (trajectory instanceof Trajectory.Yearly y) {
      at.check(
          y.values().size() == years,
          "trajectory.length",
          "a yearly trajectory has one value per line year: "
              + years
              + ", not "
              + y.values().size());
      for (int k = 0; k < y.values().size(); k++) {
        usedAsNumber(y.values().get(k), at.at(k));
      }
    } else if (trajectory instanceof Trajectory.Constant c) {
      usedAsNumber(c.value(), at.at("constant"));
    } else if (trajectory instanceof Trajectory.Ramp r) {
      usedAsNumber(r.target(), at.at("target"));
    }
  }

  private void checkPrices(String prices, Problems at, int first, int last, String what) {
    if (prices.equals("real")) {
      return;
    }
    Set<FinancialYear> missing = new TreeSet<>();
    if (prices.equals("nominal")) {
      for (int t = first; t <= last; t++) {
        if (!deflator().containsKey(financialYear(t))) {
          missing.add(financialYear(t));
        }
      }
    } else {
      FinancialYear year;
      try {
        year = FinancialYear.parse(prices);
      } catch (ValidationException e) {
        return; // reported by the line's own check
      }
      if (year.equals(priceBase())) {
        return;
      }
      if (!deflator().containsKey(year)) {
        missing.add(year);
      }
    }
    if (!deflator().containsKey(priceBase())) {
      missing.add(priceBase());
    }
    if (!missing.isEmpty()) {
      at.add(
          "price.no-deflator",
          what
              + " is in "
              + prices
              + " prices and the price base is "
              + priceBase()
              + "; without a deflator for "
              + missing
              + " it cannot be converted");
    }
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

  private void checkBias(OptimismBias bias, Problems at) {
    Map<String, AppraisalReference.Bounds> types = referenceData().projectTypes();
    bias.projectType()
        .ifPresent(
            t ->
                at.at("projectType")
                    .check(
                        types.containsKey(t),
                        "unknown-reference",
                        "no project type '" + t + "'; the types are: " + types.keySet()));
    for (String t : bias.mix().keySet()) {
      at.at("mix")
          .at(t)
          .check(
              types.containsKey(t),
              "unknown-reference",
              "no project type '" + t + "'; the types are: " + types.keySet());
    }
    bias.upper().ifPresent(u -> usedAsNumber(u, at.at("upper")));
    usedAsShare(Optional.of(bias.mitigated()), at.at("mitigated"));
  }

  private void usedAsNumber(Quantity quantity, Problems at) {
    if (quantity instanceof Quantity.Named named) {
      at.check(
          parameters().containsKey(named.parameter()),
          "unknown-reference",
          "no parameter '"
              + named.parameter()
              + "'; the parameters are: "
              + new TreeSet<>(parameters().keySet()));
    }
  }

  private void usedAsShare(Optional<Quantity> quantity, Problems at) {
    if (quantity.isEmpty()) {
      return;
    }
    usedAsNumber(quantity.get(), at);
    if (quantity.get() instanceof Quantity.Named named
        && parameters().containsKey(named.parameter())) {
      Parameter parameter = parameters().get(named.parameter());
      List<BigDecimal> values = new ArrayList<>();
      values.add(parameter.value());
      parameter.low().ifPresent(values::add);
      parameter.high().ifPresent(values::add);
      for (BigDecimal v : values) {
        if (v.signum() < 0 || v.compareTo(BigDecimal.ONE) > 0) {
          at.add(
              "range",
              "the parameter '"
                  + named.parameter()
                  + "' is used here as a probability or share, so its"
                  + " value, low and high are in [0, 1]; it has "
                  + v.toPlainString());
          break;
        }
      }
      parameter
          .distribution()
          .filter(d -> !d.drawsWithin(0, 1))
          .ifPresent(
              d ->
                  at.add(
                      "distribution.support",
                      "the parameter '"
                          + named.parameter()
                          + "' is used here as a probability or share, but its "
                          + d.type()
                          + " distribution can draw values outside [0, 1]; a beta, or a bounded uniform, triangular or PERT, cannot"));
    }
  }

  private void checkConsortium(JointPurchasing consortium, Problems at, Set<String> partyIds) {
    Optional<Option> option =
        networkOptions().stream().filter(o -> o.id().equals(consortium.option())).findFirst();
    at.at("option")
        .check(
            option.isPresent(),
            "unknown-reference",
            "no network option '" + consortium.option() + "'");
    for (int m = 0; m < consortium.consortium().members().size(); m++) {
      String member = consortium.consortium().members().get(m);
      at.at("members")
          .at(m)
          .at("organisation")
          .check(
              partyIds.contains(member),
              "unknown-reference",
              "no party '" + member + "'" + partyList(partyIds));
      String id = consortium.id() + "/" + member;
      boolean clash =
          option.map(o -> o.lines().stream().anyMatch(l -> l.id().equals(id))).orElse(false)
              || counterfactual().lines().stream().anyMatch(l -> l.id().equals(id));
      at.at("members")
          .at(m)
          .check(
              !clash, "duplicate", "the line id '" + id + "' the consortium makes is already used");
    }
    int n = horizonYears();
    at.at("firstYear")
        .check(
            consortium.firstYear() <= n - 1,
            "line.outside-horizon",
            "the consortium starts in year "
                + consortium.firstYear()
                + ", outside the horizon (years 0 to "
                + (n - 1)
                + ")");
    consortium
        .lastYear()
        .ifPresent(
            l ->
                at.at("lastYear")
                    .check(
                        l <= n - 1 && l >= consortium.firstYear(),
                        "line.outside-horizon",
                        "the last year " + l + " is outside the horizon or before the first year"));
  }

  private void checkObservation(BenefitObservation observation, Problems at) {
    List<Option> having =
        networkOptions().stream()
            .filter(o -> observation.option().map(o.id()::equals).orElse(true))
            .filter(
                o ->
                    o.lines().stream()
                        .anyMatch(
                            l -> l.id().equals(observation.line()) && l.derivation().isPresent()))
            .toList();
    if (having.isEmpty()) {
      at.at("line")
          .add(
              "unknown-reference",
              "no network option has a derived benefit line '"
                  + observation.line()
                  + "'"
                  + observation.option().map(o -> " in option '" + o + "'").orElse(""));
    } else if (having.size() > 1) {
      at.at("option")
          .add(
              "required",
              "more than one network option has a line '"
                  + observation.line()
                  + "'; name the option");
    }
    LocalDate start = yearZero().start();
    LocalDate end = financialYear(Math.max(horizonYears(), 1) - 1).endExclusive();
    LocalDate from = observation.period().from();
    at.at("period")
        .check(
            !from.isBefore(start) && from.isBefore(end),
            "observation.outside-horizon",
            "the observed period starts on "
                + from
                + ", outside the appraisal's years ("
                + start
                + " to "
                + end
                + ")");
    if (!from.isBefore(start) && from.isBefore(end)) {
      FinancialYear fy = FinancialYear.containing(from);
      LocalDate to = observation.period().to().orElse(from);
      at.at("period")
          .check(
              !to.isAfter(fy.endExclusive()),
              "observation.period",
              "an observed period falls inside one financial year; this one runs past " + fy.end());
    }
  }
}
