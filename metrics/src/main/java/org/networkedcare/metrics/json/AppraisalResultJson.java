package org.networkedcare.metrics.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.networkedcare.core.Money;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.ValueJson;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.metrics.appraisal.Appraisal;
import org.networkedcare.metrics.appraisal.AppraisalReference;
import org.networkedcare.metrics.appraisal.AppraisalResult;
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
import org.networkedcare.metrics.appraisal.Category;
import org.networkedcare.metrics.appraisal.JointPurchasing;
import org.networkedcare.metrics.appraisal.LineType;
import org.networkedcare.metrics.appraisal.ValueType;

/**
 * The JSON form of an appraisal's result, the document {@code docs/appraisal.md} describes: money
 * as exact decimal pounds, ratios to 4 places ({@code null} when undefined). Stateless and
 * thread-safe.
 */
final class AppraisalResultJson {
  private AppraisalResultJson() {}

  static JsonNode write(AppraisalResult result) {
    Appraisal appraisal = result.appraisal();
    List<Problem> warnings = result.warnings();
    List<OptionResult> options = result.options();
    List<RewardRealised> rewardsRealised = result.rewardsRealised();
    List<Realised> realised = result.realised();
    ObjectNode node = Json.object();
    node.put("schemaVersion", AppraisalResult.SCHEMA_VERSION);
    node.put("title", appraisal.title());
    node.put("yearZero", appraisal.yearZero().toString());
    node.put("priceBase", appraisal.priceBase().toString());
    node.put("horizonYears", appraisal.horizonYears());
    ObjectNode d = node.putObject("discounting");
    AppraisalReference ref = appraisal.referenceData();
    ref.schedule(appraisal.cashSchedule())
        .ifPresent(s -> d.putObject("cash").put("name", s.name()).put("edition", s.edition()));
    ref.schedule(appraisal.healthSchedule())
        .ifPresent(s -> d.putObject("health").put("name", s.name()).put("edition", s.edition()));
    node.put("referenceData", ref.edition());
    ArrayNode w = node.putArray("warnings");
    for (Problem p : warnings) {
      w.addObject().put("path", p.path()).put("code", p.code()).put("message", p.message());
    }
    ArrayNode o = node.putArray("options");
    options.forEach(x -> o.add(write(x)));
    if (!appraisal.consortia().isEmpty()) {
      ArrayNode cs = node.putArray("consortia");
      for (JointPurchasing c : appraisal.consortia()) {
        ObjectNode n = cs.addObject();
        n.put("id", c.id())
            .put("option", c.option())
            .put("combinedVolume", c.item().total())
            .put("unitPriceTogether", c.item().schedule().unitPrice(c.item().total()));
        ArrayNode ms = n.putArray("members");
        for (org.networkedcare.metrics.purchasing.Consortium.MemberPosition pos :
            c.consortium().positions()) {
          ObjectNode m = ms.addObject();
          m.put("organisation", pos.member())
              .put("volume", pos.quantity())
              .put("unitPriceAlone", c.item().schedule().unitPrice(pos.quantity()));
          m.set("costAlonePerYear", ValueJson.write(pos.alone()));
          m.set("costTogetherPerYear", ValueJson.write(pos.together()));
          m.set("savingPerYear", ValueJson.write(pos.saving()));
          m.set("leavingSurchargePerYear", ValueJson.write(pos.optOutCost()));
          m.set("othersLosePerYearIfItLeaves", ValueJson.write(pos.othersPayMore()));
        }
      }
    }
    if (!rewardsRealised.isEmpty()) {
      ArrayNode rr = node.putArray("rewardsRealised");
      for (RewardRealised x : rewardsRealised) {
        ObjectNode n = rr.addObject();
        n.put("reward", x.reward())
            .put("option", x.option())
            .put("line", x.line())
            .put("payer", x.payer())
            .put("receiver", x.receiver())
            .put("target", x.target());
        n.set("assumedReward", ValueJson.write(x.assumedReward()));
        n.set("realisedReward", ValueJson.write(x.realisedReward()));
        ArrayNode obs = n.putArray("observations");
        for (RewardObservation ro : x.observations()) {
          ObjectNode on = obs.addObject();
          on.put("financialYear", ro.financialYear().toString());
          on.put("from", ro.period().from().toString());
          ro.period().to().ifPresent(t -> on.put("to", t.toString()));
          on.put("observed", ro.observed()).put("assumed", ro.assumed());
          on.put("achievedAsAppraised", ro.achievedAsAppraised())
              .put("achievedAsRealised", ro.achievedAsRealised());
          on.set("assumedReward", ValueJson.write(ro.assumedReward()));
          on.set("realisedReward", ValueJson.write(ro.realisedReward()));
        }
      }
    }
    if (!realised.isEmpty()) {
      ArrayNode r = node.putArray("realised");
      for (Realised x : realised) {
        ObjectNode n = r.addObject();
        n.put("option", x.option())
            .put("line", x.line())
            .put("organisation", x.organisation())
            .put("baseline", x.baseline())
            .put("unit", x.unit());
        n.set("assumedBenefit", ValueJson.write(x.assumedBenefit()));
        n.set("realisedBenefit", ValueJson.write(x.realisedBenefit()));
        ArrayNode obs = n.putArray("observations");
        for (RealisedObservation ro : x.observations()) {
          ObjectNode on = obs.addObject();
          on.put("financialYear", ro.financialYear().toString());
          on.put("from", ro.observation().period().from().toString());
          ro.observation().period().to().ifPresent(t -> on.put("to", t.toString()));
          on.put("observed", ro.observation().value());
          on.put("counterfactual", ro.counterfactualValue());
          on.put("assumed", ro.assumedValue());
          on.put("activity", ro.activity());
          on.put("assumedImprovement", ro.assumedImprovement());
          on.put("realisedImprovement", ro.realisedImprovement());
          on.set("assumedBenefit", ValueJson.write(ro.assumedBenefit()));
          on.set("realisedBenefit", ValueJson.write(ro.realisedBenefit()));
        }
      }
      ObjectNode byOrg = node.putObject("realisedByOrganisation");
      result
          .realisedByOrganisation()
          .forEach(
              (org, pair) -> {
                ObjectNode n = byOrg.putObject(org);
                n.set("assumedBenefit", ValueJson.write(pair.get(0)));
                n.set("realisedBenefit", ValueJson.write(pair.get(1)));
              });
    }
    return node;
  }

