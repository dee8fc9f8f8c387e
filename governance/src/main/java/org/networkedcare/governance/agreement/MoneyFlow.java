package org.networkedcare.governance.agreement;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.networkedcare.core.DateRange;
import org.networkedcare.core.FinancialYear;
import org.networkedcare.core.Money;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.metrics.appraisal.Quantity;
import org.networkedcare.metrics.appraisal.Transfer;

/**
 * Money that flows between the parties: payer, payee, what for, an exact amount per period, over a
 * half-open range of dates.
 *
 * <p>JSON: {@code {"payer": "RCE", "payee": "RHA", "purpose": "rent", "amount": 2500.00, "per":
 * "month", "dates": {"from": "2024-04-01"}}}; {@code per} is {@code month}, {@code quarter} or
 * {@code year}. Optional {@code id} names the flow within its agreement, and {@code indexation} is
 * the yearly rate by which the contract uplifts the amount in cash terms (from the start of each
 * financial year after the one the flow starts in).
 *
 * <p>The amounts are data, so that an appraisal sees the flow itself: {@link #transfer} makes the
 * appraisal's {@link Transfer} from it, by reference, rather than a figure typed twice.
 *
 * @param payer who pays
 * @param payee who is paid
 * @param purpose what for (rent, recharge for support services, income share, ...)
 * @param amount the amount per period
 * @param per the period: {@code month}, {@code quarter} or {@code year}
 * @param dates when it flows
 * @param id the flow's id within its agreement, if named
 * @param indexation the yearly cash uplift of the amount, if any
 */
public record MoneyFlow(
    OdsCode payer,
    OdsCode payee,
    String purpose,
    Money amount,
    String per,
    DateRange dates,
    Optional<String> id,
    Optional<BigDecimal> indexation) {

  /**
   * A flow with no id and no indexation.
   *
   * @param payer the payer
   * @param payee the payee
   * @param purpose the purpose
   * @param amount the amount per period
   * @param per the period
   * @param dates the dates
   */
  public MoneyFlow(
      OdsCode payer, OdsCode payee, String purpose, Money amount, String per, DateRange dates) {
    this(payer, payee, purpose, amount, per, dates, Optional.empty(), Optional.empty());
  }

  /**
   * Checks the flow: parts present; payer and payee differ, the period is a month, quarter or year
   * ({@code agreement.money-flow}).
   *
   * @param payer the payer
   * @param payee the payee
   * @param purpose the purpose
   * @param amount the amount per period
   * @param per the period
   * @param dates the dates
   * @param id the id, if named
   * @param indexation the yearly uplift, if any
   */
  public MoneyFlow {
    Problems problems = Problems.collector();
    boolean both = problems.at("payer").required(payer) & problems.at("payee").required(payee);
    if (both) {
      problems
          .at("payee")
          .check(!payer.equals(payee), "agreement.money-flow", "payer and payee differ");
    }
    problems.at("purpose").required(purpose);
    problems.at("amount").required(amount);
    if (problems.at("per").required(per)) {
      problems
          .at("per")
          .check(
              per.equals("month") || per.equals("quarter") || per.equals("year"),
              "agreement.money-flow",
              "per is month, quarter or year");
    }
    problems.at("dates").required(dates);
    if (problems.at("id").required(id) && id.isPresent()) {
      problems.at("id").check(!id.get().isBlank(), "blank", "an id is not blank");
    }
    if (problems.at("indexation").required(indexation) && indexation.isPresent()) {
      problems
          .at("indexation")
          .check(
              indexation.get().compareTo(BigDecimal.ONE.negate()) > 0,
              "agreement.money-flow",
              "an indexation rate is above -1, not " + indexation.get().toPlainString());
    }
    problems.throwIfAny();
  }

  /** {@return how many periods a year: 12 a month, 4 a quarter, 1 a year} */
  public int periodsPerYear() {
    return per.equals("month") ? 12 : per.equals("quarter") ? 4 : 1;
  }

  /**
   * {@return the reference an appraisal's transfer keeps to this flow: {@code
   * agreement:<agreement>/<id or purpose>}}
   *
   * @param agreement the id of the agreement the flow belongs to
   */
  public String reference(String agreement) {
    return "agreement:" + agreement + "/" + id.orElse(purpose);
  }

  /**
   * {@return the flow as an appraisal transfer, if it flows in the horizon} Year t's amount is the
   * amount a year ({@code amount × periodsPerYear()}) times the share of the financial year's days
   * the flow's dates cover, uplifted by {@code (1 + indexation)^k} in the k-th financial year after
   * the one it starts in, rounded to pence; the transfer is a profile from the first year it flows
   * to the last, in the price basis given (a contract's amounts are cash: {@code nominal}).
   *
   * @param agreement the id of the agreement the flow belongs to (for the reference)
   * @param option the network option in which the money flows
   * @param payerParty the appraisal's party that is the payer
   * @param receiverParty the appraisal's party that is the payee
   * @param yearZero the appraisal's year 0
   * @param horizonYears the appraisal's horizon
   * @param prices the price basis of the amounts: {@code nominal}, {@code real} or a financial year
   */
  public Optional<Transfer> transfer(
      String agreement,
      String option,
      String payerParty,
      String receiverParty,
      FinancialYear yearZero,
      int horizonYears,
      String prices) {
    BigDecimal annual = amount.toBigDecimal().multiply(BigDecimal.valueOf(periodsPerYear()));
    int startYear = FinancialYear.containing(dates.from()).startYear();
    List<BigDecimal> years = new ArrayList<>();
    int first = -1;
    for (int t = 0; t < horizonYears; t++) {
      FinancialYear fy = yearZero.plusYears(t);
      LocalDate from = dates.from().isAfter(fy.start()) ? dates.from() : fy.start();
      LocalDate to =
          dates.to().filter(d -> d.isBefore(fy.endExclusive())).orElse(fy.endExclusive());
      long days = Math.max(0, ChronoUnit.DAYS.between(from, to));
      BigDecimal share =
          BigDecimal.valueOf(days)
              .divide(
                  BigDecimal.valueOf(ChronoUnit.DAYS.between(fy.start(), fy.endExclusive())),
                  MathContext.DECIMAL64);
      int k = Math.max(0, fy.startYear() - startYear);
      BigDecimal uplift =
          indexation
              .map(i -> BigDecimal.ONE.add(i).pow(k, MathContext.DECIMAL64))
              .orElse(BigDecimal.ONE);
      BigDecimal value =
          annual.multiply(share).multiply(uplift).setScale(2, RoundingMode.HALF_EVEN);
      if (days > 0 && first < 0) {
        first = t;
      }
      if (first >= 0) {
        years.add(value);
      }
    }
    while (!years.isEmpty() && years.get(years.size() - 1).signum() == 0) {
      years.remove(years.size() - 1);
    }
    if (first < 0 || years.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Transfer(
            id.orElse(purpose),
            option,
            payerParty,
            receiverParty,
            Optional.empty(),
            years.stream().map(Quantity::of).toList(),
            OptionalInt.of(first),
            OptionalInt.empty(),
            prices,
            Optional.empty(),
            Optional.of(reference(agreement)),
            purpose));
  }
}
