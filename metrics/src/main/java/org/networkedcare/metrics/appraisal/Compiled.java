package org.networkedcare.metrics.appraisal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.networkedcare.core.FinancialYear;
import org.networkedcare.core.measure.ImprovementDirection;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.metrics.baseline.Baseline;

/**
 * An appraisal turned into arrays and small evaluators, so that NPSV for a vector of parameter
 * values costs a few multiply-adds per line-year and allocates nothing. Parameters are resolved to
 * indices once; discount factors, price conversions, data-quality corrections and optimism-bias
 * bounds are precomputed. Immutable and thread-safe.
 *
 * <p>Arithmetic here is in doubles: with amounts up to 1e12 pounds and 1,000 years the relative
 * error stays near 1e-13, far below a penny on any figure a person reads; exact pounds and pence
 * are made from these doubles by rounding half-even once per reported figure (see Evaluator).
 */
final class Compiled {

  /** A number that may be a parameter. */
  interface Term {
    double v(double[] p);
  }

  record Const(double value) implements Term {
    @Override
    public double v(double[] p) {
      return value;
    }
  }

  record Param(int index) implements Term {
    @Override
    public double v(double[] p) {
      return p[index];
    }
  }

  /** A measure's value in line year i (0 in the line's first year). */
  interface Path {
    double v(double[] p, int i);
  }

  final Appraisal appraisal;
  final int years;
  final double[] dfCash;
  final double[] dfHealth;
  final String[] names;
  final double[] central;
  final double[] low;
  final double[] high;
  final boolean[] share;
  final Map<String, Integer> index = new HashMap<>();
  final List<CLine> lines = new ArrayList<>();
  final int counterfactual;
  final List<Integer> networkOptions = new ArrayList<>();

  /** For each option index, its lines; for the counterfactual, the counterfactual's. */
  final Map<Integer, CLine[]> byOption = new HashMap<>();

  final double qalyValueCentral;

  /** Pounds per QALY, a constant or a parameter. */
  final Term qalyTerm;

  Compiled(Appraisal a) {
    Problems unresolved = Problems.collector();
    for (int i = 0; i < a.transfers().size(); i++) {
      Transfer x = a.transfers().get(i);
      unresolved
          .at("transfers")
          .at(i)
          .at("flow")
          .check(
              !x.awaitsFlow(),
              "transfer.flow-unresolved",
              "the transfer's amounts come from the host agreement's money flow '"
                  + x.flow().orElse("")
                  + "'; give the governance document that holds the agreement (--governance),"
                  + " or the transfer's amount");
    }
    unresolved.throwIfAny();
    this.appraisal = a;
    this.years = a.horizonYears();
    AppraisalReference ref = a.referenceData();
    this.dfCash = ref.schedule(a.cashSchedule()).orElseThrow().factors(years);
    this.dfHealth = ref.schedule(a.healthSchedule()).orElseThrow().factors(years);
    Map<String, Parameter> params = new LinkedHashMap<>(new java.util.TreeMap<>(a.parameters()));
    int n = params.size();
    names = new String[n];
    central = new double[n];
    low = new double[n];
    high = new double[n];
    share = new boolean[n];
    int i = 0;
    for (Map.Entry<String, Parameter> e : params.entrySet()) {
      names[i] = e.getKey();
      central[i] = e.getValue().value().doubleValue();
      low[i] = e.getValue().low().map(BigDecimal::doubleValue).orElse(Double.NaN);
      high[i] = e.getValue().high().map(BigDecimal::doubleValue).orElse(Double.NaN);
      index.put(e.getKey(), i);
      i++;
    }
    Term qaly = a.qalyValue().map(this::term).orElseGet(() -> new Const(referenceQalyValue(a)));
    this.qalyValueCentral = qaly.v(central);
    this.qalyTerm = qaly;
    int cf = -1;
    for (int o = 0; o < a.options().size(); o++) {
      Option option = a.options().get(o);
      if (option.counterfactual()) {
        cf = o;
      } else {
        networkOptions.add(o);
      }
      List<CLine> compiled = new ArrayList<>();
      for (Line line : a.linesOf(option)) {
        CLine c = new CLine(this, a, o, option.counterfactual(), line, qaly);
        compiled.add(c);
        lines.add(c);
      }
      byOption.put(o, compiled.toArray(new CLine[0]));
    }
    this.counterfactual = cf;
    java.util.TreeSet<String> orgs = new java.util.TreeSet<>();
    lines.forEach(l -> orgs.add(l.line.organisation()));
    for (int o : networkOptions) {
      Settlement[] flows = Settlement.compile(this, a, o).toArray(new Settlement[0]);
      settlements.put(o, flows);
      for (Settlement s : flows) {
        orgs.add(s.payer);
        orgs.add(s.receiver);
      }
    }
    this.organisations = orgs.toArray(new String[0]);
    java.util.List<String> orgList = java.util.List.of(organisations);
    boolean h = false;
    for (CLine l : lines) {
      l.org = orgList.indexOf(l.line.organisation());
      h |= l.health;
    }
    for (Settlement[] flows : settlements.values()) {
      for (Settlement s : flows) {
        s.payerIndex = orgList.indexOf(s.payer);
        s.receiverIndex = orgList.indexOf(s.receiver);
      }
    }
    this.hasHealth = h;
  }