  private static JsonNode write(OptionResult result) {
    String option = result.option();
    String name = result.name();
    String counterfactual = result.counterfactual();
    PresentValues totals = result.totals();
    Map<String, PresentValues> byOrganisation = result.byOrganisation();
    Map<Category, PresentValues> byCategory = result.byCategory();
    Map<ValueType, PresentValues> byValueType = result.byValueType();
    OptionalInt paybackYear = result.paybackYear();
    List<BudgetImpact> budgetImpact = result.budgetImpact();
    Optional<HealthView> health = result.health();
    Optional<BigDecimal> benefitsMayFall = result.benefitsMayFall();
    Optional<BigDecimal> capitalUplift = result.capitalUplift();
    List<HealthSwitchingValue> healthSwitchingValues = result.healthSwitchingValues();
    List<SwitchingValue> switchingValues = result.switchingValues();
    List<TornadoBar> tornado = result.tornado();
    List<ScenarioResult> scenarios = result.scenarios();
    List<LineResult> lines = result.lines();
    List<OrganisationPosition> positions = result.positions();
    List<SettlementResult> settlements = result.settlements();
    ObjectNode node = Json.object();
    node.put("option", option);
    node.put("name", name);
    node.put("against", counterfactual);
    node.set("totals", write(totals));
    ObjectNode org = node.putObject("byOrganisation");
    new TreeMap<>(byOrganisation).forEach((k, v) -> org.set(k, write(v)));
    ObjectNode cat = node.putObject("byCategory");
    new TreeMap<>(byCategory).forEach((k, v) -> cat.set(k.id(), write(v)));
    ObjectNode vt = node.putObject("byValueType");
    new TreeMap<>(byValueType).forEach((k, v) -> vt.set(k.id(), write(v)));
    if (paybackYear.isPresent()) {
      node.put("paybackYear", paybackYear.getAsInt());
    } else {
      node.putNull("paybackYear");
    }
    ObjectNode budget = node.putObject("budgetImpact");
    for (BudgetImpact b : budgetImpact) {
      ObjectNode o =
          budget.has(b.organisation())
              ? (ObjectNode) budget.get(b.organisation())
              : budget.putObject(b.organisation());
      o.set(b.financialYear().toString(), ValueJson.write(b.netCash()));
    }
    health.ifPresent(
        h -> {
          ObjectNode hv = node.putObject("health");
          hv.put("discountedQalys", h.discountedQalys());
          hv.put("socialValuePerQaly", h.socialValuePerQaly());
          hv.set("presentValueAtSocialValue", ValueJson.write(h.presentValueAtSocialValue()));
          hv.put("thresholdPerQaly", h.thresholdPerQaly());
          hv.set("presentValueAtThreshold", ValueJson.write(h.presentValueAtThreshold()));
          hv.set("npsvAtThreshold", ValueJson.write(h.npsvAtThreshold()));
        });
    ObjectNode sw = node.putObject("switchingValues");
    putOptional(sw, "benefitsMayFall", benefitsMayFall);
    putOptional(sw, "capitalUplift", capitalUplift);
    ArrayNode hs = sw.putArray("healthLines");
    for (HealthSwitchingValue h : healthSwitchingValues) {
      hs.addObject()
          .put("option", h.option())
          .put("line", h.line())
          .put("centralQalysPerYear", h.centralQalysPerYear())
          .put("switchingQalysPerYear", h.switchingQalysPerYear());
    }
    ArrayNode ps = sw.putArray("parameters");
    for (SwitchingValue v : switchingValues) {
      ObjectNode o = ps.addObject();
      o.put("parameter", v.parameter());
      o.put("central", v.central());
      putOptional(o, "switchingValue", v.value());
      putOptional(o, "change", v.change());
      putOptional(o, "relativeChange", v.relativeChange());
    }
    ArrayNode t = node.putArray("tornado");
    for (TornadoBar b : tornado) {
      ObjectNode o = t.addObject();
      o.put("parameter", b.parameter()).put("low", b.low()).put("high", b.high());
      o.set("npsvAtLow", ValueJson.write(b.npsvAtLow()));
      o.set("npsvAtHigh", ValueJson.write(b.npsvAtHigh()));
      o.set("swing", ValueJson.write(b.swing()));
    }
    ArrayNode sc = node.putArray("scenarios");
    for (ScenarioResult r : scenarios) {
      ObjectNode o = sc.addObject();
      o.put("name", r.name());
      ObjectNode p = o.putObject("parameters");
      new TreeMap<>(r.parameters()).forEach(p::put);
      o.set("npsv", ValueJson.write(r.npsv()));
    }
    ArrayNode ls = node.putArray("lines");
    lines.forEach(l -> ls.add(write(l)));
    if (!positions.isEmpty()) {
      ObjectNode pos = node.putObject("positions");
      for (OrganisationPosition x : positions) {
        ObjectNode n = pos.putObject(x.organisation());
        n.set("npsvBeforeSettlements", ValueJson.write(x.beforeSettlements()));
        n.set("transfers", ValueJson.write(x.transfers()));
        n.set("gainShares", ValueJson.write(x.gainShares()));
        n.set("rewards", ValueJson.write(x.rewards()));
        n.set("npsvAfterSettlements", ValueJson.write(x.afterSettlements()));
      }
      ArrayNode st = node.putArray("settlements");
      for (SettlementResult x : settlements) {
        ObjectNode n = st.addObject();
        n.put("id", x.id())
            .put("kind", x.kind())
            .put("payer", x.payer())
            .put("receiver", x.receiver());
        n.set("presentValue", ValueJson.write(x.presentValue()));
        ArrayNode ys = n.putArray("years");
        for (SettlementYear y : x.years()) {
          ObjectNode row = ys.addObject();
          row.put("year", y.year()).put("financialYear", y.financialYear().toString());
          row.set("amount", ValueJson.write(y.amount()));
          row.set("presentValue", ValueJson.write(y.presentValue()));
        }
      }
    }
    return node;
  }

