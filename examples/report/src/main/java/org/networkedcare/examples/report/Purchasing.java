package org.networkedcare.examples.report;

import static org.networkedcare.examples.report.Format.escape;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.networkedcare.governance.purchasing.Consortium;
import org.networkedcare.metrics.appraisal.Consortium.Position;

/**
 * Shared purchasing in the pack, where the documents have it: the appraisal's consortia (each
 * member's cost alone and together, its saving, what it would pay more if it left and what the others
 * would lose) and the governance document's (each member's cost inside and alone with the opt-out
 * surcharge, and what the others pay more when one leaves).
 */
final class Purchasing {

  private Purchasing() {}

  static boolean any(BoardPack pack) {
    return !pack.document().appraisal().consortia().isEmpty() || !pack.document().governance().consortia().isEmpty();
  }

  static ObjectNode json(BoardPack pack) {
    ObjectNode out = new ObjectMapper().createObjectNode();
    ArrayNode appraisal = out.putArray("appraisal");
    for (org.networkedcare.metrics.appraisal.Consortium c : pack.document().appraisal().consortia()) {
      ObjectNode o = appraisal.addObject();
      o.put("id", c.id());
      o.put("option", c.option());
      ArrayNode members = o.putArray("members");
      for (Position p : c.positions()) {
        ObjectNode m = members.addObject();
        m.put("organisation", p.organisation());
        m.put("volume", p.volume());
        m.put("costAlone", p.costAlone().toBigDecimal());
        m.put("costTogether", p.costTogether().toBigDecimal());
        m.put("saving", p.saving().toBigDecimal());
        m.put("leavingSurcharge", p.leavingSurcharge().toBigDecimal());
        m.put("othersLose", p.othersLose().toBigDecimal());
      }
    }
    ArrayNode governance = out.putArray("governance");
    for (Consortium c : pack.document().governance().consortia()) {
      ObjectNode o = governance.addObject();
      o.put("id", c.id());
      o.put("supplier", c.supplier());
      o.put("totalBenefit", c.totalBenefit().toBigDecimal());
      ArrayNode costs = o.putArray("members");
      for (Consortium.MemberCost m : c.costs()) {
        ObjectNode e = costs.addObject();
        e.put("item", m.item());
        e.put("member", m.member().value());
        e.put("quantity", m.quantity());
        e.put("inside", m.inside().toBigDecimal());
        e.put("alone", m.alone().toBigDecimal());
        e.put("benefit", m.benefit().toBigDecimal());
      }
      ArrayNode departures = o.putArray("departures");
      for (Consortium.Departure d : c.departures()) {
        ObjectNode e = departures.addObject();
        e.put("item", d.item());
        e.put("leaver", d.leaver().value());
        e.put("member", d.member().value());
        e.put("increase", d.increase().toBigDecimal());
      }
    }
    return out;
  }

  static void html(StringBuilder h, BoardPack pack, PageNumbers n) {
    if (!any(pack)) {
      return;
    }
    h.append("<h3>Shared purchasing</h3>\n");
    int i = 0;
    for (org.networkedcare.metrics.appraisal.Consortium c : pack.document().appraisal().consortia()) {
      String p = "/appraisal/purchasing/appraisal/" + i++;
      h.append("<p>Consortium <strong>").append(escape(c.id())).append("</strong> in the option ").append(escape(c.option()))
          .append(": each member's cost a year buying alone and together.</p>\n<table class=\"purchasing\"><thead><tr>")
          .append("<th scope=\"col\">Member</th><th scope=\"col\">Cost alone</th><th scope=\"col\">Cost together</th><th scope=\"col\">Saving</th>")
          .append("<th scope=\"col\">Pays more if it leaves</th><th scope=\"col\">Others pay more if it leaves</th></tr></thead><tbody>\n");
      for (int m = 0; m < c.positions().size(); m++) {
        String q = p + "/members/" + m;
        h.append("<tr><th scope=\"row\">").append(escape(n.organisation(c.positions().get(m).organisation()))).append("</th>");
        for (String f : new String[] {"costAlone", "costTogether", "saving", "leavingSurcharge", "othersLose"}) {
          h.append("<td class=\"n\">").append(n.num(q + "/" + f, Format::money)).append("</td>");
        }
        h.append("</tr>\n");
      }
      h.append("</tbody></table>\n");
    }
    int j = 0;
    for (Consortium c : pack.document().governance().consortia()) {
      String p = "/appraisal/purchasing/governance/" + j++;
      h.append("<p>Consortium <strong>").append(escape(c.id())).append("</strong> buying from ").append(escape(c.supplier()))
          .append(": each member's cost inside and alone (with the opt-out surcharge); benefit of membership in all ")
          .append(n.num(p + "/totalBenefit", Format::money)).append(".</p>\n<table class=\"purchasing\"><thead><tr>")
          .append("<th scope=\"col\">Item</th><th scope=\"col\">Member</th><th scope=\"col\">Quantity</th><th scope=\"col\">Inside</th>")
          .append("<th scope=\"col\">Alone</th><th scope=\"col\">Benefit</th></tr></thead><tbody>\n");
      for (int m = 0; m < c.costs().size(); m++) {
        String q = p + "/members/" + m;
        Consortium.MemberCost cost = c.costs().get(m);
        h.append("<tr><td>").append(escape(cost.item())).append("</td><th scope=\"row\">").append(escape(n.organisation(cost.member().value())))
            .append("</th><td class=\"n\">").append(n.num(q + "/quantity", Format::count)).append("</td>");
        for (String f : new String[] {"inside", "alone", "benefit"}) {
          h.append("<td class=\"n\">").append(n.num(q + "/" + f, Format::money)).append("</td>");
        }
        h.append("</tr>\n");
      }
      h.append("</tbody></table>\n");
    }
  }
}