  private static final Settlement[] NO_SETTLEMENTS = new Settlement[0];

  /**
   * For each network option index, the payments between its parties (transfers, gain-shares,
   * rewards).
   */
  final Map<Integer, Settlement[]> settlements = new HashMap<>();

  /** {@return the payments between the parties of a network option} */
  Settlement[] settlements(int option) {
    return settlements.getOrDefault(option, NO_SETTLEMENTS);
  }

  /** The organisations that bear or receive lines, sorted. */
  final String[] organisations;

  /** Whether any line of any option is a health line. */
  final boolean hasHealth;

  /** {@return the lines of an option (any option, counterfactual included)} */
  CLine[] lines(int option) {
    CLine[] lines = byOption.get(option); // no lambda: called several times a draw
    if (lines == null) {
      throw new NullPointerException("no option " + option);
    }
    return lines;
  }

  /** {@return the index of a parameter of the appraisal} */
  int parameter(String name) {
    return Objects.requireNonNull(index.get(name), () -> "no parameter " + name);
  }

  /**
   * Adds to {@code out[o]} the net benefit to organisation o of a network option against the
   * counterfactual (the signed PVs of its lines minus those of the counterfactual's), after the
   * payments between parties (transfers, gain-shares and rewards: received less paid), which sum to
   * zero over the organisations.
   */
  void byOrganisation(int option, double[] p, double[] out) {
    for (CLine line : lines(option)) {
      out[line.org] += line.signedPv(p, Double.NaN);
    }
    for (CLine line : lines(counterfactual)) {
      out[line.org] -= line.signedPv(p, Double.NaN);
    }
    for (Settlement s : settlements(option)) {
      double pv = s.pv(p, dfCash);
      out[s.receiverIndex] += pv;
      out[s.payerIndex] -= pv;
    }
  }

  /**
   * The net cost in pounds of an option (any option, counterfactual included): minus the signed PVs
   * of its money lines.
   */
  double cost(int option, double[] p) {
    double sum = 0;
    for (CLine line : lines(option)) {
      if (!line.health) {
        sum -= line.signedPv(p, Double.NaN);
      }
    }
    return sum;
  }

  /** The discounted QALYs of an option: health benefits minus health costs, after adjustments. */
  double qalys(int option, double[] p) {
    double sum = 0;
    for (CLine line : lines(option)) {
      if (line.health) {
        double q = line.pv(p, Double.NaN, false);
        sum += line.benefit ? q : -q;
      }
    }
    return sum;
  }

  static double referenceQalyValue(Appraisal a) {
    AppraisalReference.QalyValue value = a.referenceData().qalyValue();
    double amount = value.amount().doubleValue();
    if (value.priceYear().isEmpty()) {
      return amount;
    }
    FinancialYear year;
    try {
      year = FinancialYear.parse(value.priceYear().get());
    } catch (org.networkedcare.core.validation.ValidationException e) {
      return amount; // only when no line is a health line; the appraisal's check reports it
      // otherwise
    }
    if (year.equals(a.priceBase())) {
      return amount;
    }
    BigDecimal dBase = a.deflator().get(a.priceBase());
    BigDecimal dYear = a.deflator().get(year);
    if (dBase == null || dYear == null) {
      return amount; // only when no line is a health line; the appraisal's check ensures this
    }
    return amount * dBase.doubleValue() / dYear.doubleValue();
  }

  Term term(Quantity q) {
    if (q instanceof Quantity.Named named) {
      return new Param(parameter(named.parameter()));
    }
    return new Const(((Quantity.Fixed) q).value().doubleValue());
  }

  Term term(Optional<Quantity> q, double absent) {
    return q.map(this::term).orElse(new Const(absent));
  }