  private static JsonNode write(PresentValues values) {
    Money costs = values.costs();
    Money benefits = values.benefits();
    Money cashReleasingBenefits = values.cashReleasingBenefits();
    ObjectNode node = Json.object();
    node.set("pvCosts", ValueJson.write(costs));
    node.set("pvBenefits", ValueJson.write(benefits));
    node.set("pvCashReleasingBenefits", ValueJson.write(cashReleasingBenefits));
    node.set("npsv", ValueJson.write(values.npsv()));
    putOptional(node, "bcr", values.bcr());
    putOptional(node, "roiPublic", values.publicRoi());
    putOptional(node, "roiFiscal", values.fiscalRoi());
    return node;
  }

  private static JsonNode write(LineResult result) {
    String option = result.option();
    String line = result.line();
    LineType type = result.type();
    String organisation = result.organisation();
    Category category = result.category();
    ValueType valueType = result.valueType();
    boolean cashReleasing = result.cashReleasing();
    String schedule = result.schedule();
    Money presentValue = result.presentValue();
    List<String> adjustments = result.adjustments();
    List<LineYear> years = result.years();
    ObjectNode node = Json.object();
    node.put("option", option);
    node.put("line", line);
    node.put("type", type.id());
    node.put("organisation", organisation);
    node.put("category", category.id());
    node.put("valueType", valueType.id());
    node.put("cashReleasing", cashReleasing);
    node.put("schedule", schedule);
    node.set("presentValue", ValueJson.write(presentValue));
    ArrayNode adj = node.putArray("adjustments");
    adjustments.forEach(adj::add);
    ArrayNode ys = node.putArray("years");
    for (LineYear y : years) {
      ObjectNode row = ys.addObject();
      row.put("year", y.year());
      row.put("financialYear", y.financialYear().toString());
      row.put("gross", y.gross());
      row.put("factor", y.factor());
      row.put("discountFactor", y.discountFactor());
      row.set("adjusted", ValueJson.write(y.adjusted()));
      row.set("presentValue", ValueJson.write(y.presentValue()));
    }
    return node;
  }

  private static void putOptional(ObjectNode node, String name, Optional<BigDecimal> value) {
    if (value.isPresent()) {
      node.put(name, value.get());
    } else {
      node.putNull(name);
    }
  }
}
