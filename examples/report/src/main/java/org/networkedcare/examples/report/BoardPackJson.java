package org.networkedcare.examples.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.networkedcare.core.json.Json;
import org.networkedcare.governance.json.AssuranceJson;
import org.networkedcare.metrics.appraisal.AppraisalResult;
import org.networkedcare.metrics.funnel.FunnelSite;
import org.networkedcare.metrics.funnel.SiteComparison;
import org.networkedcare.metrics.json.AppraisalJson;
import org.networkedcare.metrics.spc.SpcPoint;
import org.networkedcare.metrics.uncertainty.DrawSummary;

/**
 * The board pack's numbers as JSON (schema version 2): what the page shows, each at a stable
 * pointer.
 */
final class BoardPackJson {

  static final int SCHEMA_VERSION = 2;

  private BoardPackJson() {}

  static ObjectNode of(BoardPack pack) {
    EvaluationDocument document = pack.document();
    ObjectNode root = Json.object();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("title", document.title());
    root.put("asOf", pack.asOf().toString());
    ObjectNode network = root.putObject("network");
    network.put("id", document.network().network().id());
    network.put("name", document.network().network().name());
    document.notes().ifPresent(n -> root.put("notes", n));
    ObjectNode sources = root.putObject("sources");
    sources.put("governance", document.governanceName());
    sources.put("appraisal", document.appraisalName());
    sources.put("data", document.dataName());
    sources.put("dataSource", document.dataSource());
    ArrayNode spc = root.putArray("spc");
    for (BoardPack.Chart c : pack.charts()) {
      spc.add(chart(c));
    }
    ArrayNode funnels = root.putArray("funnels");
    for (BoardPack.Comparison f : pack.funnels()) {
      ObjectNode o = funnels.addObject();
      o.put("id", f.id());
      o.put("measure", f.charted().measure().id());
      o.put("level", f.level().id());
      o.put("period", f.period().toString());
      o.put("target", f.result().target());
      o.put("adjustment", f.result().adjustment().id());
      ArrayNode sites = o.putArray("units");
      for (FunnelSite s : f.result().sites()) {
        ObjectNode u = sites.addObject();
        u.put("unit", s.site());
        u.put("label", f.labels().getOrDefault(s.site(), s.site()));
        u.put("numerator", s.numerator());
        u.put("denominator", s.denominator());
        u.put("value", s.value());
        u.put("lower95", s.limits().lower95());
        u.put("upper95", s.limits().upper95());
        u.put("lower998", s.limits().lower998());
        u.put("upper998", s.limits().upper998());
        u.put("outlier", s.outlier().id());
        u.put("judgement", s.judgement().id());
      }
      f.exact()
          .ifPresent(
              x -> {
                ObjectNode e = o.putObject("exact");
                e.put("test", x.test().code());
                e.put("standard", x.standard());
                ArrayNode units = e.putArray("units");
                for (SiteComparison c : x.sites()) {
                  ObjectNode u = units.addObject();
                  u.put("unit", c.site());
                  u.put("expected", c.expected());
                  u.put("pValue", c.pValue());
                  u.put("outlier", c.outlier().id());
                  u.put("judgement", c.judgement().id());
                }
              });
    }
    root.set("governance", AssuranceJson.tree(pack.assessment()));
    root.set("appraisal", appraisal(pack));
    ObjectNode p = root.putObject("psa");
    p.put("draws", pack.psa().draws());
    p.put("seed", pack.psa().seed());
    pack.acceptability()
        .ifPresent(
            a -> {
              ArrayNode curve = p.putArray("acceptability");
              for (int w = 0; w < a.grid().size(); w++) {
                ObjectNode c = curve.addObject();
                c.put("wtp", a.grid().get(w));
                ObjectNode by = c.putObject("probability");
                for (int k = 0; k < a.options().size(); k++) {
                  by.put(a.options().get(k), a.probabilityBest(w, k));
                }
              }
            });
    return root;
  }