  void markShare(Optional<Quantity> q) {
    q.ifPresent(
        x -> {
          if (x instanceof Quantity.Named named) {
            share[parameter(named.parameter())] = true;
          }
        });
  }

  /** NPSV of a network option against the counterfactual, unrounded, for the given parameters. */
  double npsv(int option, double[] p) {
    return npsv(option, p, Double.NaN);
  }

  /**
   * As {@link #npsv(int, double[])}, with capital lines uplifted by {@code capitalUplift} in place
   * of their optimism bias when it is not NaN.
   */
  double npsv(int option, double[] p, double capitalUplift) {
    double sum = 0;
    for (CLine line : lines(option)) {
      sum += line.signedPv(p, capitalUplift);
    }
    for (CLine line : lines(counterfactual)) {
      sum -= line.signedPv(p, capitalUplift);
    }
    return sum;
  }

  /** One compiled line. */
  static final class CLine {
    final Line line;
    final int option;
    final boolean counterfactual;
    final boolean benefit;
    final boolean health;
    final boolean capital;
    final int first;
    final int last;
    final double[] df;
    final Term[] amount;
    final double[] price;
    final Term probability;
    final boolean hasBias;
    final boolean biasIsCapital;
    final Term biasUpper;
    final Term biasMitigated;
    final double costGrade;
    final Term deadweight;
    final Term displacement;
    final Term leakage;
    final Term substitution;
    final Term attribution;
    final Term dropOff;
    final Term benefitBias;
    final double benefitGrade;
    final boolean derived;
    final double base;
    final double direction;

    /**
     * The parts of a derived line; a line that is not derived holds {@link #UNUSED_PATH} and {@link
     * #UNUSED_TERM}.
     */
    final Path optionPath;

    final Path counterfactualPath;
    final Term activity;
    final Term unitValue;
    final Term qalyValue;
    final Optional<Baseline> baseline;
    final String biasDescription;

    /**
     * For an amount line (the same amount every year): the sum over its years of price x discount
     * factor.
     */
    final double flatSum;

    /** Price x discount factor for each line year. */
    final double[] priceDf;

    /** Whether every year's amount is the same term (an amount line). */
    final boolean amountSame;

    /** The sum of discount factors over the line's years (health lines: no price conversion). */
    final double healthSum;

    /** The index of the line's organisation in {@link Compiled#organisations}. */
    int org = -1;

    /**
     * Stands for a part a line does not have (the amounts of a derived line, the path of an amount
     * line).
     */
    static final Path UNUSED_PATH = (p, i) -> 0;

    static final Term UNUSED_TERM = new Const(0);

