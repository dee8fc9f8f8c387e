package org.networkedcare.metrics.appraisal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.networkedcare.core.FinancialYear;
import org.networkedcare.core.Money;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.metrics.appraisal.AppraisalResult.BudgetImpact;
import org.networkedcare.metrics.appraisal.AppraisalResult.HealthSwitchingValue;
import org.networkedcare.metrics.appraisal.AppraisalResult.HealthView;
import org.networkedcare.metrics.appraisal.AppraisalResult.LineResult;
import org.networkedcare.metrics.appraisal.AppraisalResult.LineYear;
import org.networkedcare.metrics.appraisal.AppraisalResult.OptionResult;
import org.networkedcare.metrics.appraisal.AppraisalResult.OrganisationPosition;
import org.networkedcare.metrics.appraisal.AppraisalResult.PresentValues;
import org.networkedcare.metrics.appraisal.AppraisalResult.Realised;
import org.networkedcare.metrics.appraisal.AppraisalResult.RealisedObservation;
import org.networkedcare.metrics.appraisal.AppraisalResult.RewardObservation;
import org.networkedcare.metrics.appraisal.AppraisalResult.RewardRealised;
import org.networkedcare.metrics.appraisal.AppraisalResult.ScenarioResult;
import org.networkedcare.metrics.appraisal.AppraisalResult.SettlementResult;
import org.networkedcare.metrics.appraisal.AppraisalResult.SettlementYear;
import org.networkedcare.metrics.appraisal.AppraisalResult.SwitchingValue;
import org.networkedcare.metrics.appraisal.AppraisalResult.TornadoBar;
import org.networkedcare.metrics.appraisal.Compiled.CLine;
import org.networkedcare.metrics.baseline.Baseline;

/** Turns a compiled appraisal into its full, explained result. */
final class Evaluator {

  private static final MathContext FACTOR = new MathContext(10, RoundingMode.HALF_EVEN);
  private static final MathContext SIX = new MathContext(6, RoundingMode.HALF_EVEN);

  /**
   * How far from the central value a switching value is sought for a parameter that is not a share.
   */
  private static final double SEARCH_LIMIT = 1e12;

  private final Compiled c;
  private final Appraisal a;

  Evaluator(Compiled compiled) {
    this.c = compiled;
    this.a = compiled.appraisal;
  }

  /** Rounds pounds to pence, half-even; refuses a non-finite or out-of-range value. */
  static Money money(double pounds) {
    if (!Double.isFinite(pounds) || Math.abs(pounds) > 9e16) {
      throw new ValidationException(
          "",
          "result.range",
          "a result is not a finite amount of money within range ("
              + pounds
              + "); check the magnitudes of the inputs");
    }
    return Money.of(new BigDecimal(pounds).setScale(2, RoundingMode.HALF_EVEN));
  }

  static BigDecimal decimal(double value, MathContext context) {
    if (!Double.isFinite(value)) {
      throw new ValidationException(
          "", "result.range", "a result is not a finite number (" + value + ")");
    }
    BigDecimal d = new BigDecimal(value).round(context);
    return d.signum() == 0
        ? BigDecimal.ZERO
        : d.stripTrailingZeros().scale() < 0 ? d.setScale(0) : d.stripTrailingZeros();
  }

  AppraisalResult evaluate() {
    List<Problem> warnings = warnings();
    List<OptionResult> results = new ArrayList<>();
    for (int k : c.networkOptions) {
      results.add(option(k));
    }
    List<Realised> realised = realised(warnings);
    return new AppraisalResult(a, results, warnings, realised, rewardsRealised(realised));
  }

