package org.networkedcare.core.reference;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
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

  /** {@return the role and its patterns} */
  @Override
  public String toString() {
    return role + " " + patterns + siteRole.map(s -> " sites: " + s).orElse("");
  }
}
