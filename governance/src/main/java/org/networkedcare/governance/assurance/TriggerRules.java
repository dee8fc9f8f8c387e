package org.networkedcare.governance.assurance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.networkedcare.core.ReportingPeriod;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.governance.agreement.HostAgreement;
import org.networkedcare.governance.decision.Decision;
import org.networkedcare.governance.decision.DecisionOutcome;
import org.networkedcare.governance.escalation.Deadlines;
import org.networkedcare.governance.escalation.EscalationRoute;
import org.networkedcare.governance.escalation.Holder;
import org.networkedcare.governance.escalation.Trigger;
import org.networkedcare.governance.series.Observation;

/**
 * Triggers and red lines (sections 4 and 5, with docs/governance.md "Decisions and actions"): for
 * every trigger of a started agreement at every site it watches, its episodes over the agreement's
 * available periods of the trigger's measure. A firing opens an item that stays open, whatever
 * later data shows, until a decision closes it (accept, close, terminate) or, for a plain trigger,
 * a resolution is recorded; while open it gives {@code trigger-fired} or, past the due date of the
 * level it opened at, {@code escalation-overdue}; a red line's gives {@code red-line-breached} at
 * the route's last level (without actor or due date once a resolution is recorded), and {@code
 * decision-overdue} once that level's due date has passed with no decision. Every item, open or
 * closed, is recorded with its history.
 */
final class TriggerRules implements RuleFamily {

  @Override
  public void evaluate(Evaluation context, Findings.Collector out) {
    for (HostAgreement a : context.startedAgreements()) {
      java.util.Map<org.networkedcare.core.ReportingPeriod.Granularity, List<ReportingPeriod>>
          periods =
              new java.util.EnumMap<>(org.networkedcare.core.ReportingPeriod.Granularity.class);
      for (Trigger t : a.triggers()) {
        for (OdsCode site : a.watchedSites(t).stream().sorted().toList()) {
          episodes(
              context,
              a,
              t,
              site,
              periods.computeIfAbsent(context.periodicity(t.measure()), g -> context.periods(a, g)),
              out);
        }
      }
    }
  }

  /** What happens to an item, in the order events of one day are taken. */
  private enum Step {
    FIRE,
    CLEAR,
    RESOLVE,
    DECIDE
  }

  /** One dated event of an item's timeline. */
  private record Event(
      LocalDate date, Step step, Optional<Episodes.Episode> episode, Optional<Decision> decision) {}

  /**
   * An item while its timeline is read: from the firing that opened it to the decision that closes
   * it.
   */
  private static final class Item {
    final Episodes.Episode first;
    final List<HistoryEvent> history = new ArrayList<>();
    final List<LocalDate> escalations = new ArrayList<>();
    Optional<LocalDate> closed = Optional.empty();
    Optional<LocalDate> resolved = Optional.empty();
    Optional<LocalDate> conditionCleared = Optional.empty();
    Optional<LocalDate> decided = Optional.empty();

    Item(Episodes.Episode first) {
      this.first = first;
    }
  }

