package org.networkedcare.examples.report;

import static org.networkedcare.examples.report.Format.escape;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.governance.assurance.GovernanceDocument;
import org.networkedcare.governance.decision.Waiver;
import org.networkedcare.governance.structure.Adoption;
import org.networkedcare.governance.structure.Body;
import org.networkedcare.governance.structure.Guidance;
import org.networkedcare.governance.structure.LearningItem;
import org.networkedcare.governance.structure.Meeting;
import org.networkedcare.governance.structure.NetworkStructure;
import org.networkedcare.governance.structure.Post;
import org.networkedcare.governance.structure.Purpose;
import org.networkedcare.governance.structure.Schedule;

/**
 * The board pack's section on the network as an organisation: the purpose in force (narrative,
 * review date, objectives and their measures), posts with their holders and vacancies, each body's
 * representation and meetings, the learning spread to sites and the training and audit schedules,
 * and the guidance grid (sites x recommendations, an approved local variation shown as such) at the
 * evaluation date. Shown only when the governance document has a {@code structure} section;
 * everything on it is a date, a name or a status read from that section.
 */
final class StructureSection {

  private StructureSection() {}

  static void render(StringBuilder h, GovernanceDocument doc, LocalDate asOf, PageNumbers names) {
    NetworkStructure s = doc.structure();
    if (!s.judged()) {
      return;
    }
    if (!s.purpose().isEmpty()) {
      purpose(h, s, asOf);
    }
    h.append("<section id=\"people\"><h2>People and bodies</h2>\n");
    if (!s.posts().isEmpty()) {
      h.append(
              "<h3>Posts</h3>\n<table id=\"posts\"><thead><tr><th scope=\"col\">Post</th><th scope=\"col\">Employer</th>")
          .append("<th scope=\"col\">Represents</th><th scope=\"col\">Holder on ")
          .append(asOf)
          .append("</th></tr></thead><tbody>\n");
      for (Post p : s.posts()) {
        if (!p.activeOn(asOf)) {
          continue;
        }
        String holder =
            p.holderOn(asOf)
                .map(
                    x ->
                        escape(x.person()) + " (from <span class=\"date\">" + x.from() + "</span>)")
                .orElseGet(
                    () -> {
                      LocalDate since = p.vacantSince(asOf).orElseThrow();
                      boolean over = since.plusDays(p.vacancyLimitDays()).isBefore(asOf);
                      return "<strong"
                          + (over ? " class=\"sev-medium\"" : "")
                          + ">vacant</strong> since <span class=\"date\">"
                          + since
                          + "</span> (limit "
                          + p.vacancyLimitDays()
                          + " days"
                          + (over ? ", exceeded" : "")
                          + ")";
                    });
        TableRow.of(h, p.title())
            .text(employer(s, p.employer(), names))
            .text(p.constituency().orElse("–"))
            .html(holder)
            .end();
      }
      h.append("</tbody></table>\n");
    }
    for (Body b : s.bodies()) {
      List<Meeting> held =
          s.meetings().stream()
              .filter(m -> m.body().equals(b.id()) && !m.date().isAfter(asOf))
              .sorted(Comparator.comparing(Meeting::date))
              .toList();
      LocalDate last = held.isEmpty() ? b.from() : held.get(held.size() - 1).date();
      h.append("<h3>")
          .append(escape(b.name()))
          .append("</h3>\n<p>")
          .append(escape(b.purpose()))
          .append(". Chair: ")
          .append(escape(s.post(b.chair()).map(Post::title).orElse(b.chair())))
          .append("; quorum ")
          .append(b.quorum())
          .append(" of ")
          .append(b.members().size())
          .append(" members; meets every ")
          .append(b.meetingEveryMonths())
          .append(" months, next by <span class=\"date\">")
          .append(last.plusMonths(b.meetingEveryMonths()))
          .append("</span>")
          .append(b.reportsTo().map(r -> "; reports to " + escape(r)).orElse(""))
          .append(". Decides: ")
          .append(escape(b.decides().isEmpty() ? "nothing" : String.join(", ", b.decides())))
          .append("; advises on: ")
          .append(escape(b.advises().isEmpty() ? "nothing" : String.join(", ", b.advises())))
          .append(".</p>\n");
      if (!b.constituencies().isEmpty()) {
        h.append(
            "<table class=\"representation\"><thead><tr><th scope=\"col\">Constituency</th><th scope=\"col\">Represented by</th></tr></thead><tbody>\n");
        for (String c : b.constituencies()) {
          List<String> by = new ArrayList<>();
          b.members().stream()
              .map(s::post)
              .flatMap(Optional::stream)
              .filter(
                  p ->
                      p.constituency().filter(c::equals).isPresent()
                          && p.activeOn(asOf)
                          && p.holderOn(asOf).isPresent())
              .forEach(p -> by.add(p.title()));
          TableRow.of(h, c)
              .html(
                  by.isEmpty()
                      ? "<strong class=\"sev-medium\">no member</strong>"
                      : escape(String.join(", ", by)))
              .end();
        }
        h.append("</tbody></table>\n");
      }
      List<Meeting> recent =
          held.stream().filter(m -> m.date().isAfter(asOf.minusYears(1))).toList();
      if (recent.isEmpty()) {
        h.append("<p>No meeting in the year to the evaluation date.</p>\n");
      } else {
        h.append(
                "<table class=\"meetings\"><thead><tr><th scope=\"col\">Meeting (year to date)</th><th scope=\"col\">Members present</th>")
            .append(
                "<th scope=\"col\">Quorate</th><th scope=\"col\">Decisions</th></tr></thead><tbody>\n");
        for (Meeting m : recent) {
          h.append("<tr><td class=\"date\">")
              .append(m.date())
              .append("</td><td>")
              .append(m.membersPresent(b))
              .append(" of ")
              .append(b.members().size())
              .append("</td><td>")
              .append(m.quorate(b) ? "yes" : "<strong class=\"sev-low\">no</strong>")
              .append("</td><td>")
              .append(escape(m.decisions().isEmpty() ? "–" : String.join(", ", m.decisions())))
              .append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
      }
    }
    h.append("</section>\n");
    if (!s.learning().isEmpty() || !s.schedules().isEmpty()) {
      learning(h, s, asOf, names);
    }
    if (!s.adoption().isEmpty()) {
      grid(h, doc, asOf);
    }
  }

  /**
   * Learning spread to the sites (each site's acknowledgement and adoption at the evaluation date)
   * and the training and audit schedules (last done, next due); what is late is marked.
   */
  private static void learning(
      StringBuilder h, NetworkStructure s, LocalDate asOf, PageNumbers names) {
    h.append("<section id=\"learning\"><h2>Learning, training and audit</h2>\n");
    List<LearningItem> issued = s.learning().stream().filter(l -> !l.date().isAfter(asOf)).toList();
    if (!issued.isEmpty()) {
      h.append(
          "<table id=\"learning-spread\"><thead><tr><th scope=\"col\">Learning</th><th scope=\"col\">Issued</th>"
              + "<th scope=\"col\">At the sites</th></tr></thead><tbody>\n");
      for (LearningItem l : issued) {
        StringBuilder sites = new StringBuilder();
        for (LearningItem.Spread site : l.sites()) {
          sites
              .append(sites.length() == 0 ? "" : "<br>")
              .append(escape(names.organisation(site.site().value())))
              .append(": ")
              .append(spread(site, asOf));
        }
        TableRow.of(h, l.id() + " " + l.title() + " (" + l.source() + ")")
            .date(l.date())
            .html(sites.toString())
            .end();
      }
      h.append("</tbody></table>\n");
    }
    if (!s.schedules().isEmpty()) {
      h.append(
          "<table id=\"schedules\"><thead><tr><th scope=\"col\">Training or audit</th><th scope=\"col\">For</th>"
              + "<th scope=\"col\">Every</th><th scope=\"col\">Last done</th><th scope=\"col\">Next due</th></tr></thead><tbody>\n");
      for (Schedule x : s.schedules()) {
        if (x.from().isAfter(asOf)) {
          continue;
        }
        Optional<LocalDate> last =
            x.completions().stream().filter(d -> !d.isAfter(asOf)).max(Comparator.naturalOrder());
        LocalDate due = x.nextDue(asOf);
        boolean over = due.isBefore(asOf);
        String scope =
            x.site().map(c -> names.organisation(c.value())).orElse("the network")
                + x.post().map(p -> ", " + s.post(p).map(Post::title).orElse(p)).orElse("");
        TableRow.of(h, x.kind() + ": " + x.title())
            .text(scope)
            .html(x.everyMonths() + " months")
            .html(last.map(d -> "<span class=\"date\">" + d + "</span>").orElse("not yet"))
            .html(
                (over ? "<strong class=\"sev-medium\">" : "")
                    + "<span class=\"date\">"
                    + due
                    + "</span>"
                    + (over ? " (overdue)</strong>" : ""))
            .end();
      }
      h.append("</tbody></table>\n");
    }
    h.append("</section>\n");
  }

  private static String spread(LearningItem.Spread site, LocalDate asOf) {
    if (site.adoptedBy(asOf)) {
      return "adopted <span class=\"date\">" + site.adopted().orElseThrow() + "</span>";
    }
    if (site.acknowledgedBy(asOf)) {
      return "acknowledged <span class=\"date\">" + site.acknowledged().orElseThrow() + "</span>";
    }
    boolean over = site.acknowledgeBy().isBefore(asOf);
    return (over ? "<strong class=\"sev-medium\">" : "")
        + "to acknowledge by <span class=\"date\">"
        + site.acknowledgeBy()
        + "</span>"
        + (over ? " (overdue)</strong>" : "");
  }

  /**
   * The purpose in force: its narrative, review date and objectives with their measures and owners;
   * before the first version, when it takes effect.
   */
  private static void purpose(StringBuilder h, NetworkStructure s, LocalDate asOf) {
    h.append("<section id=\"purpose\"><h2>Purpose: strategy and objectives</h2>\n");
    Optional<Purpose> inForce = s.purposeOn(asOf);
    if (inForce.isEmpty()) {
      Purpose first = s.purpose().stream().min(Comparator.comparing(Purpose::from)).orElseThrow();
      h.append("<p><strong class=\"sev-medium\">No strategy narrative in force</strong> on ")
          .append("<span class=\"date\">")
          .append(asOf)
          .append("</span>; version ")
          .append(escape(first.id()))
          .append(" takes effect on <span class=\"date\">")
          .append(first.from())
          .append("</span>.</p>\n</section>\n");
      return;
    }
    Purpose v = inForce.get();
    boolean lapsed = v.reviewLapsed(asOf);
    h.append("<p>Version ")
        .append(escape(v.id()))
        .append(", in force from <span class=\"date\">")
        .append(v.from())
        .append("</span>, owned by ")
        .append(escape(s.post(v.owner()).map(Post::title).orElse(v.owner())))
        .append("; review by ")
        .append(lapsed ? "<strong class=\"sev-low\">" : "")
        .append("<span class=\"date\">")
        .append(v.reviewBy())
        .append("</span>")
        .append(lapsed ? " (lapsed)</strong>" : "")
        .append(".</p>\n<blockquote class=\"narrative\">")
        .append(escape(v.narrative()))
        .append("</blockquote>\n");
    if (!v.objectives().isEmpty()) {
      h.append(
          "<table id=\"objectives\"><thead><tr><th scope=\"col\">Objective</th><th scope=\"col\">Evidenced by</th><th scope=\"col\">Owner</th></tr></thead><tbody>\n");
      for (Purpose.StrategicObjective o : v.objectives()) {
        TableRow.of(h, o.id() + " " + o.text())
            .html(
                o.measures().isEmpty()
                    ? "<strong class=\"sev-low\">no measure</strong>"
                    : escape(String.join(", ", o.measures())))
            .text(s.post(o.owner()).map(Post::title).orElse(o.owner()))
            .end();
      }
      h.append("</tbody></table>\n");
    }
    h.append("</section>\n");
  }

  private static void grid(StringBuilder h, GovernanceDocument doc, LocalDate asOf) {
    NetworkStructure s = doc.structure();
    h.append(
            "<section id=\"guidance-grid\"><h2>Standards and guidance: the grid</h2>\n<p>Each cell: the site's response to the recommendation at ")
        .append("<span class=\"date\">")
        .append(asOf)
        .append("</span> and its timeframe.</p>\n");
    TreeSet<OdsCode> sites = new TreeSet<>();
    s.adoption().forEach(c -> sites.add(c.site()));
    for (Guidance g : s.guidance()) {
      h.append("<table class=\"grid\"><caption>")
          .append(escape(g.id() + ": " + g.title()))
          .append("</caption><thead><tr><th scope=\"col\">Recommendation</th>");
      sites.forEach(
          site ->
              h.append("<th scope=\"col\" class=\"code\">")
                  .append(escape(site.value()))
                  .append("</th>"));
      h.append("</tr></thead><tbody>\n");
      for (Guidance.Recommendation r : g.recommendations()) {
        h.append("<tr><th scope=\"row\">").append(escape(r.id() + " " + r.text())).append("</th>");
        for (OdsCode site : sites) {
          Optional<Adoption> cell =
              s.adoption().stream()
                  .filter(
                      c ->
                          c.guidance().equals(g.id())
                              && c.recommendation().equals(r.id())
                              && c.site().equals(site))
                  .findFirst();
          h.append("<td>").append(cell.map(c -> cell(doc, c, asOf)).orElse("–")).append("</td>");
        }
        h.append("</tr>\n");
      }
      h.append("</tbody></table>\n");
    }
    h.append("</section>\n");
  }

  private static String cell(GovernanceDocument doc, Adoption c, LocalDate asOf) {
    if (!c.applies()) {
      return "not applicable";
    }
    if (c.adoptedBy(asOf)) {
      return "adopted <span class=\"date\">" + c.adopted().orElseThrow() + "</span>";
    }
    Optional<Waiver> variation = doc.variation(c, asOf);
    if (variation.isPresent()) {
      return "local variation ("
          + escape(variation.get().id())
          + ", until <span class=\"date\">"
          + variation.get().until()
          + "</span>)";
    }
    String status = "adopted".equals(c.status()) ? "in-progress" : c.status();
    boolean over = c.due().isBefore(asOf);
    return (over ? "<strong class=\"sev-medium\">" : "")
        + escape(status)
        + ", due <span class=\"date\">"
        + c.due()
        + "</span>"
        + (over ? " (overdue)</strong>" : "");
  }

  private static String employer(NetworkStructure s, String employer, PageNumbers names) {
    return s.partners().stream()
        .filter(p -> p.id().value().equals(employer))
        .findFirst()
        .map(p -> p.name())
        .orElseGet(() -> names.organisation(employer));
  }
}
