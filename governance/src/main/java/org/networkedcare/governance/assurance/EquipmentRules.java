package org.networkedcare.governance.assurance;

import java.time.LocalDate;
import java.util.Optional;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.reference.Term;
import org.networkedcare.governance.Actor;
import org.networkedcare.governance.agreement.HostAgreement;
import org.networkedcare.metrics.purchasing.SharedEquipment;

/**
 * Shared equipment (section 9): calibration, the last one plus the interval, gives {@code
 * equipment-calibration-overdue} once passed and {@code equipment-calibration-due} within the
 * warning window, at the site the equipment is at on the date, naming its maintainer (explicit,
 * else the party responsible for {@code equipment-maintenance} under the agreement covering the
 * site, else the owner). A calibration dated after the date is not known, so gives none.
 */
final class EquipmentRules implements RuleFamily {

  private static final String AREA = "equipment-maintenance";

  @Override
  public void evaluate(Evaluation context, Findings.Collector out) {
    LocalDate asOf = context.asOf();
    String role =
        context.reference().responsibilityAreas().terms().stream()
            .filter(t -> t.id().equals(AREA))
            .map(Term::name)
            .findFirst()
            .orElse("equipment maintenance and calibration");
    for (SharedEquipment e : context.document().equipment()) {
      if (e.lastCalibration().isAfter(asOf)) {
        continue; // a calibration dated after the evaluation date is not known then
      }
      OdsCode site = e.siteOn(asOf);
      LocalDate next = e.nextCalibration();
      boolean overdue = next.isBefore(asOf);
      if (!overdue && next.isAfter(asOf.plusDays(DecisionEngine.WARNING_DAYS))) {
        continue;
      }
      Optional<HostAgreement> agreement = context.covering(site, asOf);
      OdsCode maintainer =
          e.maintainer().or(() -> agreement.flatMap(a -> a.responsible(AREA))).orElse(e.owner());
      out.add(
          context
              .finding(
                  overdue
                      ? FindingCode.EQUIPMENT_CALIBRATION_OVERDUE
                      : FindingCode.EQUIPMENT_CALIBRATION_DUE)
              .site(site)
              .equipment(e.id())
              .summary(
                  overdue
                      ? e.id()
                          + " at "
                          + site
                          + " was last calibrated on "
                          + e.lastCalibration()
                          + "; calibration every "
                          + e.calibrationIntervalMonths()
                          + " months was due on "
                          + next
                          + "."
                      : e.id() + " at " + site + " is due for calibration on " + next + ".")
              .evidence("lastCalibration", e.lastCalibration())
              .evidence("intervalMonths", e.calibrationIntervalMonths())
              .evidence("site", site)
              .evidence(
                  "responsible",
                  maintainer + agreement.map(a -> " (under " + a.id() + ")").orElse(""))
              .due(next)
              .actor(new Actor(maintainer, role)));
    }
  }
}
