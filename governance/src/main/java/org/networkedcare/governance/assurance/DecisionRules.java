package org.networkedcare.governance.assurance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.networkedcare.governance.decision.Decision;
import org.networkedcare.governance.decision.DecisionAction;
import org.networkedcare.governance.decision.ItemRef;
import org.networkedcare.governance.decision.Waiver;
import org.networkedcare.governance.dispute.Dispute;
import org.networkedcare.governance.risk.RiskEntry;

/**
 * Decisions, their actions and waivers (docs/governance.md, "Decisions and actions", "Approved
 * exceptions"), for every decision known at the date: an action not done (or cancelled) by the date
 * and past its due date gives {@code action-overdue}; one done after its due date gives {@code
 * action-done-late}; a waiver whose last day has passed gives {@code waiver-expired}. Disputes and
 * risks with decisions get a history (opened, each stage or review, each decision, closed).
 */
final class DecisionRules implements RuleFamily {

  @Override
  public void evaluate(Evaluation context, Findings.Collector out) {
    LocalDate asOf = context.asOf();
    for (Decision d : context.decisions(r -> true)) {
      for (DecisionAction action : d.actions()) {
        actionFinding(context, d, action).ifPresent(out::add);
      }
    }
    for (Waiver w :
        context.document().waivers().stream().sorted(Comparator.comparing(Waiver::id)).toList()) {
      if (w.until().isBefore(asOf)) {
        FindingBuilder f =
            context
                .finding(FindingCode.WAIVER_EXPIRED)
                .agreement(w.agreement())
                .summary(
                    "Waiver "
                        + w.id()
                        + " ("
                        + w.rule().id()
                        + (w.aboutKpi()
                            ? " for " + w.measure().orElseThrow() + " at " + w.site().orElseThrow()
                            : w.aboutCell()
                                ? " for "
                                    + w.guidance().orElseThrow()
                                    + " recommendation "
                                    + w.recommendation().orElseThrow()
                                    + " at "
                                    + w.site().orElseThrow()
                                : "")
                        + ", approved by "
                        + w.approvedBy()
                        + ") ended on "
                        + w.until()
                        + "; the rule applies again unless it is renewed.")
                .evidence("waiver", w.id())
                .evidence("rule", w.rule().id())
                .evidence("from", w.from())
                .evidence("until", w.until())
                .evidence("reason", w.reason())
                .due(w.until());
        w.measure().ifPresent(f::measure);
        w.site().ifPresent(f::site);
        w.guidance().ifPresent(g -> f.about("guidance", g));
        w.recommendation().ifPresent(r -> f.evidence("recommendation", r));
        w.approvedBy().body().ifPresent(f::actor);
        out.add(f);
      }
    }
    for (Dispute dispute :
        context.document().disputes().stream().sorted(Comparator.comparing(Dispute::id)).toList()) {
      List<Decision> about = context.decisions(r -> r.is(ItemRef.Kind.DISPUTE, dispute.id()));
      if (about.isEmpty() || dispute.raisedOn().isAfter(asOf)) {
        continue;
      }
      List<HistoryEvent> events = new ArrayList<>();
      events.add(
          new HistoryEvent(
              dispute.raisedOn(),
              HistoryEvent.Kind.OPENED,
              "dispute raised by " + dispute.raisedBy() + ": " + dispute.issue()));
      dispute.stages().stream()
          .filter(s -> !s.start().isAfter(asOf))
          .forEach(
              s ->
                  events.add(
                      new HistoryEvent(
                          s.start(), HistoryEvent.Kind.LEVEL, "stage " + s.stage() + " started")));
      item(
          out,
          "dispute",
          Subject.none().with("agreement", dispute.agreement()).with("dispute", dispute.id()),
          dispute.raisedOn(),
          about,
          events);
    }
    for (RiskEntry risk :
        context.document().risks().stream().sorted(Comparator.comparing(RiskEntry::id)).toList()) {
      List<Decision> about = context.decisions(r -> r.is(ItemRef.Kind.RISK, risk.id()));
      if (about.isEmpty()) {
        continue;
      }
      List<HistoryEvent> events = new ArrayList<>();
      events.add(
          new HistoryEvent(
              about.get(0).date(),
              HistoryEvent.Kind.OPENED,
              "risk " + risk.id() + " (" + risk.title() + ") brought for decision"));
      item(out, "risk", Subject.none().with("risk", risk.id()), about.get(0).date(), about, events);
    }
  }

  private static void item(
      Findings.Collector out,
      String kind,
      Subject subject,
      LocalDate opened,
      List<Decision> about,
      List<HistoryEvent> events) {
    Optional<LocalDate> closed = Optional.empty();
    for (Decision d : about) {
      if (closed.isPresent()) {
        break;
      }
      events.add(new HistoryEvent(d.date(), HistoryEvent.Kind.DECISION, TriggerRules.describe(d)));
      if (d.outcome().closes()) {
        closed = Optional.of(d.date());
        events.add(
            new HistoryEvent(d.date(), HistoryEvent.Kind.CLOSED, "closed by decision " + d.id()));
      }
    }
    events.sort(Comparator.comparing(HistoryEvent::date));
    out.item(new ItemHistory(kind, subject, opened, closed, events));
  }

  private static Optional<FindingBuilder> actionFinding(
      Evaluation context, Decision d, DecisionAction action) {
    LocalDate asOf = context.asOf();
    if (action.status() == DecisionAction.Status.CANCELLED) {
      return Optional.empty();
    }
    boolean done = action.doneBy(asOf);
    boolean late = done && action.completed().orElseThrow().isAfter(action.due());
    boolean overdue = !done && action.due().isBefore(asOf);
    if (!late && !overdue) {
      return Optional.empty();
    }
    FindingBuilder f =
        context.finding(late ? FindingCode.ACTION_DONE_LATE : FindingCode.ACTION_OVERDUE);
    subject(f, d.about());
    f.evidence("decision", d.id())
        .evidence("decidedOn", d.date())
        .evidence("outcome", d.outcome().id())
        .evidence("action", action.id())
        .evidence("due", action.due())
        .due(action.due())
        .actor(
            action
                .ownerPost()
                .flatMap(context.document().structure()::actor)
                .orElse(action.owner()));
    action.ownerPost().ifPresent(p -> f.evidence("owner", "post " + p));
    if (late) {
      LocalDate completed = action.completed().orElseThrow();
      f.evidence("completed", completed)
          .evidence("daysLate", ChronoUnit.DAYS.between(action.due(), completed))
          .summary(
              "Action "
                  + action.id()
                  + " of decision "
                  + d.id()
                  + " ("
                  + d.about()
                  + "): "
                  + action.description()
                  + " was due "
                  + action.due()
                  + " and done "
                  + completed
                  + ", "
                  + ChronoUnit.DAYS.between(action.due(), completed)
                  + " days late.");
    } else {
      f.summary(
          "Action "
              + action.id()
              + " of decision "
              + d.id()
              + " ("
              + d.about()
              + "): "
              + action.description()
              + " was due "
              + action.due()
              + " and is not done.");
    }
    return Optional.of(f);
  }

  private static void subject(FindingBuilder f, ItemRef about) {
    about.agreement().ifPresent(f::agreement);
    about.site().ifPresent(f::site);
    about.trigger().ifPresent(f::trigger);
    if (about.kind() == ItemRef.Kind.DISPUTE) {
      f.dispute(about.id().orElseThrow());
    }
    if (about.kind() == ItemRef.Kind.RISK) {
      f.risk(about.id().orElseThrow());
    }
  }
}
