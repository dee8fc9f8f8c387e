package org.networkedcare.core.json;

import java.util.Optional;

/**
 * Reads one value of a document, recording what is wrong with it instead of throwing.
 *
 * @param <T> the type read
 */
@FunctionalInterface
public interface JsonDecoder<T> {

  /**
   * Reads a value.
   *
   * @param value the value and its path
   * @return what was read, or empty when a problem was recorded at the value's path
   */
  Optional<T> decode(JsonValue value);
}