  private static void episodes(
      Evaluation context,
      HostAgreement a,
      Trigger t,
      OdsCode site,
      List<ReportingPeriod> periods,
      Findings.Collector out) {
    LocalDate asOf = context.asOf();
    TriggerCondition condition = new TriggerCondition(context, a, t, site);
    NavigableMap<ReportingPeriod, Observation> series = condition.series();
    int lag = a.reportingLagDays();
    List<Episodes.Episode> episodes =
        Episodes.of(
            periods,
            condition::holds,
            p -> Objects.requireNonNull(series.get(p)).value(),
            p -> Evaluation.availability(p, lag),
            t.condition().periods(),
            t.clearingPeriods());
    List<Event> timeline = new ArrayList<>();
    for (Episodes.Episode e : episodes) {
      timeline.add(new Event(e.firedOn(), Step.FIRE, Optional.of(e), Optional.empty()));
      e.clearedOn()
          .ifPresent(c -> timeline.add(new Event(c, Step.CLEAR, Optional.of(e), Optional.empty())));
    }
    context.document().escalationRecords().stream()
        .filter(
            r ->
                r.agreement().equals(a.id())
                    && r.trigger().equals(t.id())
                    && r.site().equals(site)
                    && !r.resolvedOn().isAfter(asOf))
        .forEach(
            r ->
                timeline.add(
                    new Event(r.resolvedOn(), Step.RESOLVE, Optional.empty(), Optional.empty())));
    for (Decision d : context.decisions(r -> r.isEpisode(a.id(), t.id(), site))) {
      timeline.add(new Event(d.date(), Step.DECIDE, Optional.empty(), Optional.of(d)));
    }
    timeline.sort(Comparator.comparing(Event::date).thenComparing(Event::step));
    List<Item> items = new ArrayList<>();
    @Nullable Item current = null;
    for (Event ev : timeline) {
      boolean open = current != null && current.closed.isEmpty();
      switch (ev.step()) {
        case FIRE -> {
          if (open && current != null) {
            current.conditionCleared = Optional.empty();
            current.history.add(
                new HistoryEvent(
                    ev.date(),
                    HistoryEvent.Kind.CONDITION_AGAIN,
                    "the condition held again ("
                        + points(context, t, ev.episode().orElseThrow())
                        + ") while the item was open"));
          } else {
            current = new Item(ev.episode().orElseThrow());
            items.add(current);
          }
        }
        case CLEAR -> {
          if (open && current != null) {
            current.conditionCleared = Optional.of(ev.date());
            current.history.add(
                new HistoryEvent(
                    ev.date(),
                    HistoryEvent.Kind.CONDITION_CLEARED,
                    "the condition cleared ("
                        + ev.episode().orElseThrow().cleared().orElseThrow()
                        + "); the item stays open until a decision closes it"));
          }
        }
        case RESOLVE -> {
          if (open && current != null) {
            current.history.add(
                new HistoryEvent(
                    ev.date(), HistoryEvent.Kind.RESOLVED, "a resolution was recorded"));
            if (t.redLine()) {
              current.resolved = Optional.of(ev.date());
            } else {
              current.closed = Optional.of(ev.date());
              current.history.add(
                  new HistoryEvent(
                      ev.date(), HistoryEvent.Kind.CLOSED, "closed by the recorded resolution"));
            }
          }
        }
        case DECIDE -> {
          if (!open || current == null) {
            unmatched(context, a, t, site, ev.decision().orElseThrow(), out);
          } else {
            Decision d = ev.decision().orElseThrow();
            current.history.add(
                new HistoryEvent(d.date(), HistoryEvent.Kind.DECISION, describe(d)));
            if (current.decided.isEmpty()) {
              current.decided = Optional.of(d.date());
            }
            if (d.outcome() == DecisionOutcome.ESCALATE_FURTHER) {
              current.escalations.add(d.date());
            }
            if (d.outcome().closes()) {
              current.closed = Optional.of(d.date());
              current.history.add(
                  new HistoryEvent(
                      d.date(), HistoryEvent.Kind.CLOSED, "closed by decision " + d.id()));
            }
          }
        }
      }
    }
    for (Item item : items) {
      report(context, a, t, site, condition, item, out);
    }
  }

  /**
   * A decision about an episode when none is open on its date: reported, so that a wrong date or
   * subject is not silently dropped.
   */
  private static void unmatched(
      Evaluation context,
      HostAgreement a,
      Trigger t,
      OdsCode site,
      Decision d,
      Findings.Collector out) {
    out.add(
        context
            .finding(FindingCode.DECISION_UNMATCHED)
            .agreement(a.id())
            .site(site)
            .measure(t.measure())
            .trigger(t.id())
            .evidence("decision", d.id())
            .evidence("date", d.date())
            .evidence("outcome", d.outcome().id())
            .summary(
                "Decision "
                    + d.id()
                    + " of "
                    + d.date()
                    + " is about "
                    + t.id()
                    + " at "
                    + site
                    + ", which has no open item on that date; it"
                    + " decides nothing (check its date and subject)."));
  }

