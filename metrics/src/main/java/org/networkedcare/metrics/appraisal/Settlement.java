package org.networkedcare.metrics.appraisal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.metrics.appraisal.Compiled.CLine;
import org.networkedcare.metrics.appraisal.Compiled.Term;

/**
 * Money that moves between the parties of a network option, compiled: the payment streams of its
 * transfers, gain-shares and rewards. A stream pays {@link #amount} real pounds in year t from the
 * payer to the receiver (the receiver pays when it is negative); it is never part of a network
 * total, so a payment is always the same figure to both parties. Immutable and thread-safe.
 */
final class Settlement {

  /** What kind of settlement a stream comes from; the JSON name is the key of its section. */
  enum Kind {
    TRANSFER("transfer"),
    GAIN_SHARE("gain-share"),
    REWARD("reward");

    final String id;

    Kind(String id) {
      this.id = id;
    }
  }

  /** A payment's amount in year t, real pounds, undiscounted. */
  interface Amount {
    double v(double[] p, int t);
  }

  final String id;
  final Kind kind;
  final String payer;
  final String receiver;
  final int first;
  final int last;
  final Amount amount;
  int payerIndex = -1;
  int receiverIndex = -1;

  Settlement(
      String id, Kind kind, String payer, String receiver, int first, int last, Amount amount) {
    this.id = id;
    this.kind = kind;
    this.payer = payer;
    this.receiver = receiver;
    this.first = first;
    this.last = last;
    this.amount = amount;
  }

  /** Present value on the cash schedule, unrounded. */
  double pv(double[] p, double[] df) {
    double sum = 0;
    for (int t = first; t <= last; t++) {
      sum += amount.v(p, t) * df[t];
    }
    return sum;
  }

  /** {@return the payment streams of a network option} */
  static List<Settlement> compile(Compiled c, Appraisal a, int option) {
    String optionId = a.options().get(option).id();
    List<Settlement> list = new ArrayList<>();
    int n = a.horizonYears();
    for (Transfer x : a.transfers()) {
      if (!x.option().equals(optionId)) {
        continue;
      }
      int first = x.first();
      int last = x.last(n);
      Term[] terms =
          x.profile().isEmpty()
              ? java.util.Collections.nCopies(last - first + 1, c.term(x.amount().orElseThrow()))
                  .toArray(Term[]::new)
              : x.profile().stream().map(c::term).toArray(Term[]::new);
      double[] price = new double[last - first + 1];
      for (int i = 0; i < price.length; i++) {
        price[i] = CLine.priceFactor(a, x.prices(), first + i);
      }
      Term index = c.term(x.indexation(), 0);
      list.add(
          new Settlement(
              x.id(),
              Kind.TRANSFER,
              x.payer(),
              x.receiver(),
              first,
              last,
              (p, t) ->
                  terms[t - first].v(p) * Math.pow(1 + index.v(p), t - first) * price[t - first]));
    }
    for (GainShare g : a.gainShares()) {
      if (!g.option().equals(optionId)) {
        continue;
      }
      Set<String> ids = new HashSet<>(g.lines());
      List<CLine> plus = new ArrayList<>();
      List<CLine> minus = new ArrayList<>();
      for (CLine l : c.lines(option)) {
        if (ids.contains(l.line.id())) {
          plus.add(l);
        }
      }
      for (CLine l : c.lines(c.counterfactual)) {
        if (ids.contains(l.line.id())) {
          minus.add(l);
        }
      }
      CLine[] optionLines = plus.toArray(new CLine[0]);
      CLine[] counterfactualLines = minus.toArray(new CLine[0]);
      int periods = g.schedule().size();
      // period[t - first] is the index of the period containing year t, or -1
      int first = g.first(0);
      int last = g.last(periods - 1, n);
      int[] period = new int[Math.max(last - first + 1, 0)];
      java.util.Arrays.fill(period, -1);
      Term[] threshold = new Term[periods];
      Term[] cap = new Term[periods];
      Term[] floor = new Term[periods];
      Set<String> partners = new java.util.TreeSet<>();
      for (int k = 0; k < periods; k++) {
        GainShare.Period row = g.schedule().get(k);
        for (int t = g.first(k); t <= g.last(k, n); t++) {
          period[t - first] = k;
        }
        threshold[k] = c.term(row.threshold());
        cap[k] = c.term(row.cap(), Double.POSITIVE_INFINITY);
        floor[k] = c.term(row.floor(), 0);
        partners.addAll(row.shares().keySet());
      }
      Amount shared =
          (p, t) -> {
            int k = period[t - first];
            double s = 0;
            for (CLine l : optionLines) {
              s += signedYear(l, p, t);
            }
            for (CLine l : counterfactualLines) {
              s -= signedYear(l, p, t);
            }
            double excess = Math.signum(s) * Math.max(Math.abs(s) - threshold[k].v(p), 0);
            return Math.min(cap[k].v(p), Math.max(floor[k].v(p), excess));
          };
      for (String partner : partners) {
        Term[] share = new Term[periods];
        for (int k = 0; k < periods; k++) {
          Quantity q = g.schedule().get(k).shares().get(partner);
          share[k] = q == null ? null : c.term(q);
        }
        list.add(
            new Settlement(
                g.id(),
                Kind.GAIN_SHARE,
                g.holder(),
                partner,
                first,
                last,
                (p, t) -> {
                  int k = period[t - first];
                  return k < 0 || share[k] == null ? 0 : share[k].v(p) * shared.v(p, t);
                }));
      }
    }
    for (Reward r : a.rewards()) {
      if (!r.option().equals(optionId)) {
        continue;
      }
      CLine line = rewardLine(c, option, r).orElseThrow(); // the appraisal's check ensures it
      Term target = c.term(r.target());
      Term paid = c.term(r.amount(), 0);
      Term share = c.term(r.shareOfBenefit(), 0);
      int first = r.firstYear().orElse(line.first);
      int last = r.lastYear().orElse(line.last);
      list.add(
          new Settlement(
              r.id(),
              Kind.REWARD,
              r.payer(),
              r.receiver(),
              first,
              last,
              (p, t) -> {
                if (t < line.first || t > line.last) {
                  return 0;
                }
                double value = line.optionPath.v(p, t - line.first);
                if (!achieved(line.direction, value, target.v(p))) {
                  return 0;
                }
                return paid.v(p) + share.v(p) * line.adjusted(p, t, Double.NaN);
              }));
    }
    return list;
  }