  private static ObjectNode chart(BoardPack.Chart c) {
    ObjectNode o = Json.object();
    o.put("id", c.id());
    o.put("measure", c.charted().measure().id());
    o.put("name", c.charted().measure().name());
    o.put("unit", c.charted().measure().unit());
    o.put("level", c.unit().level().id());
    c.unit()
        .organisation()
        .ifPresentOrElse(x -> o.put("organisation", x.value()), () -> o.putNull("organisation"));
    c.unit().site().ifPresentOrElse(x -> o.put("site", x.value()), () -> o.putNull("site"));
    c.charted().service().ifPresent(x -> o.put("service", x));
    o.put("label", c.label());
    o.put("direction", c.charted().measure().direction().id());
    put(o, "target", c.charted().target());
    o.put("state", c.state().id());
    o.put("baselineValues", c.baselineValues());
    c.latest()
        .ifPresentOrElse(l -> o.put("latestPeriod", l.toString()), () -> o.putNull("latestPeriod"));
    int lastIndex = c.periods().size() - 1;
    if (c.facet().isPresent()) {
      SpcPoint last = c.facet().get().point(c.facet().get().size() - 1);
      o.put("period", c.periods().get(lastIndex).toString());
      put(o, "latest", last.value());
      put(o, "mean", last.mean());
      put(o, "lowerLimit", last.lowerLimit());
      put(o, "upperLimit", last.upperLimit());
    } else {
      o.put("period", lastIndex < 0 ? null : c.periods().get(lastIndex).toString());
      put(o, "latest", lastIndex < 0 ? OptionalDouble.empty() : c.values().get(lastIndex));
      o.putNull("mean");
      o.putNull("lowerLimit");
      o.putNull("upperLimit");
    }
    o.put("variation", c.variation());
    c.assurance().ifPresentOrElse(a -> o.put("assurance", a), () -> o.putNull("assurance"));
    ArrayNode points = o.putArray("points");
    for (int i = 0; i < c.periods().size(); i++) {
      ObjectNode q = points.addObject();
      q.put("period", c.periods().get(i).toString());
      if (c.facet().isPresent()) {
        SpcPoint p = c.facet().get().point(i);
        put(q, "value", p.value());
        put(q, "mean", p.mean());
        put(q, "lowerLimit", p.lowerLimit());
        put(q, "upperLimit", p.upperLimit());
        q.put("segment", p.segment());
        q.put("pointType", p.pointType().code());
        q.put("specialCause", p.specialCause().map(sc -> sc.code()).orElse(null));
      } else {
        put(q, "value", c.values().get(i));
      }
    }
    return o;
  }