  /** Each reward against the observations of its line: earned as appraised and as realised. */
  private List<RewardRealised> rewardsRealised(List<Realised> realised) {
    List<RewardRealised> list = new ArrayList<>();
    double[] p = c.central;
    for (Reward r : a.rewards()) {
      int k =
          a.options()
              .indexOf(
                  a.options().stream()
                      .filter(o -> o.id().equals(r.option()))
                      .findFirst()
                      .orElseThrow());
      CLine line = Settlement.rewardLine(c, k, r).orElseThrow(); // the appraisal's check ensures it
      int first = r.firstYear().orElse(line.first);
      int last = r.lastYear().orElse(line.last);
      double target = c.term(r.target()).v(p);
      double amount = c.term(r.amount(), 0).v(p);
      double share = c.term(r.shareOfBenefit(), 0).v(p);
      List<RewardObservation> rows = new ArrayList<>();
      for (Realised x : realised) {
        if (!x.option().equals(r.option()) || !x.line().equals(r.line())) {
          continue;
        }
        for (RealisedObservation o : x.observations()) {
          int t = o.financialYear().startYear() - a.yearZero().startYear();
          if (t < first || t > last) {
            continue;
          }
          LocalDate to = o.observation().period().to().orElseThrow();
          double days = ChronoUnit.DAYS.between(o.observation().period().from(), to);
          boolean asAppraised =
              Settlement.achieved(line.direction, line.optionPath.v(p, t - line.first), target);
          boolean asRealised =
              Settlement.achieved(line.direction, o.observation().value().doubleValue(), target);
          Money assumed =
              asAppraised
                  ? money(
                      amount * days / 365.0
                          + share * o.assumedBenefit().toBigDecimal().doubleValue())
                  : Money.zero();
          Money earned =
              asRealised
                  ? money(
                      amount * days / 365.0
                          + share * o.realisedBenefit().toBigDecimal().doubleValue())
                  : Money.zero();
          rows.add(
              new RewardObservation(
                  o.financialYear(),
                  o.observation().period(),
                  o.observation().value(),
                  o.assumedValue(),
                  asAppraised,
                  asRealised,
                  assumed,
                  earned));
        }
      }
      Money assumed =
          rows.stream().map(RewardObservation::assumedReward).reduce(Money.zero(), Money::plus);
      Money earned =
          rows.stream().map(RewardObservation::realisedReward).reduce(Money.zero(), Money::plus);
      list.add(
          new RewardRealised(
              r.id(),
              r.option(),
              r.line(),
              r.payer(),
              r.receiver(),
              decimal(target, SIX),
              rows,
              assumed,
              earned));
    }
    return list;
  }

  private List<Problem> warnings() {
    List<Problem> warnings = new ArrayList<>();
    for (int o = 0; o < a.options().size(); o++) {
      Option option = a.options().get(o);
      LocalDate change = changeDate(option);
      for (int j = 0; j < option.lines().size(); j++) {
        Line line = option.lines().get(j);
        String path = "/options/" + o + "/lines/" + j;
        Optional<String> baselineId =
            line.derivation().map(Derivation::baseline).or(line::baseline);
        String where = line.derivation().isPresent() ? "/derivation/baseline" : "/baseline";
        if (!option.counterfactual() && baselineId.isPresent()) {
          baseline(baselineId.get())
              .filter(b -> b.capturedAfter(change))
              .ifPresent(
                  b ->
                      warnings.add(
                          new Problem(
                              path + where,
                              "baseline.after-change",
                              "the baseline '"
                                  + b.id()
                                  + "' was captured on "
                                  + b.capturedOn()
                                  + ", after the change on "
                                  + change
                                  + " that it measures; the line '"
                                  + line.id()
                                  + "' rests on it")));
        }
        if (!option.counterfactual()
            && line.type() == LineType.BENEFIT
            && line.derivation().isEmpty()
            && line.baseline().isEmpty()) {
          warnings.add(
              new Problem(
                  path + "/baseline",
                  "benefit.no-baseline",
                  "the benefit '"
                      + line.id()
                      + "' is stated as money without naming the baseline it rests on"));
        }
        if (line.type() == LineType.COST
            && line.capital()
            && line.optimismBias().isEmpty()
            && a.optimismBias().isEmpty()) {
          warnings.add(
              new Problem(
                  path + "/capital",
                  "optimism-bias.missing",
                  "the capital line '"
                      + line.id()
                      + "' has no optimism bias, and the appraisal gives none for capital"));
        }
      }
    }
    AppraisalReference ref = a.referenceData();
    for (String name : List.of(a.cashSchedule(), a.healthSchedule())) {
      ref.schedule(name)
          .filter(DiscountSchedule::toConfirm)
          .ifPresent(
              s ->
                  warnings.add(
                      new Problem(
                          "/discounting",
                          "reference.to-confirm",
                          "the discount schedule '"
                              + name
                              + "' ("
                              + s.edition()
                              + ") is still to be confirmed against the 2026 Green Book")));
    }
    boolean health = c.lines.stream().anyMatch(l -> l.health);
    if (health && a.qalyValue().isEmpty() && ref.qalyValue().toConfirm()) {
      warnings.add(
          new Problem(
              "/referenceData/qalyValue",
              "reference.to-confirm",
              "the value of a QALY ("
                  + ref.qalyValue().amount().toPlainString()
                  + " at "
                  + ref.qalyValue().priceYear().orElse("")
                  + " prices, "
                  + ref.qalyValue().edition()
                  + ") is still to be confirmed against the 2026 Green Book"));
    }
    return warnings;
  }

