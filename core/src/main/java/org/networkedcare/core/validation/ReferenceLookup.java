package org.networkedcare.core.validation;

import java.util.Map;
import java.util.Optional;

/**
 * How a document resolves a reference to an entry of one of its own lists (a site naming its
 * organisation, say), recording {@code reference.unknown} when the reference matches nothing. A
 * reader may know more than the entries it could build (keys declared by entries that could not be
 * read) and say so; {@link #exact()} knows only the entries given.
 */
public interface ReferenceLookup {

  /**
   * {@return what a reference refers to, recording a problem when it refers to nothing}
   *
   * @param at where the reference is, for the problem
   * @param entries the list's entries by key
   * @param key the reference
   * @param field the list's field in the document, such as {@code "sites"}
   * @param <K> the key type
   * @param <V> the entry type
   */
  <K, V> Optional<V> find(Problems at, Map<K, V> entries, K key, String field);

  /** {@return a lookup that knows only the entries it is given; stateless and thread-safe} */
  static ReferenceLookup exact() {
    return new ReferenceLookup() {
      @Override
      public <K, V> Optional<V> find(Problems at, Map<K, V> entries, K key, String field) {
        V value = entries.get(key);
        if (value == null) {
          at.add("reference.unknown", unknown(key, field));
        }
        return Optional.ofNullable(value);
      }
    };
  }

  /**
   * {@return the message of a reference that matches nothing}
   *
   * @param key the reference
   * @param field the list's field in the document
   */
  static String unknown(Object key, String field) {
    return "'" + key + "' is not defined in this document's " + field;
  }
}
