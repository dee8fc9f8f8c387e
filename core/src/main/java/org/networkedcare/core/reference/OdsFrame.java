package org.networkedcare.core.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.validation.Checks;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * The ODS code frames allowed for one organisation role.
 *
 * <p>JSON: {@code {"role": "nhs-trust", "name": "NHS trust", "patterns": ["[A-Z][A-Z0-9]{2}"],
 * "examples": ["RP6"], "siteRole": "nhs-trust-site"}}; {@code siteRole} is optional.
 *
 * @param role the organisation role, such as {@code nhs-trust}
 * @param name the role's readable name
 * @param patterns regular expressions, at least one; a code fits the frame when it matches one
 *     whole
 * @param examples codes that fit the frame (checked)
 * @param siteRole the role whose frames the sites managed by an organisation of this role use
 */
public record OdsFrame(
    String role,
    String name,
    List<String> patterns,
    List<String> examples,
    Optional<String> siteRole) {

  /**
   * Checks the frame: role identifier, name, at least one pattern, each a valid regular expression
   * ({@code pattern.syntax}), and each example matching ({@code ods.frame}).
   *
   * @param role the organisation role
   * @param name the role's readable name
   * @param patterns regular expressions
   * @param examples codes that fit the frame
   * @param siteRole the role for sites of organisations of this role
   * @throws ValidationException with every problem
   */
  public OdsFrame {
    Problems problems = Problems.collector();
    Checks.id(problems.at("role"), role);
    Checks.name(problems.at("name"), name);
    boolean compiled = false;
    if (problems.at("patterns").required(patterns)) {
      patterns = List.copyOf(patterns);
      compiled =
          problems
              .at("patterns")
              .check(!patterns.isEmpty(), "required", "at least one pattern is required");
      for (int i = 0; i < patterns.size(); i++) {
        try {
          Pattern.compile(patterns.get(i));
        } catch (PatternSyntaxException e) {
          problems
              .at("patterns")
              .at(i)
              .add("pattern.syntax", "not a regular expression: " + e.getDescription());
          compiled = false;
        }
      }
    }
    if (problems.at("examples").required(examples)) {
      examples = List.copyOf(examples);
      for (int i = 0; i < examples.size() && compiled; i++) {
        String example = examples.get(i);
        problems
            .at("examples")
            .at(i)
            .check(
                fits(patterns, example),
                "ods.frame",
                "'" + example + "' fits none of the patterns");
      }
    }
    if (problems.at("siteRole").required(siteRole)) {
      siteRole.ifPresent(s -> Checks.id(problems.at("siteRole"), s));
    }
    problems.throwIfAny();
  }

  private static boolean fits(List<String> patterns, String code) {
    return patterns.stream().anyMatch(p -> Pattern.matches(p, code));
  }

  /**
   * {@return whether a code fits this frame}
   *
   * @param code the code
   */
  public boolean fits(String code) {
    return fits(patterns, code);
  }

  /**
   * {@return a frame read from JSON}
   *
   * @param value the JSON value
   */
  public static Optional<OdsFrame> fromJson(JsonValue value) {
    return value.object(OdsFrame::read);
  }

  private static Optional<OdsFrame> read(JsonObject object) {
    Optional<String> role = object.required("role", JsonValue::text);
    Optional<String> name = object.required("name", JsonValue::text);
    Optional<List<String>> patterns = object.required("patterns", v -> v.list(JsonValue::text));
    List<String> examples = object.list("examples", JsonValue::text);
    Optional<String> siteRole = object.optional("siteRole", JsonValue::text);
    return object.buildAll(
        () ->
            new OdsFrame(
                JsonObject.orMissing(role),
                JsonObject.orMissing(name),
                JsonObject.orMissing(patterns),
                examples,
                siteRole));
  }

  /** {@return the frame as JSON} */
  public JsonNode toJson() {
    ObjectNode node = Json.object();
    node.put("role", role);
    node.put("name", name);
    ArrayNode p = node.putArray("patterns");
    patterns.forEach(p::add);
    ArrayNode e = node.putArray("examples");
    examples.forEach(e::add);
    siteRole.ifPresent(s -> node.put("siteRole", s));
    return node;
  }

  /** {@return the role and its patterns} */
  @Override
  public String toString() {
    return role + " " + patterns + siteRole.map(s -> " sites: " + s).orElse("");
  }
}