  private LocalDate changeDate(Option option) {
    return option.changeDate().orElse(a.yearZero().start());
  }

  private Optional<Baseline> baseline(String id) {
    return a.baselines().stream().filter(b -> b.id().equals(id)).findFirst();
  }

  private OptionResult option(int k) {
    Option option = a.options().get(k);
    Option cf = a.options().get(c.counterfactual);
    double[] p = c.central;
    List<LineResult> lineResults = new ArrayList<>();
    Map<String, Money> pvOption = new LinkedHashMap<>();
    Map<String, Money> pvCounterfactual = new LinkedHashMap<>();
    Map<String, CLine> meta = new LinkedHashMap<>();
    for (CLine line : c.lines(k)) {
      LineResult r = lineResult(option.id(), line, p);
      lineResults.add(r);
      pvOption.put(line.line.id(), r.presentValue());
      meta.put(line.line.id(), line);
    }
    for (CLine line : c.lines(c.counterfactual)) {
      LineResult r = lineResult(cf.id(), line, p);
      lineResults.add(r);
      pvCounterfactual.put(line.line.id(), r.presentValue());
      meta.putIfAbsent(line.line.id(), line);
    }
    PresentValues totals = PresentValues.zero();
    Map<String, PresentValues> byOrg = new TreeMap<>();
    Map<Category, PresentValues> byCategory = new EnumMap<>(Category.class);
    Map<ValueType, PresentValues> byValueType = new EnumMap<>(ValueType.class);
    for (Map.Entry<String, CLine> e : meta.entrySet()) {
      Line line = e.getValue().line;
      Money net =
          pvOption
              .getOrDefault(e.getKey(), Money.zero())
              .minus(pvCounterfactual.getOrDefault(e.getKey(), Money.zero()));
      PresentValues pair;
      if (line.type() == LineType.COST) {
        pair =
            net.signum() >= 0
                ? new PresentValues(net, Money.zero(), Money.zero())
                : new PresentValues(
                    Money.zero(), net.negate(), line.cashReleasing() ? net.negate() : Money.zero());
      } else {
        pair = new PresentValues(Money.zero(), net, line.cashReleasing() ? net : Money.zero());
      }
      totals = totals.plus(pair);
      byOrg.merge(line.organisation(), pair, PresentValues::plus);
      byCategory.merge(line.category(), pair, PresentValues::plus);
      byValueType.merge(line.valueType(), pair, PresentValues::plus);
    }
    List<SettlementResult> settlements = settlements(k, p);
    return new OptionResult(
        option.id(),
        option.name(),
        cf.id(),
        totals,
        byOrg,
        byCategory,
        byValueType,
        payback(k, p),
        budget(k, p),
        healthView(k, p, totals, lineResults),
        benefitsMayFall(totals),
        capitalUplift(k, p),
        healthSwitching(k, p),
        switchingValues(k),
        tornado(k),
        scenarios(k, totals.npsv()),
        lineResults,
        positions(byOrg, settlements),
        settlements);
  }

