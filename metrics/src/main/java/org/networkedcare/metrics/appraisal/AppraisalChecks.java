package org.networkedcare.metrics.appraisal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.networkedcare.core.FinancialYear;
import org.networkedcare.core.measure.ImprovementDirection;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.metrics.baseline.Baseline;

/**
 * The cross-checks of a whole appraisal, apart from the value they check: the horizon and
 * schedules, every option and line, the references between lines, parties, baselines and
 * parameters, years inside the horizon, deflator coverage, parameters used as probabilities or
 * shares, and the settlements, consortia and observations. {@link Appraisal}'s {@code check()} runs
 * them when it is built; each problem is reported at its JSON pointer, all at once. Not
 * thread-safe; one instance per check.
 */
final class AppraisalChecks {

  private final Appraisal appraisal;

  private AppraisalChecks(Appraisal appraisal) {
    this.appraisal = appraisal;
  }

  /**
   * Checks the appraisal.
   *
   * @throws ValidationException with every problem, each at its JSON pointer
   */
  static void check(Appraisal appraisal) {
    new AppraisalChecks(appraisal).check();
  }

  private void check() {
    Problems p = Problems.collector();
    boolean titled = p.at("title").required(appraisal.title());
    boolean dated = p.at("yearZero").required(appraisal.yearZero());
    int n = appraisal.horizonYears();
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
    AppraisalReference ref = appraisal.referenceData();
    p.at("discounting")
        .at("cash")
        .check(
            ref.schedule(appraisal.cashSchedule()).isPresent(),
            "unknown-reference",
            "no discount schedule '"
                + appraisal.cashSchedule()
                + "'; the schedules are: "
                + ref.schedules().keySet());
    p.at("discounting")
        .at("health")
        .check(
            ref.schedule(appraisal.healthSchedule()).isPresent(),
            "unknown-reference",
            "no discount schedule '"
                + appraisal.healthSchedule()
                + "'; the schedules are: "
                + ref.schedules().keySet());
    appraisal
        .deflator()
        .forEach(
            (year, index) ->
                p.at("deflator")
                    .at("index")
                    .at(year.toString())
                    .check(index.signum() > 0, "range", "a price index is positive"));

    p.at("parameters").attempt(() -> appraisal.psaSampler());

    Set<String> partyIds = new HashSet<>();
    for (int i = 0; i < appraisal.parties().size(); i++) {
      p.at("parties")
          .at(i)
          .at("id")
          .check(
              partyIds.add(appraisal.parties().get(i).id()),
              "duplicate",
              "the party id '" + appraisal.parties().get(i).id() + "' is used twice");
    }
    Map<String, Baseline> baselines = new HashMap<>();
    for (int i = 0; i < appraisal.baselines().size(); i++) {
      Baseline b = appraisal.baselines().get(i);
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
    for (int i = 0; i < appraisal.measures().size(); i++) {
      p.at("measures")
          .at(i)
          .at("id")
          .check(
              measureIds.add(appraisal.measures().get(i).id()),
              "duplicate",
              "the measure id '" + appraisal.measures().get(i).id() + "' is used twice");
    }

    long counterfactuals = appraisal.options().stream().filter(Option::counterfactual).count();
    p.at("options")
        .check(
            counterfactuals == 1,
            "appraisal.counterfactual",
            "an appraisal has exactly one counterfactual option (\"counterfactual\": true); found "
                + counterfactuals);
    p.at("options")
        .check(
            appraisal.options().size() > counterfactuals,
            "appraisal.no-option",
            "an appraisal has at least one network option to compare with the counterfactual");
    Set<String> optionIds = new HashSet<>();
    for (int i = 0; i < appraisal.options().size(); i++) {
      p.at("options")
          .at(i)
          .at("id")
          .check(
              optionIds.add(appraisal.options().get(i).id()),
              "duplicate",
              "the option id '" + appraisal.options().get(i).id() + "' is used twice");
    }

    Set<FinancialYear> missingQalyYears = new TreeSet<>();
    boolean anyHealth = false;
    Map<String, Line> counterfactualLines = new HashMap<>();
    if (counterfactuals == 1) {
      appraisal.counterfactual().lines().forEach(l -> counterfactualLines.put(l.id(), l));
    }
    for (int i = 0; i < appraisal.options().size(); i++) {
      Option option = appraisal.options().get(i);
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
    if (anyHealth && appraisal.qalyValue().isEmpty()) {
      Optional<String> qalyYear = ref.qalyValue().priceYear();
      if (qalyYear.isPresent()) {
        try {
          FinancialYear y = FinancialYear.parse(qalyYear.get());
          if (!y.equals(appraisal.priceBase())) {
            if (!appraisal.deflator().containsKey(y)) {
              missingQalyYears.add(y);
            }
            if (!appraisal.deflator().containsKey(appraisal.priceBase())) {
              missingQalyYears.add(appraisal.priceBase());
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
                    + appraisal.priceBase()
                    + "; the deflator needs "
                    + missingQalyYears
                    + " (or give qalyValue at the price base)");
      }
    }
    appraisal.optimismBias().ifPresent(b -> checkBias(b, p.at("optimismBias")));
    usedAsShare(appraisal.benefitOptimismBias(), p.at("benefitOptimismBias"));
    Line.checkFraction(p.at("benefitOptimismBias"), appraisal.benefitOptimismBias());
    appraisal.qalyValue().ifPresent(q -> usedAsNumber(q, p.at("qalyValue")));

    Set<String> scenarioNames = new HashSet<>();
    for (int i = 0; i < appraisal.scenarios().size(); i++) {
      Scenario s = appraisal.scenarios().get(i);
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
                appraisal.parameters().containsKey(name),
                "unknown-reference",
                "no parameter '" + name + "'");
      }
    }
    for (int i = 0; i < appraisal.observations().size(); i++) {
      checkObservation(appraisal.observations().get(i), p.at("observations").at(i));
    }
    for (int i = 0; i < appraisal.consortia().size(); i++) {
      checkConsortium(appraisal.consortia().get(i), p.at("consortia").at(i), partyIds);
    }
    checkSettlements(p, partyIds);
    p.throwIfAny();
  }

  private void checkSettlements(Problems p, Set<String> partyIds) {
    Set<String> ids = new HashSet<>();
    int n = appraisal.horizonYears();
    for (int i = 0; i < appraisal.transfers().size(); i++) {
      Transfer x = appraisal.transfers().get(i);
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
    for (int i = 0; i < appraisal.gainShares().size(); i++) {
      GainShare g = appraisal.gainShares().get(i);
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
        List<Line> candidates = new ArrayList<>(appraisal.linesOf(option.get()));
        candidates.addAll(appraisal.linesOf(appraisal.counterfactual()));
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
    for (int i = 0; i < appraisal.rewards().size(); i++) {
      Reward r = appraisal.rewards().get(i);
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
                    r.firstYear().orElse(appraisal.firstYear(l)),
                    r.lastYear().orElse(appraisal.lastYear(l)),
                    at,
                    false));
      }
    }
  }

  private Optional<Option> settlementOption(String id, Problems at) {
    Optional<Option> option =
        appraisal.networkOptions().stream().filter(o -> o.id().equals(id)).findFirst();
    at.at("option")
        .check(
            option.isPresent(),
            "unknown-reference",
            "no network option '"
                + id
                + "'; the network options are: "
                + appraisal.networkOptions().stream().map(Option::id).toList());
    return option;
  }

  private static void party(String id, Problems at, Set<String> partyIds) {
    at.check(
        partyIds.contains(id), "unknown-reference", "no party '" + id + "'" + partyList(partyIds));
  }

  private void settlementYears(int first, int last, Problems at, boolean profile) {
    int n = appraisal.horizonYears();
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
    int n = appraisal.horizonYears();
    at.at("organisation")
        .check(
            partyIds.contains(line.organisation()),
            "unknown-reference",
            "no party '" + line.organisation() + "'" + partyList(partyIds));
    int first = appraisal.firstYear(line);
    int last = appraisal.lastYear(line);
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
        if (!appraisal.deflator().containsKey(appraisal.financialYear(t))) {
          missing.add(appraisal.financialYear(t));
        }
      }
    } else {
      FinancialYear year;
      try {
        year = FinancialYear.parse(prices);
      } catch (ValidationException e) {
        return; // reported by the line's own check
      }
      if (year.equals(appraisal.priceBase())) {
        return;
      }
      if (!appraisal.deflator().containsKey(year)) {
        missing.add(year);
      }
    }
    if (!appraisal.deflator().containsKey(appraisal.priceBase())) {
      missing.add(appraisal.priceBase());
    }
    if (!missing.isEmpty()) {
      at.add(
          "price.no-deflator",
          what
              + " is in "
              + prices
              + " prices and the price base is "
              + appraisal.priceBase()
              + "; without a deflator for "
              + missing
              + " it cannot be converted");
    }
  }

  private void checkBias(OptimismBias bias, Problems at) {
    Map<String, AppraisalReference.Bounds> types = appraisal.referenceData().projectTypes();
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
          appraisal.parameters().containsKey(named.parameter()),
          "unknown-reference",
          "no parameter '"
              + named.parameter()
              + "'; the parameters are: "
              + new TreeSet<>(appraisal.parameters().keySet()));
    }
  }

  private void usedAsShare(Optional<Quantity> quantity, Problems at) {
    if (quantity.isEmpty()) {
      return;
    }
    usedAsNumber(quantity.get(), at);
    if (quantity.get() instanceof Quantity.Named named
        && appraisal.parameters().containsKey(named.parameter())) {
      Parameter parameter = appraisal.parameters().get(named.parameter());
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
        appraisal.networkOptions().stream()
            .filter(o -> o.id().equals(consortium.option()))
            .findFirst();
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
              || appraisal.counterfactual().lines().stream().anyMatch(l -> l.id().equals(id));
      at.at("members")
          .at(m)
          .check(
              !clash, "duplicate", "the line id '" + id + "' the consortium makes is already used");
    }
    int n = appraisal.horizonYears();
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
        appraisal.networkOptions().stream()
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
    LocalDate start = appraisal.yearZero().start();
    LocalDate end =
        appraisal.financialYear(Math.max(appraisal.horizonYears(), 1) - 1).endExclusive();
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