  private static ObjectNode appraisal(BoardPack pack) {
    AppraisalResult result = pack.appraisal();
    ObjectNode ap = Json.object();
    ArrayNode options = ap.putArray("options");
    List<DrawSummary> summaries = pack.npsvSummaries();
    for (int k = 0; k < result.options().size(); k++) {
      AppraisalResult.OptionResult option = result.options().get(k);
      ObjectNode o = options.addObject();
      o.put("option", option.option());
      o.put("name", option.name());
      o.put("counterfactual", option.counterfactual());
      o.put("pvCosts", option.totals().costs().toBigDecimal());
      o.put("pvBenefits", option.totals().benefits().toBigDecimal());
      o.put("npsv", option.npsv().toBigDecimal());
      option.totals().bcr().ifPresentOrElse(b -> o.put("bcr", b), () -> o.putNull("bcr"));
      if (option.paybackYear().isPresent()) {
        o.put("paybackYear", option.paybackYear().getAsInt());
      } else {
        o.putNull("paybackYear");
      }
      option.health().ifPresent(h -> o.put("discountedQalys", h.discountedQalys()));
      ObjectNode orgs = o.putObject("organisations");
      new TreeMap<>(option.byOrganisation())
          .forEach(
              (org, pv) -> {
                ObjectNode e = orgs.putObject(org);
                e.put("pvCosts", pv.costs().toBigDecimal());
                e.put("pvBenefits", pv.benefits().toBigDecimal());
                e.put("npsv", pv.npsv().toBigDecimal());
                pv.bcr().ifPresentOrElse(b -> e.put("bcr", b), () -> e.putNull("bcr"));
              });
      if (!option.positions().isEmpty()) {
        // each organisation's net benefit before and after transfers, gain-shares and rewards, and
        // the share of draws in which it gains after them
        ObjectNode positions = o.putObject("positions");
        int draws = pack.psa().options().indexOf(option.option());
        for (AppraisalResult.OrganisationPosition x : option.positions()) {
          ObjectNode e = positions.putObject(x.organisation());
          e.put("npsvBefore", x.beforeSettlements().toBigDecimal());
          e.put("transfers", x.transfers().toBigDecimal());
          e.put("gainShares", x.gainShares().toBigDecimal());
          e.put("rewards", x.rewards().toBigDecimal());
          e.put("npsvAfter", x.afterSettlements().toBigDecimal());
          int org = pack.psa().organisations().indexOf(x.organisation());
          if (draws >= 0 && org >= 0) {
            e.put(
                "probabilityGains", pack.psa().netBenefitSummary(draws, org).probabilityPositive());
          }
        }
      }
      ArrayNode tornado = o.putArray("tornado");
      for (AppraisalResult.TornadoBar bar : option.tornado()) {
        ObjectNode t = tornado.addObject();
        t.put("parameter", bar.parameter());
        t.put("low", bar.low());
        t.put("high", bar.high());
        t.put("npsvAtLow", bar.npsvAtLow().toBigDecimal());
        t.put("npsvAtHigh", bar.npsvAtHigh().toBigDecimal());
      }
      ArrayNode budget = o.putArray("budgetImpact");
      for (AppraisalResult.BudgetImpact b : option.budgetImpact()) {
        ObjectNode e = budget.addObject();
        e.put("organisation", b.organisation());
        e.put("financialYear", b.financialYear().toString());
        e.put("netCash", b.netCash().toBigDecimal());
      }
      int index = pack.psa().options().indexOf(option.option());
      if (index >= 0) {
        DrawSummary s = summaries.get(index);
        ObjectNode psa = o.putObject("psa");
        psa.put("meanNpsv", s.mean());
        psa.put("p2_5", s.p2_5());
        psa.put("p50", s.p50());
        psa.put("p97_5", s.p97_5());
        psa.put("probabilityNpsvPositive", s.probabilityPositive());
        o.put("probabilityNpsvPositive", s.probabilityPositive());
      }
    }
    ArrayNode realised = ap.putArray("realised");
    for (AppraisalResult.Realised r : result.realised()) {
      ObjectNode o = realised.addObject();
      o.put("option", r.option());
      o.put("line", r.line());
      o.put("organisation", r.organisation());
      o.put("periods", r.observations().size());
      o.put("assumedBenefit", r.assumedBenefit().toBigDecimal());
      o.put("realisedBenefit", r.realisedBenefit().toBigDecimal());
    }
    ObjectNode byOrg = ap.putObject("realisedByOrganisation");
    new TreeMap<>(result.realisedByOrganisation())
        .forEach(
            (org, pair) -> {
              ObjectNode o = byOrg.putObject(org);
              o.put("assumedBenefit", pair.get(0).toBigDecimal());
              o.put("realisedBenefit", pair.get(1).toBigDecimal());
              o.put("difference", pair.get(1).minus(pair.get(0)).toBigDecimal());
            });
    ap.set("purchasing", Purchasing.json(pack));
    ap.set("result", AppraisalJson.writeTree(result));
    return ap;
  }

  static void put(ObjectNode o, String name, OptionalDouble v) {
    if (v.isPresent()) {
      o.put(name, v.getAsDouble());
    } else {
      o.putNull(name);
    }
  }
}