  /**
   * Each payment stream of an option, year by year; its present value is rounded once, so both
   * parties see the same figure.
   */
  private List<SettlementResult> settlements(int k, double[] p) {
    List<SettlementResult> list = new ArrayList<>();
    for (Settlement s : c.settlements(k)) {
      List<SettlementYear> years = new ArrayList<>();
      for (int t = s.first; t <= s.last; t++) {
        double amount = s.amount.v(p, t);
        years.add(
            new SettlementYear(t, a.financialYear(t), money(amount), money(amount * c.dfCash[t])));
      }
      list.add(
          new SettlementResult(
              s.id, s.kind.id, s.payer, s.receiver, money(s.pv(p, c.dfCash)), years));
    }
    return list;
  }

  /**
   * Each organisation's net benefit before and after the payments between parties; empty when the
   * appraisal has none.
   */
  private List<OrganisationPosition> positions(
      Map<String, PresentValues> byOrg, List<SettlementResult> settlements) {
    if (!a.hasSettlements()) {
      return List.of();
    }
    Map<String, Money[]> moves = new TreeMap<>();
    for (String org : c.organisations) {
      moves.put(org, new Money[] {Money.zero(), Money.zero(), Money.zero()});
    }
    for (SettlementResult s : settlements) {
      int slot =
          s.kind().equals(Settlement.Kind.TRANSFER.id)
              ? 0
              : s.kind().equals(Settlement.Kind.GAIN_SHARE.id) ? 1 : 2;
      Money[] payer = Objects.requireNonNull(moves.get(s.payer()));
      Money[] receiver = Objects.requireNonNull(moves.get(s.receiver()));
      payer[slot] = payer[slot].minus(s.presentValue());
      receiver[slot] = receiver[slot].plus(s.presentValue());
    }
    List<OrganisationPosition> list = new ArrayList<>();
    moves.forEach(
        (org, m) ->
            list.add(
                new OrganisationPosition(
                    org, byOrg.getOrDefault(org, PresentValues.zero()).npsv(), m[0], m[1], m[2])));
    return list;
  }

  private LineResult lineResult(String optionId, CLine line, double[] p) {
    List<LineYear> years = new ArrayList<>();
    double pv = 0;
    for (int t = line.first; t <= line.last; t++) {
      double gross = line.gross(p, t);
      double factor = line.factor(p, t, Double.NaN) * line.unitMoney(p);
      double adjusted = gross * factor;
      double discounted = adjusted * line.df[t];
      pv += discounted;
      years.add(
          new LineYear(
              t,
              a.financialYear(t),
              decimal(gross, SIX),
              decimal(factor, FACTOR),
              decimal(line.df[t], FACTOR),
              money(adjusted),
              money(discounted)));
    }
    String schedule = line.health ? a.healthSchedule() : a.cashSchedule();
    return new LineResult(
        optionId,
        line.line.id(),
        line.line.type(),
        line.line.organisation(),
        line.line.category(),
        line.line.valueType(),
        line.line.cashReleasing(),
        schedule,
        money(pv),
        adjustments(line, p),
        years);
  }

  private List<String> adjustments(CLine line, double[] p) {
    List<String> list = new ArrayList<>();
    Line l = line.line;
    if (line.derived) {
      Derivation d = l.derivation().get();
      list.add(
          "derived from baseline '"
              + d.baseline()
              + "' (value "
              + fmt(line.base)
              + "): improvement ("
              + (line.direction > 0 ? "counterfactual - option" : "option - counterfactual")
              + ") x activity "
              + fmt(line.activity.v(p))
              + " x unit value "
              + fmt(line.unitValue.v(p)));
    }
    l.baseline().ifPresent(b -> list.add("rests on baseline '" + b + "'"));
    if (!l.prices().equals("real")) {
      list.add("prices " + l.prices() + " converted to " + a.priceBase() + " with the deflator");
    }
    if (line.health) {
      list.add(
          "QALYs valued at "
              + fmt(line.qalyValue.v(p))
              + " per QALY (Green Book social value at the price base)");
    }
    if (line.benefit) {
      for (Map.Entry<String, Quantity> e : l.additionality().factors().entrySet()) {
        double v = c.term(e.getValue()).v(p);
        String name = e.getKey();
        list.add(
            name.equals("attribution")
                ? "attribution x " + fmt(v)
                : name.equals("dropOff")
                    ? "drop-off x (1 - " + fmt(v) + ")^(t-1)"
                    : name + " x (1 - " + fmt(v) + ")");
      }
      double b = line.benefitBias.v(p);
      if (b != 0) {
        list.add("benefit optimism bias x (1 - " + fmt(b) + ")");
      }
      list.add("data quality grade " + l.dataQuality() + " x (1 - " + fmt(line.benefitGrade) + ")");
    } else {
      if (l.probability().isPresent()) {
        list.add("probability x " + fmt(line.probability.v(p)));
      }
      if (line.hasBias) {
        list.add(
            "optimism bias ("
                + line.biasDescription
                + ") x (1 + "
                + fmt(line.biasUpper.v(p))
                + " x (1 - "
                + fmt(line.biasMitigated.v(p))
                + ")) = x "
                + fmt(line.uplift(p, Double.NaN)));
      }
      list.add("data quality grade " + l.dataQuality() + " x (1 + " + fmt(line.costGrade) + ")");
    }
    list.add(
        "discounted on the "
            + (line.health ? a.healthSchedule() : a.cashSchedule())
            + " schedule, chained factors");
    return list;
  }

