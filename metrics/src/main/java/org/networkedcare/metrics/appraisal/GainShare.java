package org.networkedcare.metrics.appraisal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * A gain-share (and, with a floor, risk-share) schedule: how a named saving of a network option is
 * split, year by year, between the party that holds it and its partners.
 *
 * <p>The <b>saving</b> in year t, {@code s_t}, is the net of the named lines under the option
 * against the counterfactual: benefits less costs, in real pounds after every adjustment,
 * undiscounted (a cost line the option avoids is a saving; an overspend is a negative saving). The
 * lines are money lines of the option or of the counterfactual (a consortium's generated lines
 * included), by id.
 *
 * <p>The terms may differ by year: the schedule is a list of {@link Period periods}, each with its
 * own years, shares, threshold, cap and floor (say 50/50 above GBP 100k capped at GBP 250k in years
 * 1-2, then 70/30 from year 3). In a year t of period k, the <b>shared amount</b> is {@code x_t =
 * min(cap_k, max(floor_k, e_t))} with {@code e_t = sign(s_t) × max(|s_t| − threshold_k, 0)}:
 * savings up to the threshold, and overspends up to it, stay with the holder; above it, at most
 * {@code cap_k} a year is shared (no cap when absent); an overspend beyond the threshold is shared
 * down to {@code floor_k} (a non-positive amount a year; default 0, a pure gain-share). Each
 * partner i receives {@code share_k,i × x_t} from the holder in year t (pays it, when {@code x_t}
 * is negative); the holder keeps {@code 1 − Σ share_k,i}. Nothing is paid in a year outside every
 * period. A schedule of one period is the constant case.
 *
 * <p>Like a {@link Transfer}, a gain-share moves money between parties: it changes no network
 * total, and is a cost to one party and income to another in their positions, their draws in the
 * probabilistic analysis (shares, thresholds, caps and floors may be parameters, period by period,
 * and the saving is drawn with its lines) and the budget impact.
 *
 * <p>JSON, one period, written flat on the gain-share: {@code {"id": "dna-gain-share", "option":
 * "hub-and-host", "lines": ["dna-reduction"], "holder": "host-a", "shares": {"centre": 0.5},
 * "threshold": 100000, "cap": 80000, "floor": -40000, "firstYear": 1, "lastYear": 3}}. Several
 * periods, as a {@code schedule} of at least two rows in the order of their years: {@code
 * "schedule": [{"firstYear": 1, "lastYear": 2, "shares": {"centre": 0.5}, "threshold": 100000,
 * "cap": 250000}, {"firstYear": 3, "shares": {"centre": 0.7}}]} in place of the flat fields.
 *
 * @param id the schedule's id, unique among the appraisal's transfers, gain-shares and rewards
 * @param option the id of the network option
 * @param lines the ids of the lines whose net is the saving
 * @param holder the party whose saving it is, who pays the partners their shares
 * @param schedule the periods, at least one, in the order of their years, not overlapping
 * @param description what the schedule is
 */