  private static void report(
      Evaluation context,
      HostAgreement a,
      Trigger t,
      OdsCode site,
      TriggerCondition condition,
      Item item,
      Findings.Collector out) {
    LocalDate asOf = context.asOf();
    EscalationRoute route = context.route(a.route());
    Episodes.Episode e = item.first;
    SeriesKey key = SeriesKey.of(t.measure(), site);
    int opened = t.redLine() ? route.top() : Math.min(t.level().orElse(1), route.top());
    LocalDate end = item.closed.orElse(asOf);
    List<Deadlines.Reached> reached =
        Deadlines.reached(
            route, opened, e.firedOn(), item.escalations, end, context.reference().calendar());
    Deadlines.Reached now = reached.get(reached.size() - 1);
    LocalDate openedLevelDue = reached.get(0).due();
    String what =
        t.measure()
            + " at "
            + site
            + " "
            + condition.describe()
            + " ("
            + points(context, t, e)
            + ")";
    List<HistoryEvent> history = new ArrayList<>();
    String consequence = t.consequence().orElse("");
    history.add(
        new HistoryEvent(
            e.firedOn(),
            HistoryEvent.Kind.OPENED,
            (t.redLine() ? "red line " : "trigger ")
                + t.id()
                + " fired: "
                + what
                + "; opened at level "
                + opened
                + ", "
                + context.holder(a, route.level(opened).holder())
                + ", due "
                + openedLevelDue
                + (t.redLine()
                    ? "; its consequence (" + consequence + ") to be decided by " + openedLevelDue
                    : "")));
    for (Deadlines.Reached r : reached.subList(1, reached.size())) {
      history.add(
          new HistoryEvent(
              r.from(),
              HistoryEvent.Kind.LEVEL,
              "reached level "
                  + r.level()
                  + " ("
                  + route.level(r.level()).name()
                  + "), "
                  + context.holder(a, route.level(r.level()).holder())
                  + ", due "
                  + r.due()));
    }
    if (t.redLine() && !openedLevelDue.isAfter(end)) {
      history.add(
          new HistoryEvent(
              openedLevelDue,
              HistoryEvent.Kind.CONSEQUENCE_DUE,
              "the consequence ("
                  + consequence
                  + ") was due for decision"
                  + item.decided
                      .filter(d -> !d.isAfter(openedLevelDue))
                      .map(d -> "; decided on " + d)
                      .orElse("; no decision by then")));
    }
    history.addAll(item.history);
    history.sort(Comparator.comparing(HistoryEvent::date));
    Subject subject =
        Subject.none()
            .with("agreement", a.id())
            .with("site", site)
            .with("measure", t.measure())
            .with("trigger", t.id());
    out.item(
        new ItemHistory(
            t.redLine() ? "red-line" : "trigger-episode",
            subject,
            e.firedOn(),
            item.closed,
            history));
    if (item.closed.isPresent()) {
      return;
    }
    out.openEpisode(key);
    boolean overdue = asOf.isAfter(openedLevelDue);
    String cleared =
        item.conditionCleared
            .map(c -> "; the condition cleared on " + c + ", open until a decision closes it")
            .orElse("");
    FindingBuilder finding =
        context
            .finding(
                t.redLine()
                    ? FindingCode.RED_LINE_BREACHED
                    : overdue ? FindingCode.ESCALATION_OVERDUE : FindingCode.TRIGGER_FIRED)
            .agreement(a.id())
            .site(site)
            .measure(t.measure())
            .trigger(t.id())
            .evidence("condition", condition.describe())
            .evidence(
                "points",
                e.evidence().entrySet().stream()
                    .map(x -> x.getKey() + ": " + x.getValue().toPlainString())
                    .collect(Collectors.joining(", ")))
            .evidence("firedOn", e.firedOn())
            .evidence("openedLevel", opened)
            .evidence("openedLevelDue", openedLevelDue)
            .evidence("route", route.id())
            .history(history);
    item.conditionCleared.ifPresent(c -> finding.evidence("conditionClearedOn", c));
    item.decided.ifPresent(d -> finding.evidence("decidedOn", d));
    Holder holder = route.level(now.level()).holder();
    if (t.redLine()) {
      finding.evidence("consequence", consequence);
      if (item.resolved.isPresent()) {
        finding
            .evidence("resolvedOn", item.resolved.get())
            .summary(
                "Red line "
                    + t.id()
                    + " breached: "
                    + what
                    + "; fired "
                    + e.firedOn()
                    + ", resolved on "
                    + item.resolved.get()
                    + ", the breach stays open until a decision closes it"
                    + cleared
                    + ".")
            .level(opened);
      } else {
        finding
            .summary(
                "Red line "
                    + t.id()
                    + " breached: "
                    + what
                    + "; fired "
                    + e.firedOn()
                    + ", consequence "
                    + consequence
                    + "; level "
                    + now.level()
                    + " due "
                    + now.due()
                    + (asOf.isAfter(now.due()) ? " (overdue)" : "")
                    + cleared
                    + ".")
            .due(now.due())
            .level(now.level());
      }
      if (item.decided.isEmpty() && asOf.isAfter(openedLevelDue)) {
        FindingBuilder late =
            context
                .finding(FindingCode.DECISION_OVERDUE)
                .agreement(a.id())
                .site(site)
                .measure(t.measure())
                .trigger(t.id())
                .evidence("consequence", consequence)
                .evidence("firedOn", e.firedOn())
                .evidence("decisionDue", openedLevelDue)
                .due(openedLevelDue)
                .level(route.top())
                .history(history)
                .summary(
                    "Red line "
                        + t.id()
                        + " at "
                        + site
                        + ": its consequence ("
                        + consequence
                        + ") was to be decided by "
                        + openedLevelDue
                        + "; no decision is recorded.");
        addPerActor(context, a, route.level(route.top()).holder(), late, out);
      }
    } else {
      finding.triggerSeverity(t.severity().orElseThrow()).due(now.due()).level(now.level());
      finding.summary(
          overdue
              ? "Trigger "
                  + t.id()
                  + ": "
                  + what
                  + "; fired "
                  + e.firedOn()
                  + "; level "
                  + opened
                  + " was due "
                  + openedLevelDue
                  + ", now at level "
                  + now.level()
                  + " due "
                  + now.due()
                  + cleared
                  + "."
              : "Trigger "
                  + t.id()
                  + ": "
                  + what
                  + "; fired "
                  + e.firedOn()
                  + "; level "
                  + now.level()
                  + " due "
                  + now.due()
                  + cleared
                  + ".");
    }
    boolean decisive =
        (t.redLine() && item.resolved.isPresent())
            ? add(context, finding.build(), out)
            : addPerActor(context, a, holder, finding, out);
    if (decisive) {
      out.decisive(key);
    }
  }

