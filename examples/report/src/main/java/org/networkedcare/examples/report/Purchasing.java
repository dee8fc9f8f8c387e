package org.networkedcare.examples.report;

import static org.networkedcare.examples.report.Format.escape;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.networkedcare.core.json.Json;
import org.networkedcare.metrics.appraisal.JointPurchasing;
import org.networkedcare.metrics.purchasing.Consortium;

/**
 * Shared purchasing in the pack, where the documents have it, for the appraisal's consortia and the
 * governance document's alike (one model, {@link Consortium}): for each member and item, its cost
 * together and alone, who saves what, what opting out would cost it (the saving plus the supplier's
 * surcharge) and what the others would pay more if it opted out.
 */
final class Purchasing {

  private static final String[] FIELDS = {
    "together", "alone", "saving", "optOutCost", "othersPayMore"
  };

  private Purchasing() {}

  static boolean any(BoardPack pack) {
    return !pack.document().appraisal().consortia().isEmpty()
        || !pack.document().governance().consortia().isEmpty();
  }

  static ObjectNode json(BoardPack pack) {
    ObjectNode out = Json.object();
    ArrayNode appraisal = out.putArray("appraisal");
    for (JointPurchasing c : pack.document().appraisal().consortia()) {
      ObjectNode o = consortium(appraisal, c.consortium());
      o.put("option", c.option());
    }
    ArrayNode governance = out.putArray("governance");
    for (Consortium c : pack.document().governance().consortia()) {
      consortium(governance, c);
    }
    return out;
  }

  private static ObjectNode consortium(ArrayNode into, Consortium c) {
    ObjectNode o = into.addObject();
    o.put("id", c.id());
    c.supplier().ifPresent(s -> o.put("supplier", s));
    o.put("totalSaving", c.totalSaving().toBigDecimal());
    ArrayNode members = o.putArray("members");
    for (Consortium.MemberPosition m : c.positions()) {
      ObjectNode e = members.addObject();
      e.put("item", m.item());
      e.put("member", m.member());
      e.put("quantity", m.quantity());
      e.put("together", m.together().toBigDecimal());
      e.put("alone", m.alone().toBigDecimal());
      e.put("saving", m.saving().toBigDecimal());
      e.put("optOut", m.optOut().toBigDecimal());
      e.put("optOutCost", m.optOutCost().toBigDecimal());
      e.put("othersPayMore", m.othersPayMore().toBigDecimal());
    }
    ArrayNode departures = o.putArray("departures");
    for (Consortium.Departure d : c.departures()) {
      ObjectNode e = departures.addObject();
      e.put("item", d.item());
      e.put("leaver", d.leaver());
      e.put("member", d.member());
      e.put("increase", d.increase().toBigDecimal());
    }
    return o;
  }

  static void html(StringBuilder h, BoardPack pack, PageNumbers n) {
    if (!any(pack)) {
      return;
    }
    h.append("<h3>Shared purchasing</h3>\n");
    List<JointPurchasing> appraisal = pack.document().appraisal().consortia();
    for (int i = 0; i < appraisal.size(); i++) {
      JointPurchasing c = appraisal.get(i);
      table(
          h,
          n,
          c.consortium(),
          "/appraisal/purchasing/appraisal/" + i,
          " in the option " + escape(c.option()));
    }
    List<Consortium> governance = pack.document().governance().consortia();
    for (int j = 0; j < governance.size(); j++) {
      Consortium c = governance.get(j);
      table(
          h,
          n,
          c,
          "/appraisal/purchasing/governance/" + j,
          c.supplier().map(s -> " buying from " + escape(s)).orElse(""));
    }
  }

  private static void table(StringBuilder h, PageNumbers n, Consortium c, String p, String where) {
    h.append("<p>Consortium <strong>")
        .append(escape(c.id()))
        .append("</strong>")
        .append(where)
        .append(
            ": each member's cost a year together and alone (list price), who saves what (in all ")
        .append(n.num(p + "/totalSaving", Format::money))
        .append(
            "), what opting out would cost it (its saving plus the supplier's surcharge) and what the others would then pay more.</p>\n")
        .append("<table class=\"purchasing\"><thead><tr>")
        .append(
            "<th scope=\"col\">Item</th><th scope=\"col\">Member</th><th scope=\"col\">Quantity</th>")
        .append(
            "<th scope=\"col\">Together</th><th scope=\"col\">Alone</th><th scope=\"col\">Saving</th>")
        .append(
            "<th scope=\"col\">Opting out costs it</th><th scope=\"col\">Others pay more</th></tr></thead><tbody>\n");
    List<Consortium.MemberPosition> positions = c.positions();
    for (int m = 0; m < positions.size(); m++) {
      String q = p + "/members/" + m;
      h.append("<tr><td>")
          .append(escape(positions.get(m).item()))
          .append("</td><th scope=\"row\">")
          .append(escape(n.organisation(positions.get(m).member())))
          .append("</th><td class=\"n\">")
          .append(n.num(q + "/quantity", Format::count))
          .append("</td>");
      for (String f : FIELDS) {
        h.append("<td class=\"n\">").append(n.num(q + "/" + f, Format::money)).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody></table>\n");
  }
}
