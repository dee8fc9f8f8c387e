package org.networkedcare.governance.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.governance.calendar.BankHolidays;
import org.networkedcare.governance.calendar.BankHolidays.Move;

/**
 * The JSON form of a bank-holiday calendar's one-off changes (the layout of the shipped {@code
 * calendar.json}: {@code id}, {@code version}, {@code region}, {@code firstYear}, {@code source},
 * {@code moved} with {@code year}, {@code holiday}, {@code from}, {@code to}, {@code reason}, and
 * {@code added} with {@code date}, {@code reason}), and the shipped calendar of England and Wales.
 *
 * <p>Stateless and thread-safe.
 */
public final class CalendarJson {

  private static final String DEFAULT_RESOURCE =
      "/org/networkedcare/governance/reference/calendar.json";

  private CalendarJson() {}

  /** {@return the default calendar of England and Wales, from 2011, read from the shipped data} */
  public static BankHolidays englandAndWales() {
    return Default.INSTANCE;
  }

  private static final class Default {
    static final BankHolidays INSTANCE = load();

    private static BankHolidays load() {
      try (InputStream in = CalendarJson.class.getResourceAsStream(DEFAULT_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
        }
        return bankHolidays(Json.parse(in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Reads a calendar's one-off changes.
   *
   * @param json the file, UTF-8 JSON
   * @return the calendar
   * @throws ValidationException naming every problem
   */
  public static BankHolidays parse(byte[] json) {
    return bankHolidays(Json.parse(json));
  }

  /**
   * Reads a calendar's one-off changes from text.
   *
   * @param json the file
   * @return the calendar
   * @throws ValidationException naming every problem
   */
  public static BankHolidays parse(String json) {
    return bankHolidays(Json.parse(json));
  }

  static BankHolidays bankHolidays(JsonNode tree) {
    Problems problems = Problems.collector();
    Optional<BankHolidays> calendar =
        JsonValue.root(tree, problems)
            .object(
                o -> {
                  o.required("id", JsonValue::nonBlankText);
                  Optional<String> version = o.required("version", JsonValue::nonBlankText);
                  o.optional("region", JsonValue::text);
                  o.optional("source", JsonValue::text);
                  Optional<Integer> first = o.required("firstYear", JsonValue::integer);
                  List<Move> moves = o.list("moved", v -> v.object(CalendarJson::move));
                  List<LocalDate> adds = o.list("added", v -> v.object(CalendarJson::addition));
                  if (version.isEmpty() || first.isEmpty()) {
                    return Optional.empty();
                  }
                  return Optional.of(new BankHolidays(version.get(), first.get(), moves, adds));
                });
    problems.throwIfAny();
    return calendar.orElseThrow();
  }

  private static Optional<Move> move(JsonObject o) {
    o.optional("year", JsonValue::integer);
    o.optional("holiday", JsonValue::text);
    o.optional("reason", JsonValue::text);
    Optional<LocalDate> from = o.required("from", JsonValue::date);
    Optional<LocalDate> to = o.required("to", JsonValue::date);
    if (from.isEmpty() || to.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Move(from.get(), to.get()));
  }

  private static Optional<LocalDate> addition(JsonObject o) {
    o.optional("reason", JsonValue::text);
    return o.required("date", JsonValue::date);
  }
}
