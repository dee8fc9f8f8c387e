package org.networkedcare.examples.cli;

import java.util.Optional;

/**
 * One option a command takes: {@code --name VALUE} (also {@code --name=VALUE}), or a flag {@code
 * --name} without a value. Immutable.
 *
 * <p>A value option may be required, have a default (the text used when it is not given, converted
 * as a given value would be), or be repeatable (each occurrence adds a value). A description may
 * say {@code ${DEFAULT-VALUE}}, which the help replaces with the default.
 *
 * @param name the option's name, {@code --} and lower-case words joined by hyphens
 * @param label what the help calls its value ({@code FILE}), or empty for a flag
 * @param description what it means, one sentence or more
 * @param isRequired whether the command needs it
 * @param defaultValue the text used when it is not given
 * @param isRepeatable whether it may be given more than once, each time adding a value
 */
public record OptionSyntax(
    String name,
    Optional<String> label,
    String description,
    boolean isRequired,
    Optional<String> defaultValue,
    boolean isRepeatable) {

  /**
   * Checks the option.
   *
   * @param name the name
   * @param label the value's label
   * @param description what it means
   * @param isRequired whether it is required
   * @param defaultValue its default
   * @param isRepeatable whether it is repeatable
   * @throws IllegalArgumentException if the name is not {@code --words}, or a flag is required, has
   *     a default or repeats, or a required option has a default
   */
  public OptionSyntax {
    if (!isName(name)) {
      throw new IllegalArgumentException("an option's name is --words-with-hyphens, not " + name);
    }
    if (label.isEmpty() && (isRequired || defaultValue.isPresent() || isRepeatable)) {
      throw new IllegalArgumentException(
          name + ": a flag is never required, defaulted or repeated");
    }
    if (isRequired && defaultValue.isPresent()) {
      throw new IllegalArgumentException(name + ": a required option has no default");
    }
  }

  /** {@return whether the text is {@code --} and words of a-z and 0-9 joined by single hyphens} */
  static boolean isName(String text) {
    if (text.length() < 3 || !text.startsWith("--") || text.endsWith("-")) {
      return false;
    }
    for (int i = 2; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!word && !(c == '-' && text.charAt(i - 1) != '-')) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@return an optional option with a value}
   *
   * @param name its name ({@code --input})
   * @param label what the help calls its value ({@code F.csv})
   * @param description what it means
   */
  public static OptionSyntax value(String name, String label, String description) {
    return new OptionSyntax(name, Optional.of(label), description, false, Optional.empty(), false);
  }

  /**
   * {@return a flag: an option without a value, true when given}
   *
   * @param name its name ({@code --quick})
   * @param description what it means
   */
  public static OptionSyntax flag(String name, String description) {
    return new OptionSyntax(name, Optional.empty(), description, false, Optional.empty(), false);
  }

  /** {@return this option, required} */
  public OptionSyntax required() {
    return new OptionSyntax(name, label, description, true, defaultValue, isRepeatable);
  }

  /**
   * {@return this option with a default}
   *
   * @param value the text used when the option is not given
   */
  public OptionSyntax byDefault(String value) {
    return new OptionSyntax(name, label, description, isRequired, Optional.of(value), isRepeatable);
  }

  /** {@return this option, repeatable} */
  public OptionSyntax repeatable() {
    return new OptionSyntax(name, label, description, isRequired, defaultValue, true);
  }

  /** {@return whether the option takes a value} */
  boolean takesValue() {
    return label.isPresent();
  }

  /** {@return the option as the help shows it: {@code --input=F.csv}, or {@code --quiet}} */
  String shown() {
    return label.map(l -> name + "=" + l).orElse(name);
  }

  /** {@return the description, its default filled in} */
  String help() {
    return defaultValue.map(v -> description.replace("${DEFAULT-VALUE}", v)).orElse(description);
  }
}
