package org.networkedcare.governance.assurance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.networkedcare.core.ReportingPeriod;

/** Trigger episodes over a run of calendar periods (section 4). */
final class Episodes {

  private Episodes() {}

  /**
   * One episode.
   *
   * @param fired the period that completed the condition
   * @param firedOn that period's availability date
   * @param evidence the periods and values that fired it
   * @param cleared the period that cleared it, if one has
   * @param clearedOn that period's availability date
   */
  record Episode(
      ReportingPeriod fired,
      LocalDate firedOn,
      Map<ReportingPeriod, BigDecimal> evidence,
      Optional<ReportingPeriod> cleared,
      Optional<LocalDate> clearedOn) {

    boolean openOn(LocalDate date) {
      return !firedOn.isAfter(date) && clearedOn.map(date::isBefore).orElse(true);
    }
  }

  /**
   * The episodes over the periods, in order. {@code holds} gives, for a period with an available
   * observation, whether the condition holds there; empty for a period without one, which breaks
   * any run, for firing and for clearing alike.
   */
  static List<Episode> of(
      List<ReportingPeriod> periods,
      Function<ReportingPeriod, Optional<Boolean>> holds,
      Function<ReportingPeriod, BigDecimal> value,
      Function<ReportingPeriod, LocalDate> availability,
      int n,
      int clearAfter) {
    List<Episode> episodes = new ArrayList<>();
    Deque<ReportingPeriod> run = new ArrayDeque<>();
    ReportingPeriod firedPeriod = null;
    Map<ReportingPeriod, BigDecimal> firedEvidence = Map.of();
    int clearing = 0;
    for (ReportingPeriod p : periods) {
      Optional<Boolean> h = holds.apply(p);
      if (firedPeriod != null) {
        if (h.isPresent() && !h.get()) {
          clearing++;
          if (clearing >= clearAfter) {
            episodes.add(
                new Episode(
                    firedPeriod,
                    availability.apply(firedPeriod),
                    firedEvidence,
                    Optional.of(p),
                    Optional.of(availability.apply(p))));
            firedPeriod = null;
            run.clear();
          }
        } else {
          clearing = 0;
        }
        continue;
      }
      if (h.isPresent() && h.get()) {
        run.addLast(p);
        if (run.size() >= n) {
          firedPeriod = p;
          firedEvidence = new java.util.LinkedHashMap<>();
          for (ReportingPeriod q : run) {
            firedEvidence.put(q, value.apply(q));
          }
          run.clear();
          clearing = 0;
        }
      } else {
        run.clear();
      }
    }
    if (firedPeriod != null) {
      episodes.add(
          new Episode(
              firedPeriod,
              availability.apply(firedPeriod),
              firedEvidence,
              Optional.empty(),
              Optional.empty()));
    }
    return episodes;
  }
}