  /**
   * Whether a measure's value meets its target: at or below it when it improves downwards
   * (direction 1).
   */
  static boolean achieved(double direction, double value, double target) {
    return direction > 0 ? value <= target : value >= target;
  }

  static Optional<CLine> rewardLine(Compiled c, int option, Reward r) {
    for (CLine l : c.lines(option)) {
      if (l.line.id().equals(r.line()) && l.derived) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /** A line's adjusted amount in year t with the sign it has in NPSV (0 outside its years). */
  static double signedYear(CLine line, double[] p, int t) {
    if (t < line.first || t > line.last) {
      return 0;
    }
    double v = line.adjusted(p, t, Double.NaN);
    return line.benefit ? v : -v;
  }

  /** Checks an id and an option are present and not blank. */
  static void checkNames(Problems p, String id, String option) {
    if (p.at("id").required(id)) {
      p.at("id").check(!id.isBlank(), "blank", "an id is not blank");
    }
    if (p.at("option").required(option)) {
      p.at("option").check(!option.isBlank(), "blank", "an option is named");
    }
  }

  /**
   * Checks an id, an option and two parties are present and not blank, and that the parties differ.
   */
  static void checkParties(
      Problems p,
      String id,
      String option,
      String from,
      String fromName,
      String to,
      String toName) {
    checkNames(p, id, option);
    boolean both = p.at(fromName).required(from) & p.at(toName).required(to);
    if (both) {
      p.at(fromName).check(!from.isBlank(), "blank", "a " + fromName + " is named");
      p.at(toName).check(!to.isBlank(), "blank", "a " + toName + " is named");
      p.at(toName)
          .check(
              !from.equals(to),
              "settlement.same-party",
              "the " + fromName + " and the " + toName + " differ");
    }
  }

  /** Checks a first year is from 0 and a last year not before it. */
  static void checkYears(Problems p, OptionalInt first, OptionalInt last) {
    if (first == null || last == null) {
      return;
    }
    first.ifPresent(
        f -> p.at("firstYear").check(f >= 0, "range", "the first year is from 0, not " + f));
    if (first.isPresent() && last.isPresent()) {
      p.at("lastYear")
          .check(
              last.getAsInt() >= first.getAsInt(),
              "line.years",
              "the last year " + last.getAsInt() + " is before the first year " + first.getAsInt());
    }
  }
}
