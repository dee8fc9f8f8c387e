package org.networkedcare.governance.assurance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.networkedcare.governance.structure.Adoption;
import org.networkedcare.governance.structure.Body;
import org.networkedcare.governance.structure.LearningItem;
import org.networkedcare.governance.structure.Meeting;
import org.networkedcare.governance.structure.NetworkStructure;
import org.networkedcare.governance.structure.Post;
import org.networkedcare.governance.structure.Schedule;

/**
 * The network as an organisation (docs/governance.md, "The network as an organisation"): vacancies
 * longer than their limit, constituencies a body's membership lacks, bodies that have not met
 * within their frequency or whose latest meeting was inquorate, guidance not adopted at a site by
 * its timeframe, learning not acknowledged at a site by its date, and training or audit overdue.
 * Each names who acts (the post responsible, at its employer) and by when. Only records dated on or
 * before the evaluation date count.
 */
final class StructureRules implements RuleFamily {

  @Override
  public void evaluate(Evaluation context, Findings.Collector out) {
    NetworkStructure s = context.document().structure();
    LocalDate asOf = context.asOf();
    for (Post p : s.posts()) {
      vacancy(context, s, p, out);
    }
    empowerment(context, s, out);
    for (Body b : s.bodies()) {
      if (!b.from().isAfter(asOf)) {
        body(context, s, b, out);
      }
    }
    for (Adoption c : s.adoption()) {
      if (c.applies()
          && c.due().isBefore(asOf)
          && !c.adoptedBy(asOf)
          && context.document().variation(c, asOf).isEmpty()) {
        out.add(
            owned(context, s, FindingCode.GUIDANCE_ADOPTION_OVERDUE, c.owner())
                .about("guidance", c.guidance())
                .site(c.site())
                .summary(
                    "Recommendation "
                        + c.recommendation()
                        + " of "
                        + c.guidance()
                        + " was due to be adopted at "
                        + c.site()
                        + " by "
                        + c.due()
                        + " and is not ("
                        + c.status()
                        + ").")
                .evidence("recommendation", c.recommendation())
                .evidence("status", c.status())
                .due(c.due()));
      }
    }
    for (LearningItem l : s.learning()) {
      if (l.date().isAfter(asOf)) {
        continue;
      }
      for (LearningItem.Spread at : l.sites()) {
        if (at.acknowledgeBy().isBefore(asOf) && !at.acknowledgedBy(asOf)) {
          out.add(
              owned(context, s, FindingCode.LEARNING_ACKNOWLEDGEMENT_OVERDUE, l.owner())
                  .about("learning", l.id())
                  .site(at.site())
                  .summary(
                      "Learning "
                          + l.id()
                          + " ("
                          + l.source()
                          + ", issued "
                          + l.date()
                          + ") was to be acknowledged at "
                          + at.site()
                          + " by "
                          + at.acknowledgeBy()
                          + " and is not.")
                  .evidence("source", l.source())
                  .due(at.acknowledgeBy()));
        }
      }
    }
    for (Schedule sc : s.schedules()) {
      if (sc.from().isAfter(asOf)) {
        continue;
      }
      LocalDate next = sc.nextDue(asOf);
      if (next.isBefore(asOf)) {
        FindingCode code =
            "training".equals(sc.kind()) ? FindingCode.TRAINING_OVERDUE : FindingCode.AUDIT_OVERDUE;
        FindingBuilder f = owned(context, s, code, sc.owner()).about("schedule", sc.id());
        sc.site().ifPresent(f::site);
        sc.post().ifPresent(p -> f.about("post", p));
        Optional<LocalDate> last =
            sc.completions().stream().filter(d -> !d.isAfter(asOf)).max(Comparator.naturalOrder());
        out.add(
            f.summary(
                    capital(sc.kind())
                        + " '"
                        + sc.title()
                        + "' (every "
                        + sc.everyMonths()
                        + " months) was due on "
                        + next
                        + ", last done "
                        + last.map(LocalDate::toString).orElse("never")
                        + ".")
                .evidence("everyMonths", sc.everyMonths())
                .evidence("lastDone", last.map(LocalDate::toString).orElse("never"))
                .due(next));
      }
    }
  }

  /**
   * A decision record taken by one of the structure's bodies (its maker names the body by id; a
   * maker without one, by a role that is the id or name of exactly one body) about a kind of item
   * its terms of reference do not let it decide, or listed at one of its meetings that was
   * inquorate, gives {@code decision-not-empowered}, the body's chair to act.
   */
  private static void empowerment(Evaluation context, NetworkStructure s, Findings.Collector out) {
    for (org.networkedcare.governance.decision.Decision d : context.document().decisions()) {
      if (!d.knownOn(context.asOf())) {
        continue;
      }
      Optional<Body> body = context.document().body(d);
      if (body.isEmpty()) {
        continue;
      }
      Body b = body.get();
      String matter = d.about().kind().id();
      Optional<Meeting> inquorate =
          s.meetings().stream()
              .filter(
                  m -> m.body().equals(b.id()) && m.decisions().contains(d.id()) && !m.quorate(b))
              .findFirst();
      if (b.decides(matter) && inquorate.isEmpty()) {
        continue;
      }
      String why =
          !b.decides(matter)
              ? "its terms of reference do not let it decide a "
                  + matter
                  + (b.advises().contains(matter) ? " (it only advises on one)" : "")
              : "it was taken at the inquorate meeting of " + inquorate.get().date();
      out.add(
          owned(context, s, FindingCode.DECISION_NOT_EMPOWERED, b.chair())
              .about("body", b.id())
              .summary(
                  "Decision "
                      + d.id()
                      + " of "
                      + d.date()
                      + " by "
                      + b.name()
                      + " is not within its powers: "
                      + why
                      + ".")
              .evidence("decision", d.id())
              .evidence("matter", matter)
              .due(nextMeeting(s, b, context.asOf())));
    }
  }

