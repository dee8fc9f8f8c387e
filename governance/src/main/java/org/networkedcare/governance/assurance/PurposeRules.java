package org.networkedcare.governance.assurance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.governance.structure.NetworkStructure;
import org.networkedcare.governance.structure.Purpose;

/**
 * The network's purpose (docs/governance.md, "Purpose: the strategy narrative and objectives"):
 * with versions recorded, none in force on the date ({@code strategy-missing}, the first version's
 * owner by its start); the version in force past its review date ({@code strategy-review-lapsed},
 * its owner by that date); an objective of it with no linked measure ({@code
 * objective-unmeasured}); a linked measure in concern at a site by the measure-led evidence
 * (special cause concern, off its KPI, an open trigger episode: {@code objective-off-track}, one
 * per measure and site). Objective findings name the objective's owner, due by the next meeting of
 * the body that approved the version (its last meeting on or before the date, or its terms' start,
 * plus its frequency), or by the version's review date when it names no body. A document without a
 * purpose gives none. Runs after the trigger rules, whose open episodes it reads.
 */
final class PurposeRules implements RuleFamily {

  @Override
  public void evaluate(Evaluation context, Findings.Collector out) {
    NetworkStructure s = context.document().structure();
    if (s.purpose().isEmpty()) {
      return;
    }
    LocalDate asOf = context.asOf();
    Optional<Purpose> inForce = s.purposeOn(asOf);
    if (inForce.isEmpty()) {
      Purpose first = s.purpose().stream().min(Comparator.comparing(Purpose::from)).orElseThrow();
      FindingBuilder f =
          owned(context, s, FindingCode.STRATEGY_MISSING, first.owner())
              .summary(
                  "No strategy narrative is in force on "
                      + asOf
                      + ": the first version, "
                      + first.id()
                      + ", takes effect on "
                      + first.from()
                      + ".")
              .evidence("purpose", first.id())
              .due(first.from());
      first.approvedBy().ifPresent(b -> f.about("body", b));
      out.add(f);
      return;
    }
    Purpose v = inForce.get();
    if (v.reviewLapsed(asOf)) {
      FindingBuilder f =
          owned(context, s, FindingCode.STRATEGY_REVIEW_LAPSED, v.owner())
              .summary(
                  "The strategy narrative "
                      + v.id()
                      + " (in force from "
                      + v.from()
                      + ") was to be reviewed by "
                      + v.reviewBy()
                      + " and no later version has taken its place.")
              .evidence("purpose", v.id())
              .due(v.reviewBy());
      v.approvedBy().ifPresent(b -> f.about("body", b));
      out.add(f);
    }
    LocalDate due =
        v.approvedBy()
            .flatMap(s::body)
            .map(b -> StructureRules.nextMeeting(s, b, asOf))
            .orElse(v.reviewBy());
    Findings sofar = out.sorted(context);
    for (Purpose.StrategicObjective o : v.objectives()) {
      if (o.measures().isEmpty()) {
        out.add(
            owned(context, s, FindingCode.OBJECTIVE_UNMEASURED, o.owner())
                .about("objective", o.id())
                .summary(
                    "Objective "
                        + o.id()
                        + " of strategy "
                        + v.id()
                        + " ("
                        + o.text()
                        + ") has no measure linked to evidence it.")
                .evidence("purpose", v.id())
                .due(due));
        continue;
      }
      for (String measure : o.measures()) {
        for (OdsCode site : MeasureLedVerdict.sites(context, measure)) {
          MeasureLedVerdict.Judged j =
              MeasureLedVerdict.judge(SeriesKey.of(measure, site), context, sofar);
          if (j.state() != ItemState.CONCERN) {
            continue;
          }
          out.add(
              owned(context, s, FindingCode.OBJECTIVE_OFF_TRACK, o.owner())
                  .site(site)
                  .measure(measure)
                  .about("objective", o.id())
                  .summary(
                      "Objective "
                          + o.id()
                          + " of strategy "
                          + v.id()
                          + " ("
                          + o.text()
                          + ") is off track: "
                          + measure
                          + " at "
                          + site
                          + " is in concern ("
                          + j.item().detail()
                          + ").")
                  .evidence("purpose", v.id())
                  .evidence("state", j.item().detail())
                  .due(due));
        }
      }
    }
  }

  private static FindingBuilder owned(
      Evaluation context, NetworkStructure s, FindingCode code, String post) {
    FindingBuilder f = context.finding(code);
    s.actor(post).ifPresent(f::actor);
    return f.evidence("owner", "post " + post);
  }
}