  /**
   * Adds a finding once per organisation that holds the level (several commissioners get one each);
   * a post holder's is added once, naming the post. {@return whether one was decisive}
   */
  private static boolean addPerActor(
      Evaluation context,
      HostAgreement a,
      Holder holder,
      FindingBuilder finding,
      Findings.Collector out) {
    holder.post().ifPresent(p -> finding.evidence("post", p));
    List<org.networkedcare.governance.Actor> actors = context.actors(a, holder);
    if (actors.isEmpty()) {
      return add(context, finding.build(), out);
    }
    boolean decisive = false;
    for (org.networkedcare.governance.Actor who : actors) {
      decisive |= add(context, finding.actor(who).build(), out);
    }
    return decisive;
  }

  private static boolean add(Evaluation context, Finding f, Findings.Collector out) {
    out.add(f);
    return Findings.decisive(context, f);
  }

  private static String points(Evaluation context, Trigger t, Episodes.Episode e) {
    String values =
        e.evidence().values().stream()
            .map(Evaluation.format(context.measure(t.measure()))::format)
            .collect(Collectors.joining(", "));
    String months =
        e.evidence().keySet().stream()
            .map(ReportingPeriod::toString)
            .collect(Collectors.joining(", "));
    return values + " in " + months;
  }

  /** {@return a decision as one history line} */
  static String describe(Decision d) {
    String actions =
        d.actions().isEmpty()
            ? ""
            : "; actions: "
                + d.actions().stream()
                    .map(
                        x ->
                            x.id()
                                + " "
                                + x.description()
                                + " ("
                                + x.owner()
                                + ", due "
                                + x.due()
                                + ", "
                                + x.status().id()
                                + x.completed().map(c -> " " + c).orElse("")
                                + ")")
                    .collect(Collectors.joining("; "));
    return "decision "
        + d.id()
        + " by "
        + d.decidedBy()
        + ": "
        + d.outcome().id()
        + actions
        + d.note().map(n -> " - " + n).orElse("");
  }
}