  /**
   * The day a body is next due to meet: its last meeting on or before the date (or its terms'
   * start) plus its interval. A decision outside its powers is brought back to it by then.
   */
  static LocalDate nextMeeting(NetworkStructure s, Body b, LocalDate asOf) {
    LocalDate last =
        s.meetings().stream()
            .filter(m -> m.body().equals(b.id()) && !m.date().isAfter(asOf))
            .map(Meeting::date)
            .max(Comparator.naturalOrder())
            .orElse(b.from());
    return last.plusMonths(b.meetingEveryMonths());
  }

  private static void vacancy(
      Evaluation context, NetworkStructure s, Post p, Findings.Collector out) {
    Optional<LocalDate> since = p.vacantSince(context.asOf());
    if (since.isEmpty()) {
      return;
    }
    LocalDate due = since.get().plusDays(p.vacancyLimitDays());
    if (!due.isBefore(context.asOf())) {
      return;
    }
    FindingBuilder f = context.finding(FindingCode.POST_VACANCY_OVERDUE).about("post", p.id());
    if (p.reportsTo().isPresent()) {
      f = owner(f, s, p.reportsTo().get());
    } else {
      // A checked structure gives a post without a line an employer with an ODS code (post.line).
      f.actor(
          new org.networkedcare.governance.Actor(
              org.networkedcare.core.organisation.OdsCode.of(p.employer()),
              "employer of the " + p.title()));
    }
    out.add(
        f.summary(
                "The "
                    + p.title()
                    + " post ("
                    + p.employer()
                    + ") has been vacant since "
                    + since.get()
                    + ", longer than its limit of "
                    + p.vacancyLimitDays()
                    + " days.")
            .evidence("vacantSince", since.get())
            .evidence("vacancyLimitDays", p.vacancyLimitDays())
            .due(due));
  }

  private static void body(Evaluation context, NetworkStructure s, Body b, Findings.Collector out) {
    LocalDate asOf = context.asOf();
    List<Meeting> held =
        s.meetings().stream()
            .filter(m -> m.body().equals(b.id()) && !m.date().isAfter(asOf))
            .sorted(Comparator.comparing(Meeting::date))
            .toList();
    LocalDate last = held.isEmpty() ? b.from() : held.get(held.size() - 1).date();
    LocalDate next = last.plusMonths(b.meetingEveryMonths());
    for (String constituency : b.constituencies()) {
      boolean represented =
          b.members().stream()
              .map(s::post)
              .flatMap(Optional::stream)
              .anyMatch(
                  p ->
                      p.constituency().filter(constituency::equals).isPresent()
                          && p.activeOn(asOf)
                          && p.holderOn(asOf).isPresent());
      if (!represented) {
        out.add(
            owned(context, s, FindingCode.CONSTITUENCY_UNREPRESENTED, b.chair())
                .about("body", b.id())
                .summary(
                    b.name()
                        + " has no member for "
                        + constituency
                        + " on "
                        + asOf
                        + ", which its terms of reference ask for.")
                .evidence("constituency", constituency)
                .due(next));
      }
    }
    if (next.isBefore(asOf)) {
      out.add(
          owned(context, s, FindingCode.BODY_MEETING_OVERDUE, b.chair())
              .about("body", b.id())
              .summary(
                  b.name()
                      + " meets every "
                      + b.meetingEveryMonths()
                      + " months and has not met since "
                      + (held.isEmpty() ? "its terms of reference took effect on " + last : last)
                      + "; it was due to meet by "
                      + next
                      + ".")
              .evidence("lastMeeting", held.isEmpty() ? "none" : last.toString())
              .evidence("meetingEveryMonths", b.meetingEveryMonths())
              .due(next));
    }
    if (!held.isEmpty()) {
      Meeting latest = held.get(held.size() - 1);
      if (!latest.quorate(b)) {
        out.add(
            owned(context, s, FindingCode.BODY_INQUORATE, b.chair())
                .about("body", b.id())
                .summary(
                    b.name()
                        + "'s latest meeting, on "
                        + latest.date()
                        + ", was inquorate: "
                        + latest.membersPresent(b)
                        + " of "
                        + b.members().size()
                        + " members present, quorum "
                        + b.quorum()
                        + "; its decisions need a quorate meeting by "
                        + next
                        + ".")
                .evidence("meeting", latest.date())
                .evidence("present", latest.membersPresent(b))
                .evidence("quorum", b.quorum())
                .due(next));
      }
    }
  }

  /** A finding whose actor is the holder of a post: its title at its employer. */
  private static FindingBuilder owned(
      Evaluation context, NetworkStructure s, FindingCode code, String post) {
    return owner(context.finding(code), s, post);
  }

  private static FindingBuilder owner(FindingBuilder f, NetworkStructure s, String post) {
    s.actor(post).ifPresent(f::actor);
    return f.evidence("owner", "post " + post);
  }

  private static String capital(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