    CLine(Compiled c, Appraisal a, int option, boolean counterfactual, Line line, Term qaly) {
      this.line = line;
      this.option = option;
      this.counterfactual = counterfactual;
      this.benefit = line.type() == LineType.BENEFIT;
      this.health = line.valueType() == ValueType.HEALTH;
      this.capital = line.capital();
      this.first = a.firstYear(line);
      this.last = a.lastYear(line);
      this.df = health ? c.dfHealth : c.dfCash;
      int span = last - first + 1;
      this.price = new double[span];
      for (int i = 0; i < span; i++) {
        price[i] = priceFactor(a, line.prices(), first + i);
      }
      this.priceDf = new double[span];
      double sum = 0;
      for (int i = 0; i < span; i++) {
        priceDf[i] = price[i] * df[first + i];
        sum += priceDf[i];
      }
      this.flatSum = sum;
      if (line.derivation().isPresent()) {
        this.amount = new Term[0];
      } else if (!line.profile().isEmpty()) {
        this.amount = line.profile().stream().map(c::term).toArray(Term[]::new);
      } else {
        Term t = c.term(line.amount().orElseThrow());
        this.amount = new Term[span];
        java.util.Arrays.fill(amount, t);
      }
      this.amountSame = line.derivation().isEmpty() && line.amount().isPresent();
      double hs = 0;
      for (int t = first; t <= last; t++) {
        hs += df[t];
      }
      this.healthSum = hs;
      this.probability = c.term(line.probability(), 1.0);
      c.markShare(line.probability());
      Optional<OptimismBias> bias = line.optimismBias();
      if (bias.isEmpty() && capital) {
        bias = a.optimismBias();
      }
      this.hasBias = bias.isPresent();
      this.biasIsCapital = capital;
      AppraisalReference ref = a.referenceData();
      if (bias.isPresent()) {
        OptimismBias b = bias.get();
        if (b.upper().isPresent()) {
          this.biasUpper = c.term(b.upper().get());
          this.biasDescription = "upper " + b.upper().get();
        } else if (b.projectType().isPresent()) {
          this.biasUpper =
              new Const(
                  Objects.requireNonNull(ref.projectTypes().get(b.projectType().get()))
                      .upper()
                      .doubleValue());
          this.biasDescription = b.projectType().get();
        } else {
          BigDecimal upper = BigDecimal.ZERO;
          for (Map.Entry<String, BigDecimal> e : b.mix().entrySet()) {
            upper =
                upper.add(
                    e.getValue()
                        .multiply(
                            Objects.requireNonNull(ref.projectTypes().get(e.getKey())).upper(),
                            MathContext.DECIMAL64));
          }
          this.biasUpper = new Const(upper.doubleValue());
          this.biasDescription = "mix " + new java.util.TreeMap<>(b.mix());
        }
        this.biasMitigated = c.term(b.mitigated());
        c.markShare(Optional.of(b.mitigated()));
      } else {
        this.biasUpper = new Const(0);
        this.biasMitigated = new Const(0);
        this.biasDescription = "";
      }
      AppraisalReference.Correction grade = ref.correction(line.dataQuality());
      this.costGrade = grade.cost().doubleValue();
      this.benefitGrade = grade.benefit().doubleValue();
      Additionality ad = line.additionality();
      this.deadweight = c.term(ad.deadweight(), 0);
      this.displacement = c.term(ad.displacement(), 0);
      this.leakage = c.term(ad.leakage(), 0);
      this.substitution = c.term(ad.substitution(), 0);
      this.attribution = c.term(ad.attribution(), 1);
      this.dropOff = c.term(ad.dropOff(), 0);
      ad.factors().values().forEach(q -> c.markShare(Optional.of(q)));
      Optional<Quantity> bb =
          benefit ? line.benefitOptimismBias().or(a::benefitOptimismBias) : Optional.empty();
      this.benefitBias = c.term(bb, 0);
      c.markShare(bb);
      this.qalyValue = qaly;
      this.derived = line.derivation().isPresent();
      if (derived) {
        Derivation d = line.derivation().get();
        Baseline b =
            a.baselines().stream()
                .filter(x -> x.id().equals(d.baseline()))
                .findFirst()
                .orElseThrow();
        this.baseline = Optional.of(b);
        this.base = b.value().doubleValue();
        this.direction = b.measure().direction() == ImprovementDirection.DECREASE ? 1.0 : -1.0;
        this.optionPath = path(c, d.option(), base);
        this.counterfactualPath = path(c, d.counterfactual(), base);
        this.activity =
            d.activity().map(c::term).orElse(new Const(Appraisal.annualCount(b).doubleValue()));
        this.unitValue = c.term(d.unitValue());
      } else {
        this.baseline =
            line.baseline()
                .flatMap(id -> a.baselines().stream().filter(x -> x.id().equals(id)).findFirst());
        this.base = 0;
        this.direction = 0;
        this.optionPath = UNUSED_PATH;
        this.counterfactualPath = UNUSED_PATH;
        this.activity = UNUSED_TERM;
        this.unitValue = UNUSED_TERM;
      }
    }

    private static Path path(Compiled c, Trajectory trajectory, double base) {
      if (trajectory instanceof Trajectory.Constant k) {
        Term t = c.term(k.value());
        return (p, i) -> t.v(p);
      }
      if (trajectory instanceof Trajectory.Ramp r) {
        Term t = c.term(r.target());
        int k = r.rampYears();
        return (p, i) -> k == 0 || i + 1 >= k ? t.v(p) : base + (t.v(p) - base) * (i + 1) / k;
      }
      if (trajectory instanceof Trajectory.Yearly y) {
        Term[] terms = y.values().stream().map(c::term).toArray(Term[]::new);
        return (p, i) -> terms[i].v(p);
      }
      return (p, i) -> base;
    }

    static double priceFactor(Appraisal a, String prices, int year) {
      if (prices.equals("real")) {
        return 1.0;
      }
      FinancialYear from =
          prices.equals("nominal") ? a.financialYear(year) : FinancialYear.parse(prices);
      if (from.equals(a.priceBase())) {
        return 1.0;
      }
      return Objects.requireNonNull(a.deflator().get(a.priceBase())).doubleValue()
          / Objects.requireNonNull(a.deflator().get(from)).doubleValue();
    }

