package org.networkedcare.governance.agreement;

import org.networkedcare.core.json.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.networkedcare.core.DateRange;
import org.networkedcare.core.Money;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problems;

/**
 * Money that flows between the parties: payer, payee, what for, an exact amount per period, over a
 * half-open range of dates.
 *
 * <p>JSON: {@code {"payer": "RCE", "payee": "RHA", "purpose": "rent", "amount": 2500.00, "per":
 * "month", "dates": {"from": "2024-04-01"}}}; {@code per} is {@code month}, {@code quarter} or
 * {@code year}.
 *
 * @param payer who pays
 * @param payee who is paid
 * @param purpose what for (rent, recharge for support services, income share, ...)
 * @param amount the amount per period
 * @param per the period: {@code month}, {@code quarter} or {@code year}
 * @param dates when it flows
 */
public record MoneyFlow(OdsCode payer, OdsCode payee, String purpose, Money amount, String per, DateRange dates) {

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
   */
  public MoneyFlow {
    Problems problems = Problems.collector();
    boolean both = problems.at("payer").required(payer) & problems.at("payee").required(payee);
    if (both) {
      problems.at("payee").check(!payer.equals(payee), "agreement.money-flow", "payer and payee differ");
    }
    problems.at("purpose").required(purpose);
    problems.at("amount").required(amount);
    if (problems.at("per").required(per)) {
      problems
          .at("per")
          .check(per.equals("month") || per.equals("quarter") || per.equals("year"), "agreement.money-flow", "per is month, quarter or year");
    }
    problems.at("dates").required(dates);
    problems.throwIfAny();
  }

  /**
   * {@return a money flow read from JSON}
   *
   * @param value the JSON value
   */
  public static Optional<MoneyFlow> fromJson(JsonValue value) {
    return value.object(
        o -> {
          Optional<OdsCode> payer = o.required("payer", OdsCode::fromJson);
          Optional<OdsCode> payee = o.required("payee", OdsCode::fromJson);
          Optional<String> purpose = o.required("purpose", JsonValue::nonBlankText);
          Optional<Money> amount = o.required("amount", Money::fromJson);
          Optional<String> per = o.required("per", JsonValue::nonBlankText);
          Optional<DateRange> dates = o.required("dates", DateRange::fromJson);
          return o.buildAll(
              () ->
                  new MoneyFlow(
                      payer.orElse(null), payee.orElse(null), purpose.orElse(null), amount.orElse(null), per.orElse(null), dates.orElse(null)));
        });
  }

  /** {@return the money flow as JSON} */
  public JsonNode toJson() {
    ObjectNode node = Json.object();
    node.put("payer", payer.value());
    node.put("payee", payee.value());
    node.put("purpose", purpose);
    node.set("amount", amount.toJson());
    node.put("per", per);
    node.set("dates", dates.toJson());
    return node;
  }
}