  private static String fmt(double v) {
    return decimal(v, SIX).toPlainString();
  }

  private OptionalInt payback(int k, double[] p) {
    double cumulative = 0;
    for (int t = 0; t < c.years; t++) {
      for (CLine line : c.lines(k)) {
        cumulative += yearSigned(line, p, t);
      }
      for (CLine line : c.lines(c.counterfactual)) {
        cumulative -= yearSigned(line, p, t);
      }
      if (cumulative > 0) {
        return OptionalInt.of(t);
      }
    }
    return OptionalInt.empty();
  }

  private static double yearSigned(CLine line, double[] p, int t) {
    if (t < line.first || t > line.last) {
      return 0;
    }
    double v = line.adjusted(p, t, Double.NaN) * line.df[t];
    return line.benefit ? v : -v;
  }

  private List<BudgetImpact> budget(int k, double[] p) {
    Map<String, Money[]> byOrg = new TreeMap<>();
    for (int side = 0; side < 2; side++) {
      CLine[] lines = c.lines(side == 0 ? k : c.counterfactual);
      for (CLine line : lines) {
        if (!line.line.cashReleasing()) {
          continue;
        }
        Money[] years =
            byOrg.computeIfAbsent(
                line.line.organisation(),
                x -> {
                  Money[] m = new Money[c.years];
                  java.util.Arrays.fill(m, Money.zero());
                  return m;
                });
        for (int t = line.first; t <= line.last; t++) {
          Money m = money(line.adjusted(p, t, Double.NaN));
          boolean positive = line.benefit == (side == 0);
          years[t] = positive ? years[t].plus(m) : years[t].minus(m);
        }
      }
    }
    for (Settlement s : c.settlements(k)) {
      for (String org : List.of(s.payer, s.receiver)) {
        byOrg.computeIfAbsent(
            org,
            x -> {
              Money[] m = new Money[c.years];
              java.util.Arrays.fill(m, Money.zero());
              return m;
            });
      }
      Money[] payer = Objects.requireNonNull(byOrg.get(s.payer));
      Money[] receiver = Objects.requireNonNull(byOrg.get(s.receiver));
      for (int t = s.first; t <= s.last; t++) {
        Money m = money(s.amount.v(p, t));
        payer[t] = payer[t].minus(m);
        receiver[t] = receiver[t].plus(m);
      }
    }
    List<BudgetImpact> list = new ArrayList<>();
    byOrg.forEach(
        (org, years) -> {
          for (int t = 0; t < years.length; t++) {
            list.add(new BudgetImpact(org, a.financialYear(t), years[t]));
          }
        });
    return list;
  }

