package org.networkedcare.governance.agreement;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.networkedcare.core.Money;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.metrics.appraisal.Appraisal;
import org.networkedcare.metrics.appraisal.Party;
import org.networkedcare.metrics.appraisal.Quantity;
import org.networkedcare.metrics.appraisal.Transfer;

/**
 * Where an appraisal meets the host agreements: each of its transfers that names an agreement's
 * money flow ({@code "flow": "agreement:<agreement id>/<flow id or purpose>"}) is resolved from the
 * agreement, so that the agreement is the one source of truth for the amount and its indexation.
 *
 * <p>A transfer with a flow and no amount or profile takes the agreement's yearly amounts ({@link
 * MoneyFlow#transfer}: the amount a year pro rata to the days it flows in each financial year,
 * indexed, in pence) and years, in the transfer's price basis. A transfer that gives an amount or a
 * profile too is checked against the agreement: each year's amount, {@code amount × (1 +
 * indexation)^k} rounded to pence, must be the agreement's, in the same years; it then stands as
 * given. Either way the flow's payer and payee are the transfer's payer and receiver: the
 * appraisal's parties whose ODS code (or, without one, whose id) is the flow's organisation's.
 *
 * <p>Problems, every one at once at the transfer's pointer: {@code transfer.flow-reference} (not of
 * the form), {@code unknown-reference} (no such agreement, or no such flow in it, naming those
 * there are; or no party for the flow's organisation), {@code duplicate} (two flows of the
 * agreement answer to the name), {@code transfer.flow-mismatch} (payer, receiver, amounts or years
 * differ from the agreement's, or are parameters), {@code transfer.flow-outside-horizon} (the flow
 * pays nothing in the appraisal's years). Stateless and thread-safe.
 */
public final class AgreementTransfers {

  /** The prefix of a reference to an agreement's money flow. */
  private static final String PREFIX = "agreement:";

  private AgreementTransfers() {}

  /**
   * {@return the appraisal with every transfer that names an agreement's money flow resolved from
   * the agreement} An appraisal with no such transfer is returned as it is.
   *
   * @param appraisal the appraisal
   * @param agreements the host agreements of the governance document that meets it
   * @throws ValidationException with every problem, at {@code /transfers/i/...}
   */
  public static Appraisal resolve(Appraisal appraisal, List<HostAgreement> agreements) {
    Problems problems = Problems.collector();
    List<Transfer> resolved = new ArrayList<>();
    boolean changed = false;
    for (int i = 0; i < appraisal.transfers().size(); i++) {
      Transfer x = appraisal.transfers().get(i);
      if (x.flow().isEmpty()) {
        resolved.add(x);
        continue;
      }
      Problems at = problems.at("transfers").at(i);
      Optional<Transfer> agreed = agreed(appraisal, agreements, x, at);
      if (agreed.isEmpty()) {
        continue;
      }
      if (x.awaitsFlow()) {
        Transfer a = agreed.get();
        resolved.add(
            new Transfer(
                x.id(),
                x.option(),
                x.payer(),
                x.receiver(),
                a.amount(),
                a.profile(),
                a.firstYear(),
                a.lastYear(),
                x.prices(),
                a.indexation(),
                x.flow(),
                x.description().isEmpty() ? a.description() : x.description()));
        changed = true;
      } else {
        compare(appraisal, x, agreed.get(), at);
        resolved.add(x);
      }
    }
    problems.throwIfAny();
    return changed ? Appraisal.builder().from(appraisal).transfers(resolved).build() : appraisal;
  }

