package org.networkedcare.metrics.appraisal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.networkedcare.core.DateRange;
import org.networkedcare.core.ReportingPeriod;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.metrics.baseline.Baseline;
import org.networkedcare.metrics.dataset.Figure;
import org.networkedcare.metrics.dataset.MeasureDataset;
import org.networkedcare.metrics.dataset.ReportingUnit;

/**
 * The benefits realised, read from the network's measure dataset: for each derived benefit line of
 * a network option, the figures of its baseline's measure at its baseline's scope (organisation,
 * optional site and service; an organisation's figure adds up its sites as {@link MeasureDataset}
 * does), one observation per reporting period that ended by the evaluation date, started on or
 * after the option's change date and falls in a year of the line. A figure's count is its
 * denominator when it has a whole one (the activity a proportion rests on), otherwise the line's
 * activity pro rata.
 */
final class RealisedData {

  private RealisedData() {}

  static Appraisal withObservations(Appraisal a, MeasureDataset data, LocalDate asOf) {
    Map<String, Integer> inline = new HashMap<>();
    for (int i = 0; i < a.observations().size(); i++) {
      BenefitObservation o = a.observations().get(i);
      inline.put(key(o.option(), o.line(), o.period()), i);
    }
    boolean shared = a.networkOptions().size() > 1;
    List<BenefitObservation> all = new ArrayList<>(a.observations());
    Problems problems = Problems.collector();
    for (Option option : a.networkOptions()) {
      LocalDate change = option.changeDate().orElse(a.yearZero().start());
      for (Line line : option.lines()) {
        if (line.derivation().isEmpty()) {
          continue;
        }
        Optional<Baseline> baseline =
            a.baselines().stream()
                .filter(b -> b.id().equals(line.derivation().get().baseline()))
                .findFirst();
        Optional<ReportingUnit> unit = baseline.flatMap(RealisedData::unit);
        if (unit.isEmpty() || data.measure(baseline.get().measure().id()).isEmpty()) {
          continue;
        }
        Baseline b = baseline.get();
        SortedMap<ReportingPeriod, Figure> series =
            data.series(b.measure().id(), unit.get(), b.scope().service());
        for (Map.Entry<ReportingPeriod, Figure> e : series.entrySet()) {
          ReportingPeriod p = e.getKey();
          int t = p.financialYear().startYear() - a.yearZero().startYear();
          if (p.endExclusive().isAfter(asOf)
              || p.start().isBefore(change)
              || t < a.firstYear(line)
              || t > a.lastYear(line)) {
            continue;
          }
          Optional<String> optionId = shared ? Optional.of(option.id()) : Optional.empty();
          DateRange period = DateRange.of(p.start(), p.endExclusive());
          BenefitObservation o =
              new BenefitObservation(
                  optionId,
                  line.id(),
                  period,
                  e.getValue().value(),
                  count(e.getValue()),
                  data.source() + " (" + b.measure().id() + " at " + unit.get() + ", " + p + ")",
                  asOf);
          Integer at = inline.get(key(optionId, line.id(), period));
          if (at == null) {
            all.add(o);
          } else if (a.observations().get(at).value().compareTo(o.value()) != 0) {
            problems
                .at("observations")
                .at(at)
                .add(
                    "observation.conflict",
                    "the line "
                        + line.id()
                        + " for "
                        + p
                        + " is observed twice with different values: here "
                        + a.observations().get(at).value().toPlainString()
                        + ", and "
                        + o.value().toPlainString()
                        + " in "
                        + o.source());
          }
        }
      }
    }
    problems.throwIfAny();
    return Appraisal.builder().from(a).observations(all).build();
  }

  private static Optional<ReportingUnit> unit(Baseline b) {
    try {
      OdsCode organisation = OdsCode.of(b.scope().organisation());
      return Optional.of(
          b.scope()
              .site()
              .map(s -> ReportingUnit.site(organisation, OdsCode.of(s)))
              .orElseGet(() -> ReportingUnit.organisation(organisation)));
    } catch (ValidationException notAnOdsCode) {
      return Optional.empty();
    }
  }

  private static Optional<Long> count(Figure f) {
    if (f.denominator().isEmpty()) {
      return Optional.empty();
    }
    BigDecimal d = f.denominator().get();
    try {
      return Optional.of(d.longValueExact());
    } catch (ArithmeticException notWhole) {
      return Optional.empty();
    }
  }

  private static String key(Optional<String> option, String line, DateRange period) {
    return option.orElse("") + "\u0000" + line + "\u0000" + period;
  }
}