  private Optional<HealthView> healthView(
      int k, double[] p, PresentValues totals, List<LineResult> lineResults) {
    boolean any = false;
    double qalys = 0;
    // The social-value PV is the signed sum of the health lines' rounded present values, exactly
    // the
    // part of NPSV they make.
    Money social = Money.zero();
    String counterfactualId = a.options().get(c.counterfactual).id();
    for (LineResult r : lineResults) {
      if (r.valueType() == ValueType.HEALTH) {
        boolean plus = (r.type() == LineType.BENEFIT) != r.option().equals(counterfactualId);
        social = plus ? social.plus(r.presentValue()) : social.minus(r.presentValue());
      }
    }
    for (int side = 0; side < 2; side++) {
      for (CLine line : c.lines(side == 0 ? k : c.counterfactual)) {
        if (!line.health) {
          continue;
        }
        any = true;
        double q = 0;
        for (int t = line.first; t <= line.last; t++) {
          q += line.gross(p, t) * line.factor(p, t, Double.NaN) * line.df[t];
        }
        double sign = (line.benefit ? 1 : -1) * (side == 0 ? 1 : -1);
        qalys += sign * q;
      }
    }
    if (!any) {
      return Optional.empty();
    }
    double threshold = a.referenceData().niceThreshold().amount().doubleValue();
    Money atThreshold = money(qalys * threshold);
    return Optional.of(
        new HealthView(
            decimal(qalys, SIX),
            money(c.qalyValueCentral).toBigDecimal(),
            social,
            decimal(threshold, SIX),
            atThreshold,
            totals.npsv().minus(social).plus(atThreshold)));
  }

  private static Optional<BigDecimal> benefitsMayFall(PresentValues totals) {
    if (!totals.benefits().isPositive()) {
      return Optional.empty();
    }
    return Optional.of(
        totals
            .npsv()
            .toBigDecimal()
            .divide(totals.benefits().toBigDecimal(), 4, RoundingMode.HALF_EVEN));
  }

  private Optional<BigDecimal> capitalUplift(int k, double[] p) {
    // NPSV(u) = NPSV(0) + u * K, K the signed PV of raw capital (every adjustment but optimism
    // bias).
    double k0 = 0;
    for (int side = 0; side < 2; side++) {
      for (CLine line : c.lines(side == 0 ? k : c.counterfactual)) {
        if (line.capital) {
          k0 += (side == 0 ? 1 : -1) * line.signedPv(p, 0.0);
        }
      }
    }
    if (k0 == 0) {
      return Optional.empty();
    }
    double npsv0 = c.npsv(k, p, 0.0);
    return Optional.of(decimal(-npsv0 / k0, SIX));
  }

  private List<HealthSwitchingValue> healthSwitching(int k, double[] p) {
    List<HealthSwitchingValue> list = new ArrayList<>();
    double npsv = c.npsv(k, p);
    for (int side = 0; side < 2; side++) {
      int o = side == 0 ? k : c.counterfactual;
      for (CLine line : c.lines(o)) {
        if (!line.health) {
          continue;
        }
        double contribution = (side == 0 ? 1 : -1) * line.signedPv(p, Double.NaN);
        double mean = 0;
        for (int t = line.first; t <= line.last; t++) {
          mean += line.gross(p, t);
        }
        mean /= (line.last - line.first + 1);
        if (contribution == 0) {
          continue;
        }
        double scale = 1 - npsv / contribution;
        list.add(
            new HealthSwitchingValue(
                a.options().get(o).id(),
                line.line.id(),
                decimal(mean, SIX),
                decimal(scale * mean, SIX)));
      }
    }
    return list;
  }

  private List<SwitchingValue> switchingValues(int k) {
    List<SwitchingValue> list = new ArrayList<>();
    for (int i = 0; i < c.names.length; i++) {
      double central = c.central[i];
      Optional<Double> root = root(k, i);
      BigDecimal centralValue = Objects.requireNonNull(a.parameters().get(c.names[i])).value();
      Optional<BigDecimal> value = root.map(r -> decimal(r, SIX));
      Optional<BigDecimal> change = root.map(r -> decimal(r - central, SIX));
      Optional<BigDecimal> relative =
          central == 0 ? Optional.empty() : root.map(r -> decimal((r - central) / central, SIX));
      list.add(new SwitchingValue(c.names[i], centralValue, value, change, relative));
    }
    return list;
  }