  /** The agreement's transfer for x, or empty with the problems recorded. */
  private static Optional<Transfer> agreed(
      Appraisal appraisal, List<HostAgreement> agreements, Transfer x, Problems at) {
    String reference = x.flow().orElseThrow();
    int slash = reference.indexOf('/');
    if (!reference.startsWith(PREFIX) || slash < 0 || slash == reference.length() - 1) {
      at.at("flow")
          .add(
              "transfer.flow-reference",
              "the flow '"
                  + reference
                  + "' is not of the form agreement:<agreement id>/<flow id or purpose>");
      return Optional.empty();
    }
    String agreementId = reference.substring(PREFIX.length(), slash);
    String name = reference.substring(slash + 1);
    Optional<HostAgreement> agreement =
        agreements.stream().filter(a -> a.id().equals(agreementId)).findFirst();
    if (agreement.isEmpty()) {
      at.at("flow")
          .add(
              "unknown-reference",
              "no host agreement '"
                  + agreementId
                  + "' in the governance document; the agreements are: "
                  + agreements.stream().map(HostAgreement::id).toList());
      return Optional.empty();
    }
    List<MoneyFlow> flows =
        agreement.get().moneyFlows().stream()
            .filter(f -> f.id().orElse(f.purpose()).equals(name))
            .toList();
    if (flows.isEmpty()) {
      at.at("flow")
          .add(
              "unknown-reference",
              "the agreement '"
                  + agreementId
                  + "' has no money flow '"
                  + name
                  + "'; its flows are: "
                  + agreement.get().moneyFlows().stream()
                      .map(f -> f.reference(agreementId))
                      .toList());
      return Optional.empty();
    }
    if (flows.size() > 1) {
      at.at("flow")
          .add(
              "duplicate",
              "the agreement '"
                  + agreementId
                  + "' has "
                  + flows.size()
                  + " money flows for '"
                  + name
                  + "'; give each an id and name it");
      return Optional.empty();
    }
    MoneyFlow flow = flows.get(0);
    Optional<String> payer = party(appraisal, flow.payer().value(), "payer", at);
    Optional<String> payee = party(appraisal, flow.payee().value(), "payee", at);
    if (payer.isEmpty() || payee.isEmpty()) {
      return Optional.empty();
    }
    boolean parties =
        at.at("payer")
                .check(
                    payer.get().equals(x.payer()),
                    "transfer.flow-mismatch",
                    "the agreement's flow '"
                        + reference
                        + "' is paid by "
                        + flow.payer().value()
                        + " (party '"
                        + payer.get()
                        + "'), not by '"
                        + x.payer()
                        + "'")
            & at.at("receiver")
                .check(
                    payee.get().equals(x.receiver()),
                    "transfer.flow-mismatch",
                    "the agreement's flow '"
                        + reference
                        + "' is paid to "
                        + flow.payee().value()
                        + " (party '"
                        + payee.get()
                        + "'), not to '"
                        + x.receiver()
                        + "'");
    if (!parties) {
      return Optional.empty();
    }
    Optional<Transfer> t =
        flow.transfer(
            agreementId,
            x.option(),
            x.payer(),
            x.receiver(),
            appraisal.yearZero(),
            appraisal.horizonYears(),
            x.prices());
    if (t.isEmpty()) {
      at.at("flow")
          .add(
              "transfer.flow-outside-horizon",
              "the agreement's flow '"
                  + reference
                  + "' ("
                  + flow.dates()
                  + ") pays nothing in the appraisal's years ("
                  + appraisal.yearZero()
                  + " to "
                  + appraisal.yearZero().plusYears(appraisal.horizonYears() - 1)
                  + ")");
    }
    return t;
  }

  /** The appraisal's party for an ODS code: the one with that code, else the one with that id. */
  private static Optional<String> party(Appraisal a, String code, String role, Problems at) {
    Optional<String> party =
        a.parties().stream()
            .filter(p -> p.odsCode().map(code::equals).orElse(false))
            .map(Party::id)
            .findFirst()
            .or(
                () ->
                    a.parties().stream()
                        .filter(p -> p.odsCode().isEmpty() && p.id().equals(code))
                        .map(Party::id)
                        .findFirst());
    if (party.isEmpty()) {
      at.at("flow")
          .add(
              "unknown-reference",
              "no party of the appraisal is "
                  + code
                  + ", the flow's "
                  + role
                  + " (a party's odsCode, or its id when it has none)");
    }
    return party;
  }

  /** Checks a transfer that gives its amounts against the agreement's, year by year. */
  private static void compare(Appraisal a, Transfer x, Transfer agreed, Problems at) {
    String field = x.profile().isEmpty() ? "amount" : "profile";
    Optional<BigDecimal[]> given = yearly(a.horizonYears(), x);
    if (given.isEmpty()) {
      at.at(field)
          .add(
              "transfer.flow-mismatch",
              "the agreement's flow '"
                  + x.flow().orElseThrow()
                  + "' fixes the amounts; a transfer from it cannot take them from a parameter"
                  + " (leave the amount and indexation out to take the agreement's)");
      return;
    }
    BigDecimal[] wanted = yearly(a.horizonYears(), agreed).orElseThrow();
    for (int t = 0; t < wanted.length; t++) {
      if (given.get()[t].compareTo(wanted[t]) != 0) {
        at.at(field)
            .add(
                "transfer.flow-mismatch",
                "the agreement's flow '"
                    + x.flow().orElseThrow()
                    + "' pays "
                    + Money.of(wanted[t])
                    + " in year "
                    + t
                    + " ("
                    + a.yearZero().plusYears(t)
                    + "), the transfer "
                    + Money.of(given.get()[t])
                    + "; leave the amount out to take the agreement's");
        return;
      }
    }
  }

  /**
   * Each year's amount of a transfer in the horizon, rounded to pence, or empty when an amount or
   * the indexation is a parameter.
   */
  private static Optional<BigDecimal[]> yearly(int horizonYears, Transfer x) {
    BigDecimal[] years = new BigDecimal[horizonYears];
    java.util.Arrays.fill(years, BigDecimal.ZERO.setScale(2));
    BigDecimal rate = BigDecimal.ZERO;
    if (x.indexation().isPresent()) {
      if (!(x.indexation().get() instanceof Quantity.Fixed f)) {
        return Optional.empty();
      }
      rate = f.value();
    }
    int first = x.firstYear().orElse(x.profile().isEmpty() ? 1 : 0);
    int last =
        x.profile().isEmpty()
            ? x.lastYear().orElse(horizonYears - 1)
            : first + x.profile().size() - 1;
    for (int t = first; t <= Math.min(last, horizonYears - 1); t++) {
      Quantity q = x.profile().isEmpty() ? x.amount().orElseThrow() : x.profile().get(t - first);
      if (!(q instanceof Quantity.Fixed f)) {
        return Optional.empty();
      }
      BigDecimal uplift = BigDecimal.ONE.add(rate).pow(t - first, MathContext.DECIMAL64);
      years[t] = f.value().multiply(uplift).setScale(2, RoundingMode.HALF_EVEN);
    }
    return Optional.of(years);
  }
}
