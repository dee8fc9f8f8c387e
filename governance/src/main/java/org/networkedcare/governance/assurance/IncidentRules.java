package org.networkedcare.governance.assurance;

import java.util.Optional;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.governance.incident.Incident;

/**
 * Incidents under PSIRF (section 6): every learning action of an incident known by the date that is
 * past its due date and not completed by then gives {@code incident-action-overdue}, naming the
 * action's owner and the organisation whose plan the incident falls under (the incident's own, else
 * the party responsible for {@code incidents} under the agreement covering its site on its date).
 */
final class IncidentRules implements RuleFamily {

  @Override
  public void evaluate(Evaluation context, Findings.Collector out) {
    for (Incident i : context.document().incidents()) {
      if (i.date().isAfter(context.asOf())) {
        continue;
      }
      Optional<OdsCode> plan =
          i.plan()
              .or(
                  () ->
                      context
                          .covering(i.site(), i.date())
                          .flatMap(a -> a.responsible("incidents")));
      for (Incident.Action action : i.actions()) {
        boolean done = action.completed().filter(d -> !d.isAfter(context.asOf())).isPresent();
        if (!done && action.due().isBefore(context.asOf())) {
          out.add(
              context
                  .finding(FindingCode.INCIDENT_ACTION_OVERDUE)
                  .site(i.site())
                  .incident(i.id())
                  .summary(
                      "Learning action "
                          + action.id()
                          + " of incident "
                          + i.id()
                          + " ("
                          + i.response()
                          + ") was due on "
                          + action.due()
                          + " and is not done.")
                  .evidence("action", action.id())
                  .evidence("response", i.response())
                  .evidence("plan", plan.map(OdsCode::toString).orElse("not stated"))
                  .evidence("due", action.due())
                  .due(action.due())
                  .actor(action.owner()));
        }
      }
    }
  }
}
