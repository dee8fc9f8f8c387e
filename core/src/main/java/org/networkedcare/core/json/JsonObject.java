package org.networkedcare.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * The fields of one JSON object, read by name. Every name asked for is remembered, and when the
 * object has been read ({@link JsonValue#object}) any field never asked for is reported as an
 * {@code unknown-field} problem naming the fields the object may have.
 */
public final class JsonObject {

  private final JsonNode node;
  private final Problems problems;
  private final Set<String> known = new LinkedHashSet<>();

  JsonObject(JsonNode node, Problems problems) {
    this.node = node;
    this.problems = problems;
  }

  /** {@return the JSON pointer of this object} */
  public String path() {
    return problems.path();
  }

  /** {@return the problems collector at this object's path} */
  public Problems problems() {
    return problems;
  }

  /**
   * {@return a field that must be present and not null, read by a decoder}
   *
   * @param <T> the type read
   * @param name the field name
   * @param decoder reads the value
   */
  public <T> Optional<T> required(String name, JsonDecoder<T> decoder) {
    known.add(name);
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      problems.at(name).add("required", "the field '" + name + "' is required");
      return Optional.empty();
    }
    return decoder.decode(new JsonValue(value, problems.at(name)));
  }

  /**
   * {@return a field that may be absent (or null), read by a decoder when present}
   *
   * @param <T> the type read
   * @param name the field name
   * @param decoder reads the value
   */
  public <T> Optional<T> optional(String name, JsonDecoder<T> decoder) {
    known.add(name);
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    return decoder.decode(new JsonValue(value, problems.at(name)));
  }

  /**
   * {@return an array field that may be absent (meaning empty), each element read by a decoder}
   * Elements with problems are left out; their problems are recorded.
   *
   * @param <T> the element type
   * @param name the field name
   * @param element reads one element
   */
  public <T> List<T> list(String name, JsonDecoder<T> element) {
    return optional(name, v -> v.list(element)).orElse(List.of());
  }

  /**
   * {@return whether the field is present and not null} Marks the field as known.
   *
   * @param name the field name
   */
  public boolean has(String name) {
    known.add(name);
    JsonNode value = node.get(name);
    return value != null && !value.isNull();
  }

  /**
   * Reads the required {@code schemaVersion} field and checks that it is the version this reader
   * understands.
   *
   * @param supported the version understood
   * @return whether the version is the one understood
   */
  public boolean schemaVersion(int supported) {
    Optional<Integer> version = required("schemaVersion", JsonValue::integer);
    if (version.isPresent() && version.get() != supported) {
      problems
          .at("schemaVersion")
          .add(
              "schema-version",
              "schema version "
                  + version.get()
                  + " is not supported; this reader reads version "
                  + supported);
      return false;
    }
    return version.isPresent();
  }

  /**
   * Builds a value from what was read; a {@link
   * org.networkedcare.core.validation.ValidationException} it throws is recorded with its paths
   * moved under this object's path.
   *
   * @param <T> the value's type
   * @param constructor builds the value
   * @return the value, or empty when it reported problems
   */
  public <T> Optional<T> build(Supplier<T> constructor) {
    return problems.attempt(constructor);
  }

  /**
   * Builds a value from what could be read, even when some fields could not, so that the value's
   * own checks still report their problems alongside the reader's. A problem the value reports at a
   * path where a problem was already recorded, above one or below one, is dropped, so that a
   * missing or mistyped field is reported once, by the reader.
   *
   * @param <T> the value's type
   * @param constructor builds the value from the fields read, with {@code null} for the others
   * @return the value, or empty when it reported problems
   */
  public <T> Optional<T> buildAll(Supplier<T> constructor) {
    try {
      return Optional.of(constructor.get());
    } catch (ValidationException e) {
      List<Problem> fresh = new ArrayList<>();
      for (Problem problem : e.problems()) {
        if (!problems.isReportedAround(path() + problem.path())) {
          fresh.add(problem);
        }
      }
      problems.addAll(fresh);
      return Optional.empty();
    }
  }

  /**
   * {@return what was read of a field, or {@code null} when it could not be read} Only for the
   * arguments of a {@link #buildAll} constructor, whose own null check then reports a problem that
   * {@code buildAll} drops, since the reader has already reported the field. Nowhere else: a public
   * method of this library never takes or returns null.
   *
   * @param <T> the field's type
   * @param read what the reader made of the field
   */
  @SuppressWarnings("NullAway") // null stands for "already reported", inside buildAll only
  public static <T> T orMissing(Optional<T> read) {
    return read.orElse(null);
  }

  void finish() {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        problems
            .at(name)
            .add(
                "unknown-field",
                "unknown field '"
                    + name
                    + "'"
                    + (known.isEmpty()
                        ? "; this object has no fields"
                        : "; the fields are: " + String.join(", ", known)));
      }
    }
  }
}