    /** The measure's improvement in line year i, in the measure's unit (positive is better). */
    double improvement(double[] p, int i) {
      return direction * (counterfactualPath.v(p, i) - optionPath.v(p, i));
    }

    /** Gross amount in year t before adjustments: real pounds, or QALYs on a health line. */
    double gross(double[] p, int t) {
      int i = t - first;
      if (derived) {
        double value = improvement(p, i) * activity.v(p) * unitValue.v(p);
        return health ? value : value * price[i];
      }
      return health ? amount[i].v(p) : amount[i].v(p) * price[i];
    }

    /** The money value of one unit of gross: the QALY value on a health line, otherwise 1. */
    double unitMoney(double[] p) {
      return health ? qalyValue.v(p) : 1.0;
    }

    /** The optimism-bias uplift factor (1 when none applies). */
    double uplift(double[] p, double capitalUplift) {
      if (capital && !Double.isNaN(capitalUplift)) {
        return 1 + capitalUplift;
      }
      return hasBias ? 1 + biasUpper.v(p) * (1 - biasMitigated.v(p)) : 1.0;
    }

    /** The additionality factor of line year i (0 in the first year). */
    double additionality(double[] p, int i) {
      double f =
          (1 - deadweight.v(p))
              * (1 - displacement.v(p))
              * (1 - leakage.v(p))
              * (1 - substitution.v(p))
              * attribution.v(p);
      double drop = dropOff.v(p);
      return drop == 0 ? f : f * Math.pow(1 - drop, i);
    }

    /** Every adjustment of year t multiplied together. */
    double factor(double[] p, int t, double capitalUplift) {
      if (benefit) {
        return additionality(p, t - first) * (1 - benefitBias.v(p)) * (1 - benefitGrade);
      }
      return probability.v(p) * uplift(p, capitalUplift) * (1 + costGrade);
    }

    /** Adjusted real pounds in year t, undiscounted. */
    double adjusted(double[] p, int t, double capitalUplift) {
      return gross(p, t) * unitMoney(p) * factor(p, t, capitalUplift);
    }

    /**
     * Present value of the adjusted amounts: the same sum as {@code adjusted(p, t) x df[t]} over
     * the line's years, with every factor that does not change from year to year taken out of the
     * loop (the fast path: a constant amount line costs O(1), drop-off is a running product).
     */
    double pv(double[] p, double capitalUplift) {
      return pv(p, capitalUplift, true);
    }

    /**
     * As {@link #pv(double[], double)}; without the QALY value on a health line when {@code money}
     * is false (PV in QALYs).
     */
    double pv(double[] p, double capitalUplift, boolean money) {
      double unit = money ? unitMoney(p) : 1.0;
      double sum = 0;
      int span = last - first + 1;
      if (benefit) {
        double keep = 1 - dropOff.v(p);
        double constant =
            (1 - deadweight.v(p))
                * (1 - displacement.v(p))
                * (1 - leakage.v(p))
                * (1 - substitution.v(p))
                * attribution.v(p)
                * (1 - benefitBias.v(p))
                * (1 - benefitGrade)
                * unit;
        double decay = 1;
        if (derived) {
          double scale = activity.v(p) * unitValue.v(p);
          for (int i = 0; i < span; i++) {
            sum += improvement(p, i) * (health ? df[first + i] : priceDf[i]) * decay;
            decay *= keep;
          }
          return sum * scale * constant;
        }
        if (keep == 1 && amount.length > 0 && allSame()) {
          return amount[0].v(p) * (health ? healthSum() : flatSum) * constant;
        }
        for (int i = 0; i < span; i++) {
          sum += amount[i].v(p) * (health ? df[first + i] : priceDf[i]) * decay;
          decay *= keep;
        }
        return sum * constant;
      }
      double constant = probability.v(p) * uplift(p, capitalUplift) * (1 + costGrade) * unit;
      if (allSame()) {
        return amount[0].v(p) * (health ? healthSum() : flatSum) * constant;
      }
      for (int i = 0; i < span; i++) {
        sum += amount[i].v(p) * (health ? df[first + i] : priceDf[i]);
      }
      return sum * constant;
    }

    private boolean allSame() {
      return amountSame;
    }

    private double healthSum() {
      return healthSum;
    }

    /** PV with the sign it has in NPSV: benefits positive, costs negative. */
    double signedPv(double[] p, double capitalUplift) {
      double pv = pv(p, capitalUplift);
      return benefit ? pv : -pv;
    }
  }
}
