package org.networkedcare.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Collects the problems of one input so that all of them can be reported at once.
 *
 * <p>A collector has a base path; {@link #at(String)} and {@link #at(int)} give a view one level
 * deeper that adds to the same list. Not thread-safe: use one collector per validation.
 *
 * <pre>{@code
 * Problems problems = Problems.collector();
 * if (name.isBlank()) problems.at("name").add("blank", "the name is blank");
 * problems.throwIfAny();
 * }</pre>
 */
public final class Problems {

  private final List<Problem> list;
  private final NavigableSet<String> paths;
  private final String base;

  private Problems(List<Problem> list, NavigableSet<String> paths, String base) {
    this.list = list;
    this.paths = paths;
    this.base = base;
  }

  /** {@return a new, empty collector rooted at the whole input} */
  public static Problems collector() {
    return new Problems(new ArrayList<>(), new TreeSet<>(), "");
  }

  /** {@return the JSON pointer this view adds problems under} */
  public String path() {
    return base;
  }

  /**
   * {@return a view one field deeper, sharing this collector's list}
   *
   * @param field the field name
   */
  public Problems at(String field) {
    return new Problems(list, paths, base + Problem.token(field));
  }

  /**
   * {@return a view one array element deeper, sharing this collector's list}
   *
   * @param index the zero-based index
   */
  public Problems at(int index) {
    return new Problems(list, paths, base + "/" + index);
  }

  /**
   * Records a problem at this view's path.
   *
   * @param code stable machine code
   * @param message one readable sentence
   * @return this view
   */
  public Problems add(String code, String message) {
    record(new Problem(base, code, message));
    return this;
  }

  private void record(Problem problem) {
    list.add(problem);
    paths.add(problem.path());
  }

  /**
   * Records a problem when a condition fails.
   *
   * @param condition what must hold
   * @param code the code to record when it does not
   * @param message the message to record when it does not
   * @return whether the condition held
   */
  public boolean check(boolean condition, String code, String message) {
    if (!condition) {
      add(code, message);
    }
    return condition;
  }

  /**
   * Records a {@code required} problem when a value is missing.
   *
   * @param value the value, possibly {@code null}
   * @return whether the value is present
   */
  public boolean required(@Nullable Object value) {
    return check(value != null, "required", "a value is required");
  }

  /**
   * Records problems found elsewhere, moved under this view's path.
   *
   * @param problems problems with paths relative to this view
   */
  public void addAll(List<Problem> problems) {
    for (Problem problem : problems) {
      record(problem.under(base));
    }
  }

  /**
   * Runs a step that may throw a {@link ValidationException} (typically a constructor) and keeps
   * its problems, moved under this view's path, instead of letting it escape.
   *
   * @param <T> what the step makes
   * @param step the step
   * @return what the step made, or empty when it reported problems
   */
  public <T> Optional<T> attempt(Supplier<T> step) {
    try {
      return Optional.of(step.get());
    } catch (ValidationException e) {
      addAll(e.problems());
      return Optional.empty();
    }
  }

  /**
   * {@return whether a problem is recorded at a pointer, above it (short of the whole input) or
   * below it} In time logarithmic in the problems recorded and linear in the pointer's depth, so
   * that a reader can drop a problem already reported in other words without comparing it with
   * every problem before it.
   *
   * @param pointer a JSON pointer from the root of the input, {@code ""} or starting with {@code /}
   */
  public boolean isReportedAround(String pointer) {
    if (isReportedAtOrAbove(pointer)) {
      return true;
    }
    String below = paths.ceiling(pointer + "/");
    return below != null && below.startsWith(pointer + "/");
  }

  /**
   * {@return whether a problem is recorded at a pointer or above it (short of the whole input)} In
   * time logarithmic in the problems recorded and linear in the pointer's depth.
   *
   * @param pointer a JSON pointer from the root of the input, {@code ""} or starting with {@code /}
   */
  public boolean isReportedAtOrAbove(String pointer) {
    for (int slash = pointer.indexOf('/', 1); slash > 0; slash = pointer.indexOf('/', slash + 1)) {
      if (paths.contains(pointer.substring(0, slash))) {
        return true;
      }
    }
    return !pointer.isEmpty() && paths.contains(pointer);
  }

  /** {@return whether no problem has been recorded anywhere in this collector} */
  public boolean isEmpty() {
    return list.isEmpty();
  }

  /** {@return every problem recorded so far, in order} */
  public List<Problem> list() {
    return List.copyOf(list);
  }

  /**
   * Throws when any problem has been recorded.
   *
   * @throws ValidationException carrying every problem recorded
   */
  public void throwIfAny() {
    if (!list.isEmpty()) {
      throw new ValidationException(list);
    }
  }
}
