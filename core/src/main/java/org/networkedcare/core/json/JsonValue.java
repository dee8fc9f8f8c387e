package org.networkedcare.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.networkedcare.core.validation.Problems;

/**
 * One value of a JSON document with its path, read by type. Each reading method returns the value
 * when it has the expected type and form, and otherwise records a problem at this value's path and
 * returns empty, so that one pass over a document finds every problem.
 */
public final class JsonValue {

  private final JsonNode node;
  private final Problems problems;

  JsonValue(JsonNode node, Problems problems) {
    this.node = node;
    this.problems = problems;
  }

  /**
   * {@return a reader for the root of a parsed document}
   *
   * @param root the parsed tree
   * @param problems where problems go; its path is the root's
   */
  public static JsonValue root(JsonNode root, Problems problems) {
    return new JsonValue(root, problems);
  }

  /** {@return the JSON pointer of this value} */
  public String path() {
    return problems.path();
  }

  /** {@return the problems collector at this value's path} */
  public Problems problems() {
    return problems;
  }

  /** {@return the underlying tree node} */
  public JsonNode node() {
    return node;
  }

  /** {@return the value as a string; a non-string is a {@code type} problem} */
  public Optional<String> text() {
    if (!node.isTextual()) {
      return wrongType("a string");
    }
    return Optional.of(node.textValue());
  }

  /** {@return the value as a non-blank string} */
  public Optional<String> nonBlankText() {
    return text()
        .filter(s -> problems.check(!s.isBlank(), "blank", "a non-blank string is required"));
  }

  /** {@return the value as an ISO date {@code YYYY-MM-DD}} */
  public Optional<LocalDate> date() {
    return text()
        .flatMap(
            s -> {
              try {
                if (s.length() != 10) {
                  throw new DateTimeParseException("length", s, 0);
                }
                return Optional.of(LocalDate.parse(s));
              } catch (DateTimeParseException e) {
                problems.add("format", "'" + s + "' is not a date of the form YYYY-MM-DD");
                return Optional.empty();
              }
            });
  }

  /** {@return the value as an ISO month {@code YYYY-MM}} */
  public Optional<YearMonth> month() {
    return text()
        .flatMap(
            s -> {
              try {
                if (s.length() != 7) {
                  throw new DateTimeParseException("length", s, 0);
                }
                return Optional.of(YearMonth.parse(s));
              } catch (DateTimeParseException e) {
                problems.add("format", "'" + s + "' is not a month of the form YYYY-MM");
                return Optional.empty();
              }
            });
  }

  /**
   * {@return the value as an exact decimal} A number whose exponent is beyond {@link
   * Json#MAX_EXPONENT} is a {@code range} problem; a string holding a number is a {@code type}
   * problem.
   */
  public Optional<BigDecimal> decimal() {
    if (!node.isNumber()) {
      return wrongType("a number");
    }
    BigDecimal value = node.decimalValue();
    int exponent = value.precision() - value.scale() - 1;
    if (value.signum() != 0
        && (Math.abs(exponent) > Json.MAX_EXPONENT
            || Math.abs(value.scale()) > Json.MAX_EXPONENT * 2)) {
      problems.add(
          "range",
          "the number's exponent is beyond +/-"
              + Json.MAX_EXPONENT
              + "; no input needs one that size");
      return Optional.empty();
    }
    return Optional.of(value.signum() == 0 ? BigDecimal.ZERO : value);
  }

  /** {@return the value as a finite double, read from its exact decimal} */
  public Optional<Double> real() {
    return decimal().map(BigDecimal::doubleValue);
  }

  /** {@return the value as a whole number that fits in an {@code int}} */
  public Optional<Integer> integer() {
    return whole()
        .flatMap(
            v -> {
              if (v.bitLength() > 31) {
                problems.add("range", "the number " + v + " is too large");
                return Optional.empty();
              }
              return Optional.of(v.intValue());
            });
  }

  /** {@return the value as a whole number that fits in a {@code long}} */
  public Optional<Long> wholeLong() {
    return whole()
        .flatMap(
            v -> {
              if (v.bitLength() > 63) {
                problems.add("range", "the number " + v + " is too large");
                return Optional.empty();
              }
              return Optional.of(v.longValue());
            });
  }

  private Optional<BigInteger> whole() {
    return decimal()
        .flatMap(
            d -> {
              try {
                return Optional.of(d.toBigIntegerExact());
              } catch (ArithmeticException e) {
                problems.add("type", "a whole number is required, found " + d.toPlainString());
                return Optional.empty();
              }
            });
  }

  /** {@return the value as a boolean} */
  public Optional<Boolean> bool() {
    if (!node.isBoolean()) {
      return wrongType("true or false");
    }
    return Optional.of(node.booleanValue());
  }

  /**
   * {@return the value as one of a fixed set of names} An unknown name is a {@code unknown-value}
   * problem that lists the names allowed.
   *
   * @param <T> what the names stand for
   * @param allowed the names and what each stands for, in the order to list them
   */
  public <T> Optional<T> oneOf(Map<String, T> allowed) {
    return text()
        .flatMap(
            s -> {
              T value = allowed.get(s);
              if (value == null) {
                problems.add(
                    "unknown-value",
                    "'" + s + "' is not one of: " + String.join(", ", allowed.keySet()));
              }
              return Optional.ofNullable(value);
            });
  }

  /**
   * {@return the value read as an object by a function of its fields} Unknown fields left unread by
   * the function are reported.
   *
   * @param <T> what the object becomes
   * @param reader reads the fields; returns empty when it recorded problems
   */
  public <T> Optional<T> object(Function<JsonObject, Optional<T>> reader) {
    if (!node.isObject()) {
      return wrongType("an object");
    }
    JsonObject object = new JsonObject(node, problems);
    Optional<T> result = reader.apply(object);
    object.finish();
    return result;
  }

  /**
   * {@return the value as an array, each element read by a decoder} Elements with problems are left
   * out of the list; their problems are recorded at {@code /index}.
   *
   * @param <T> the element type
   * @param element reads one element
   */
  public <T> Optional<List<T>> list(JsonDecoder<T> element) {
    if (!node.isArray()) {
      return wrongType("an array");
    }
    List<T> values = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      element.decode(new JsonValue(node.get(i), problems.at(i))).ifPresent(values::add);
    }
    return Optional.of(values);
  }

  /**
   * {@return the value as an object whose field names are keys, each value read by a function of
   * its name and value, in the document's order} Entries with problems are left out; their problems
   * are recorded at {@code /name}. No field is unknown.
   *
   * @param <T> what each value becomes
   * @param entry reads one value, given its name
   */
  public <T> Optional<Map<String, T>> map(BiFunction<String, JsonValue, Optional<T>> entry) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> i = node.fieldNames(); i.hasNext(); ) {
      names.add(i.next());
    }
    return object(
        object -> {
          Map<String, T> map = new LinkedHashMap<>();
          for (String name : names) {
            object.optional(name, v -> entry.apply(name, v)).ifPresent(t -> map.put(name, t));
          }
          return Optional.of(map);
        });
  }

  private <T> Optional<T> wrongType(String expected) {
    problems.add("type", expected + " is required, found " + describe(node));
    return Optional.empty();
  }

  static String describe(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT, POJO -> "an object";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      case BINARY -> "binary data";
      case MISSING -> "nothing";
    };
  }
}