public record GainShare(
    String id,
    String option,
    List<String> lines,
    String holder,
    List<GainShare.Period> schedule,
    String description) {

  /**
   * The terms of a gain-share over a run of years. Immutable.
   *
   * <p>{@code firstYear} defaults to 0 in the first period and must be given in the others; {@code
   * lastYear} defaults to the year before the next period's first year, and in the last period to
   * the last year of the horizon.
   *
   * @param firstYear the period's first year, from 0
   * @param lastYear the period's last year, if given
   * @param shares each partner's share of the shared amount, in [0, 1], summing to at most 1
   * @param threshold the saving (and overspend) a year the holder keeps before any sharing, pounds,
   *     at least 0
   * @param cap the most shared a year, pounds, at least 0; none when empty
   * @param floor the most overspend shared a year, as a non-positive amount; 0 when empty
   */
  public record Period(
      OptionalInt firstYear,
      OptionalInt lastYear,
      Map<String, Quantity> shares,
      Quantity threshold,
      Optional<Quantity> cap,
      Optional<Quantity> floor) {

    /**
     * Checks the period on its own.
     *
     * @param firstYear the first year, if given
     * @param lastYear the last year, if given
     * @param shares the partners' shares
     * @param threshold the threshold
     * @param cap the cap, if any
     * @param floor the floor, if any
     * @throws ValidationException with every problem, paths relative to the period
     */
    public Period {
      Problems p = Problems.collector();
      if (p.at("shares").required(shares)) {
        shares = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(shares));
        p.at("shares")
            .check(
                !shares.isEmpty(),
                "required",
                "a gain-share names at least one partner and its share");
        BigDecimal fixed = BigDecimal.ZERO;
        for (Map.Entry<String, Quantity> e : shares.entrySet()) {
          Line.checkFraction(p.at("shares").at(e.getKey()), Optional.of(e.getValue()));
          if (e.getValue() instanceof Quantity.Fixed f) {
            fixed = fixed.add(f.value());
          }
        }
        p.at("shares")
            .check(
                fixed.compareTo(BigDecimal.ONE) <= 0,
                "range",
                "the partners' shares sum to at most 1, not " + fixed.toPlainString());
      }
      if (p.at("threshold").required(threshold) && threshold instanceof Quantity.Fixed f) {
        p.at("threshold")
            .check(
                f.value().signum() >= 0,
                "range",
                "the threshold is at least 0, not " + f.value().toPlainString());
      }
      if (p.at("cap").required(cap) && cap.isPresent() && cap.get() instanceof Quantity.Fixed f) {
        p.at("cap")
            .check(
                f.value().signum() >= 0,
                "range",
                "the cap is at least 0, not " + f.value().toPlainString());
      }
      if (p.at("floor").required(floor)
          && floor.isPresent()
          && floor.get() instanceof Quantity.Fixed f) {
        p.at("floor")
            .check(
                f.value().signum() <= 0,
                "range",
                "the floor is the most overspend shared a year, as an amount at most 0, not "
                    + f.value().toPlainString());
      }
      p.at("firstYear").required(firstYear);
      p.at("lastYear").required(lastYear);
      Settlement.checkYears(p, firstYear, lastYear);
      p.throwIfAny();
    }
  }

  /**
   * Checks what can be checked without the rest of the appraisal: the parts, each period, that the
   * holder has no share of its own, that every period after the first names its first year, and
   * that the periods follow one another without overlapping.
   *
   * @param id the id
   * @param option the option
   * @param lines the lines of the saving
   * @param holder the holder
   * @param schedule the periods
   * @param description the description
   * @throws ValidationException with every problem, paths relative to the gain-share (a period's at
   *     {@code schedule/k}, or at the gain-share itself when it has one period)
   */
  public GainShare {
    Problems p = Problems.collector();
    Settlement.checkNames(p, id, option);
    if (p.at("holder").required(holder)) {
      p.at("holder").check(!holder.isBlank(), "blank", "a holder is named");
    }
    if (p.at("lines").required(lines)) {
      lines = List.copyOf(lines);
      p.at("lines")
          .check(
              !lines.isEmpty(),
              "required",
              "a gain-share names at least one line whose net is the saving");
      p.at("lines")
          .check(
              lines.stream().distinct().count() == lines.size(),
              "duplicate",
              "a line is named twice");
    }
    if (p.at("schedule").required(schedule)) {
      schedule = List.copyOf(schedule);
      p.at("schedule")
          .check(!schedule.isEmpty(), "required", "a gain-share has at least one period");
      for (int k = 0; k < schedule.size(); k++) {
        Problems at = row(p, k, schedule.size());
        Period row = schedule.get(k);
        if (holder != null) {
          checkHolder(at, holder, row.shares());
        }
        if (k > 0
            && at.at("firstYear")
                .check(
                    row.firstYear().isPresent(),
                    "required",
                    "every period after the first names its first year")) {
          Period before = schedule.get(k - 1);
          OptionalInt beforeFirst =
              k == 1 ? OptionalInt.of(before.firstYear().orElse(0)) : before.firstYear();
          OptionalInt previous = before.lastYear().isPresent() ? before.lastYear() : beforeFirst;
          int start = row.firstYear().getAsInt();
          if (previous.isPresent()) {
            at.at("firstYear")
                .check(
                    start > previous.getAsInt(),
                    "gain-share.periods",
                    "the period starts in year "
                        + start
                        + ", not after the previous period's "
                        + (before.lastYear().isPresent() ? "last" : "first")
                        + " year "
                        + previous.getAsInt()
                        + "; periods are in the order of their years and do not overlap");
          }
        }
      }
    }
    p.at("description").required(description);
    p.throwIfAny();
  }

  /**
   * Where a period's problems are reported: at {@code schedule/k}, or at the gain-share itself when
   * the schedule has one period (the flat form).
   */
  static Problems row(Problems at, int k, int periods) {
    return periods == 1 ? at : at.at("schedule").at(k);
  }

  /**
   * Checks that a gain-share's holder has no share of its own (it keeps what the partners are not
   * given), reporting {@code gain-share.holder} at {@code shares/<partner>} under {@code at}. A
   * reader applies it to each period as it reads it; the constructor applies it to every period.
   *
   * @param at where the period's problems go
   * @param holder the holder's party id
   * @param shares the period's shares by partner, or null when it has none (nothing to check)
   */
  public static void checkHolder(Problems at, String holder, Map<String, Quantity> shares) {
    if (shares == null) {
      return;
    }
    for (String partner : shares.keySet()) {
      at.at("shares")
          .at(partner)
          .check(
              !partner.equals(holder),
              "gain-share.holder",
              "the holder keeps what the partners are not given; it has no share of its own");
    }
  }

  /**
   * {@return the first year of period k}
   *
   * @param k the period's index
   */
  int first(int k) {
    return schedule.get(k).firstYear().orElse(0);
  }

  /**
   * {@return the last year of period k}
   *
   * @param k the period's index
   * @param horizonYears the appraisal's horizon
   */
  int last(int k, int horizonYears) {
    OptionalInt last = schedule.get(k).lastYear();
    if (last.isPresent()) {
      return last.getAsInt();
    }
    return k + 1 < schedule.size() ? first(k + 1) - 1 : horizonYears - 1;
  }
  ;
}