  /** The value of parameter i nearest its central value at which NPSV is zero, if any. */
  Optional<Double> root(int k, int i) {
    double[] p = c.central.clone();
    double central = p[i];
    double f0 = c.npsv(k, p);
    if (f0 == 0) {
      return Optional.of(central);
    }
    double lo = c.share[i] ? 0 : central - SEARCH_LIMIT;
    double hi = c.share[i] ? 1 : central + SEARCH_LIMIT;
    Optional<Double> best = Optional.empty();
    for (int direction : new int[] {1, -1}) {
      double step = Math.max(Math.abs(central), 1e-3) * 1e-3;
      double previous = central;
      while (true) {
        double x = central + direction * step;
        boolean last = false;
        if (x >= hi) {
          x = hi;
          last = true;
        } else if (x <= lo) {
          x = lo;
          last = true;
        }
        if (x == previous) {
          break;
        }
        p[i] = x;
        double f = c.npsv(k, p);
        if (Double.isFinite(f) && Math.signum(f) != Math.signum(f0)) {
          double r = bisect(k, p, i, previous, x, f0);
          if (best.isEmpty() || Math.abs(r - central) < Math.abs(best.get() - central)) {
            best = Optional.of(r);
          }
          break;
        }
        if (last) {
          break;
        }
        previous = x;
        step *= 2;
      }
    }
    return best;
  }

  private double bisect(int k, double[] p, int i, double a0, double b0, double fa0) {
    double lo = a0;
    double hi = b0;
    double flo = fa0;
    for (int n = 0; n < 200; n++) {
      double mid = 0.5 * (lo + hi);
      if (mid == lo || mid == hi) {
        break;
      }
      p[i] = mid;
      double f = c.npsv(k, p);
      if (f == 0) {
        return mid;
      }
      if (Math.signum(f) == Math.signum(flo)) {
        lo = mid;
        flo = f;
      } else {
        hi = mid;
      }
    }
    return 0.5 * (lo + hi);
  }

  private List<TornadoBar> tornado(int k) {
    List<TornadoBar> bars = new ArrayList<>();
    for (int i = 0; i < c.names.length; i++) {
      if (Double.isNaN(c.low[i]) || Double.isNaN(c.high[i])) {
        continue;
      }
      double[] p = c.central.clone();
      p[i] = c.low[i];
      Money atLow = money(c.npsv(k, p));
      p[i] = c.high[i];
      Money atHigh = money(c.npsv(k, p));
      Parameter parameter = Objects.requireNonNull(a.parameters().get(c.names[i]));
      bars.add(
          new TornadoBar(
              c.names[i],
              parameter.low().orElseThrow(),
              parameter.high().orElseThrow(),
              atLow,
              atHigh,
              atHigh.minus(atLow).abs()));
    }
    bars.sort(
        Comparator.comparing(TornadoBar::swing).reversed().thenComparing(TornadoBar::parameter));
    return bars;
  }

  private List<ScenarioResult> scenarios(int k, Money centralNpsv) {
    List<ScenarioResult> list = new ArrayList<>();
    if (!a.scenarios().isEmpty()) {
      for (Scenario s : a.scenarios()) {
        double[] p = c.central.clone();
        s.parameters().forEach((name, v) -> p[c.parameter(name)] = v.doubleValue());
        list.add(new ScenarioResult(s.name(), s.parameters(), money(c.npsv(k, p))));
      }
      return list;
    }
    Map<String, BigDecimal> pessimistic = new HashMap<>();
    Map<String, BigDecimal> optimistic = new HashMap<>();
    double[] pp = c.central.clone();
    double[] po = c.central.clone();
    for (int i = 0; i < c.names.length; i++) {
      if (Double.isNaN(c.low[i]) || Double.isNaN(c.high[i])) {
        continue;
      }
      double[] p = c.central.clone();
      p[i] = c.low[i];
      double atLow = c.npsv(k, p);
      p[i] = c.high[i];
      double atHigh = c.npsv(k, p);
      Parameter parameter = Objects.requireNonNull(a.parameters().get(c.names[i]));
      boolean lowWorse = atLow <= atHigh;
      pp[i] = lowWorse ? c.low[i] : c.high[i];
      po[i] = lowWorse ? c.high[i] : c.low[i];
      pessimistic.put(c.names[i], lowWorse ? parameter.low().get() : parameter.high().get());
      optimistic.put(c.names[i], lowWorse ? parameter.high().get() : parameter.low().get());
    }
    list.add(new ScenarioResult("pessimistic", pessimistic, money(c.npsv(k, pp))));
    // The central scenario is the full result's NPSV, so that the two never differ by rounding.
    list.add(new ScenarioResult("central", Map.of(), centralNpsv));
    list.add(new ScenarioResult("optimistic", optimistic, money(c.npsv(k, po))));
    return list;
  }

