package org.networkedcare.metrics.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.network.NetworkDocument;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * Reads the JSON form of a measure dataset, {@code {"schemaVersion": 1, "rows": [{"period": ...,
 * "organisation": ..., ...}]}}, through the hardened reader ({@link Json}): the fields are the
 * CSV's column names, texts as strings, numbers as JSON numbers; {@code site}, {@code service} and
 * the numbers may be absent, {@code null} or (texts) empty. Problems are at their JSON pointers.
 */
final class DatasetJson {

  /** The schema version read. */
  static final int SCHEMA_VERSION = 1;

  private DatasetJson() {}

  static MeasureDataset read(byte[] bytes, String source, NetworkDocument network) {
    DatasetAssembly assembly = new DatasetAssembly(network, source);
    JsonNode tree;
    try {
      tree = Json.parse(bytes);
    } catch (ValidationException e) {
      assembly.problems(e.problems());
      return assembly.build();
    }
    Problems top = Problems.collector();
    JsonValue.root(tree, top)
        .object(
            o -> {
              o.schemaVersion(SCHEMA_VERSION);
              o.required(
                  "rows",
                  v -> {
                    if (!v.node().isArray()) {
                      v.problems().add("type", "an array of rows is required");
                      return Optional.empty();
                    }
                    for (int i = 0; i < v.node().size(); i++) {
                      Problems at = Problems.collector().at("rows").at(i);
                      Optional<RawRow> raw =
                          JsonValue.root(v.node().get(i), at).object(DatasetJson::row);
                      if (raw.isPresent()) {
                        assembly.add(raw.get(), at, "/rows/" + i, source + ":/rows/" + i);
                      } else {
                        assembly.problems(at.list());
                      }
                    }
                    return Optional.of(Boolean.TRUE);
                  });
              return Optional.of(Boolean.TRUE);
            });
    assembly.problems(top.list());
    return assembly.build();
  }

  private static Optional<RawRow> row(JsonObject o) {
    Set<String> unreadable = new HashSet<>();
    String period = text(o, RowRules.PERIOD, unreadable);
    String organisation = text(o, RowRules.ORGANISATION, unreadable);
    String site = text(o, RowRules.SITE, unreadable);
    String service = text(o, RowRules.SERVICE, unreadable);
    String measure = text(o, RowRules.MEASURE, unreadable);
    Optional<BigDecimal> numerator = number(o, RowRules.NUMERATOR, unreadable);
    Optional<BigDecimal> denominator = number(o, RowRules.DENOMINATOR, unreadable);
    Optional<BigDecimal> value = number(o, RowRules.VALUE, unreadable);
    return Optional.of(
        new RawRow(
            period,
            organisation,
            site,
            service,
            measure,
            numerator,
            denominator,
            value,
            unreadable));
  }

  private static String text(JsonObject o, String field, Set<String> unreadable) {
    if (!o.has(field)) {
      return "";
    }
    Optional<String> v = o.optional(field, JsonValue::text);
    if (v.isEmpty()) {
      unreadable.add(field);
    }
    return v.map(String::strip).orElse("");
  }

  private static Optional<BigDecimal> number(JsonObject o, String field, Set<String> unreadable) {
    if (!o.has(field)) {
      return Optional.empty();
    }
    Optional<BigDecimal> v = o.optional(field, JsonValue::decimal);
    if (v.isEmpty()) {
      unreadable.add(field);
    }
    return v;
  }
}
