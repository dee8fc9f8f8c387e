package org.networkedcare.core.validation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A result or the problems that prevented it: the value-returning counterpart of {@link
 * ValidationException}, for callers (other applications, an HTTP service) that answer invalid input
 * with its problems rather than catch an exception.
 *
 * <pre>{@code
 * Outcome<String> out = AppraisalJson.evaluateOutcome(json);
 * if (out.succeeded()) { send(out.value().orElseThrow()); } else { send(out.problems()); }
 * }</pre>
 *
 * <p>Immutable and thread-safe when its value is.
 *
 * @param <T> the type of the result
 */
public final class Outcome<T> {

  private final Optional<T> value;
  private final List<Problem> problems;

  private Outcome(Optional<T> value, List<Problem> problems) {
    this.value = value;
    this.problems = problems;
  }

  /**
   * {@return a successful outcome}
   *
   * @param value the result
   * @param <T> its type
   */
  public static <T> Outcome<T> success(T value) {
    return new Outcome<>(Optional.of(value), List.of());
  }

  /**
   * {@return a failed outcome}
   *
   * @param problems every problem, at least one
   * @param <T> the type the result would have had
   * @throws IllegalArgumentException if there is no problem
   */
  public static <T> Outcome<T> failure(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a failed outcome carries at least one problem");
    }
    return new Outcome<>(Optional.empty(), List.copyOf(problems));
  }

  /**
   * {@return the outcome of a computation that reports invalid input by {@link
   * ValidationException}} Any other exception propagates: it is not a problem of the input.
   *
   * @param computation what to run
   * @param <T> its result's type
   */
  public static <T> Outcome<T> of(Supplier<T> computation) {
    Objects.requireNonNull(computation, "computation");
    T result;
    try {
      result = computation.get();
    } catch (ValidationException e) {
      return failure(e.problems());
    }
    return success(Objects.requireNonNull(result, "result"));
  }

  /** {@return whether there is a result (and so no problem)} */
  public boolean succeeded() {
    return value.isPresent();
  }

  /** {@return the result, empty when there are problems} */
  public Optional<T> value() {
    return value;
  }

  /** {@return every problem, in the order found; empty on success} */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * {@return the result}
   *
   * @throws ValidationException carrying the problems when there is no result
   */
  public T orElseThrow() {
    return value.orElseThrow(() -> new ValidationException(problems));
  }

  @Override
  public String toString() {
    return value.map(v -> "Outcome[" + v + "]").orElseGet(() -> "Outcome" + problems);
  }
}