  private List<Realised> realised(List<Problem> warnings) {
    Map<String, List<RealisedObservation>> byLine = new LinkedHashMap<>();
    Map<String, CLine> lines = new LinkedHashMap<>();
    double[] p = c.central;
    for (int n = 0; n < a.observations().size(); n++) {
      BenefitObservation obs = a.observations().get(n);
      int optionIndex = -1;
      CLine found = null;
      for (int k : c.networkOptions) {
        if (obs.option().isPresent() && !obs.option().get().equals(a.options().get(k).id())) {
          continue;
        }
        for (CLine l : c.lines(k)) {
          if (l.line.id().equals(obs.line()) && l.derived) {
            optionIndex = k;
            found = l;
          }
        }
      }
      // the appraisal's checks ensure every observation names a derived line of a network option
      CLine line = Objects.requireNonNull(found, () -> "no derived line " + obs.line());
      Option option = a.options().get(optionIndex);
      FinancialYear fy = FinancialYear.containing(obs.period().from());
      int t = fy.startYear() - a.yearZero().startYear();
      String path = "/observations/" + n;
      if (t < line.first || t > line.last) {
        warnings.add(
            new Problem(
                path + "/period",
                "observation.outside-line",
                "the observation is for "
                    + fy
                    + ", outside the years of the line '"
                    + line.line.id()
                    + "'"));
        continue;
      }
      if (obs.period().from().isBefore(changeDate(option))) {
        warnings.add(
            new Problem(
                path + "/period",
                "observation.before-change",
                "the observed period starts on "
                    + obs.period().from()
                    + ", before the change on "
                    + changeDate(option)));
      }
      int i = t - line.first;
      LocalDate to = obs.period().to().orElseThrow();
      double activity =
          obs.count()
              .map(Long::doubleValue)
              .orElse(
                  line.activity.v(p) * ChronoUnit.DAYS.between(obs.period().from(), to) / 365.0);
      double cfValue = line.counterfactualPath.v(p, i);
      double assumedValue = line.optionPath.v(p, i);
      double assumedImprovement = line.direction * (cfValue - assumedValue);
      double realisedImprovement = line.direction * (cfValue - obs.value().doubleValue());
      double perUnit =
          line.unitValue.v(p)
              * (line.health ? 1 : line.price[i])
              * line.unitMoney(p)
              * line.factor(p, t, Double.NaN);
      String key = option.id() + "\u0000" + line.line.id();
      lines.put(key, line);
      byLine
          .computeIfAbsent(key, x -> new ArrayList<>())
          .add(
              new RealisedObservation(
                  fy,
                  obs,
                  decimal(cfValue, SIX),
                  decimal(assumedValue, SIX),
                  decimal(activity, SIX),
                  decimal(assumedImprovement, SIX),
                  decimal(realisedImprovement, SIX),
                  money(assumedImprovement * activity * perUnit),
                  money(realisedImprovement * activity * perUnit)));
    }
    List<Realised> list = new ArrayList<>();
    byLine.forEach(
        (key, rows) -> {
          CLine line = Objects.requireNonNull(lines.get(key));
          Money assumed =
              rows.stream()
                  .map(RealisedObservation::assumedBenefit)
                  .reduce(Money.zero(), Money::plus);
          Money realised =
              rows.stream()
                  .map(RealisedObservation::realisedBenefit)
                  .reduce(Money.zero(), Money::plus);
          Baseline b = line.baseline.orElseThrow();
          list.add(
              new Realised(
                  key.substring(0, key.indexOf('\u0000')),
                  line.line.id(),
                  line.line.organisation(),
                  b.id(),
                  b.measure().unit(),
                  rows,
                  assumed,
                  realised));
        });
    return list;
  }
}
