package org.networkedcare.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.util.Optional;
import org.networkedcare.core.DateRange;
import org.networkedcare.core.FinancialYear;
import org.networkedcare.core.Money;
import org.networkedcare.core.ReportingPeriod;

/**
 * The JSON forms of core's small values, which every document uses: an amount of money, a date
 * range, a financial year and a reporting period. The values themselves know nothing of JSON; a
 * reader records each problem at the value's path and returns empty, a writer returns a new tree.
 *
 * <p>Stateless and thread-safe.
 */
public final class ValueJson {

  private ValueJson() {}

  /**
   * Reads an amount: a number in pounds with at most two decimal places, such as {@code 12.34}. A
   * string (even {@code "12.34"}) is a {@code type} problem, a number with a non-zero third decimal
   * place a {@code money.precision} problem, a number out of range a {@code money.range} problem,
   * an absurd exponent such as {@code 1e-1000000} a {@code range} problem. Nothing is rounded.
   *
   * @param value the JSON value
   * @return the amount, or empty when a problem was recorded
   */
  public static Optional<Money> money(JsonValue value) {
    return value.decimal().flatMap(d -> value.problems().attempt(() -> Money.of(d)));
  }

  /**
   * {@return an amount as a JSON number in pounds with exactly two decimal places, {@code 12.34}}
   *
   * @param amount the amount
   */
  public static JsonNode write(Money amount) {
    return DecimalNode.valueOf(amount.toBigDecimal());
  }

  /**
   * {@return a range read from JSON: {@code from} and optional {@code to}, ISO dates}
   *
   * @param value the JSON value
   */
  public static Optional<DateRange> dateRange(JsonValue value) {
    return value.object(object -> dateRange(object, false));
  }

  /**
   * {@return a range that must end: {@code from} and {@code to} both required} For periods that are
   * over by nature, such as the months a baseline was measured.
   *
   * @param value the JSON value
   */
  public static Optional<DateRange> closedDateRange(JsonValue value) {
    return value.object(object -> dateRange(object, true));
  }

  private static Optional<DateRange> dateRange(JsonObject object, boolean closed) {
    Optional<LocalDate> from = object.required("from", JsonValue::date);
    Optional<LocalDate> to =
        closed ? object.required("to", JsonValue::date) : object.optional("to", JsonValue::date);
    if (from.isEmpty() || (object.has("to") && to.isEmpty())) {
      return Optional.empty();
    }
    return object.build(() -> new DateRange(from.get(), to));
  }

  /**
   * {@return a range as JSON: {@code from} and, when it ends, {@code to}}
   *
   * @param range the range
   */
  public static JsonNode write(DateRange range) {
    ObjectNode node = Json.object();
    node.put("from", range.from().toString());
    range.to().ifPresent(end -> node.put("to", end.toString()));
    return node;
  }

  /**
   * Reads a financial year: the string {@code "2025/26"}. Problems are recorded with the codes of
   * {@link FinancialYear#parse}, or {@code type} if the value is not a string.
   *
   * @param value the JSON value
   * @return the year, or empty when a problem was recorded
   */
  public static Optional<FinancialYear> financialYear(JsonValue value) {
    return value.text().flatMap(s -> value.problems().attempt(() -> FinancialYear.parse(s)));
  }

  /**
   * {@return a financial year as the JSON string {@code "2025/26"}}
   *
   * @param year the year
   */
  public static JsonNode write(FinancialYear year) {
    return TextNode.valueOf(year.toString());
  }

  /**
   * Reads a reporting period: a string of the form {@code "2024-04"}, {@code "2024/25-Q1"} or
   * {@code "2024/25"}. Problems are recorded with the codes of {@link ReportingPeriod#parse}, or
   * {@code type} if the value is not a string.
   *
   * @param value the JSON value
   * @return the period, or empty when a problem was recorded
   */
  public static Optional<ReportingPeriod> reportingPeriod(JsonValue value) {
    return value.text().flatMap(s -> value.problems().attempt(() -> ReportingPeriod.parse(s)));
  }

  /**
   * {@return a reporting period as a JSON string, its text form}
   *
   * @param period the period
   */
  public static JsonNode write(ReportingPeriod period) {
    return TextNode.valueOf(period.toString());
  }
}
