package org.networkedcare.core.validation;

import java.util.List;

/**
 * The one exception type that reports invalid input: it carries <em>every</em> problem found, not
 * just the first, each with the path to its field.
 *
 * <p>Thrown by value-type constructors and builders, by the JSON readers and by the calculators
 * when what they are given cannot be used. It is unchecked so that a caller who has already
 * validated need not declare it.
 */
public final class ValidationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The problems, at least one, in the order they were found. */
  private final transient List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param problems at least one problem
   * @throws IllegalArgumentException if the list is empty
   */
  public ValidationException(List<Problem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Creates the exception for a single problem.
   *
   * @param path JSON pointer to the offending field
   * @param code stable machine code
   * @param message one readable sentence
   */
  public ValidationException(String path, String code, String message) {
    this(List.of(new Problem(path, code, message)));
  }

  /** {@return every problem found, in the order found; never empty} */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * {@return a copy of this exception with every path moved under a parent pointer}
   *
   * @param prefix the parent's JSON pointer
   */
  public ValidationException under(String prefix) {
    return new ValidationException(problems.stream().map(p -> p.under(prefix)).toList());
  }

  private static String summary(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ValidationException carries at least one problem");
    }
    StringBuilder text = new StringBuilder();
    text.append(problems.size() == 1 ? "1 problem" : problems.size() + " problems");
    for (Problem problem : problems) {
      text.append(System.lineSeparator()).append("  ").append(problem);
    }
    return text.toString();
  }
}
