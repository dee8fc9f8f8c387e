package org.networkedcare.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ReferenceLookup;

/**
 * The keys a document's lists declare, so that its references into them are reported once and
 * truthfully: a reference to an entry that is declared but could not be read is not reported again
 * (the entry's own problems already are), and a reference that matches nothing while an entry of
 * the list has an unreadable key is reported as a likely follow-on of that entry's problem, naming
 * its pointer.
 *
 * <p>One instance serves one read of one document. Not thread-safe.
 */
public final class DeclaredKeys implements ReferenceLookup {

  private final Set<String> declared = new HashSet<>();
  private final Map<String, String> unreadable = new HashMap<>();

  /** Creates an empty record of declared keys. */
  public DeclaredKeys() {}

  /**
   * {@return a decoder for the entries of a list that records each entry's key as it reads it}
   *
   * @param field the list's field in the document, as references name it ({@code "sites"})
   * @param key the field of an entry that holds its key ({@code "code"})
   * @param decoder the entry's decoder
   * @param <T> the entry type
   */
  public <T> JsonDecoder<T> declaring(String field, String key, JsonDecoder<T> decoder) {
    return value -> {
      JsonNode node = value.node().path(key);
      if (node.isTextual()) {
        declared.add(field + ":" + node.textValue());
      }
      Optional<T> read = decoder.decode(value);
      String keyPath = value.path() + Problem.token(key);
      if (read.isEmpty() && (!node.isTextual() || value.problems().isReportedAround(keyPath))) {
        unreadable.putIfAbsent(field, keyPath);
      }
      return read;
    };
  }

  /**
   * {@return what a reference refers to, recording a problem when it refers to nothing declared}
   *
   * @param at where the reference is, for the problem
   * @param entries the list's readable entries by key
   * @param key the reference
   * @param field the list's field, as given to {@link #declaring}
   * @param <K> the key type
   * @param <V> the entry type
   */
  @Override
  public <K, V> Optional<V> find(Problems at, Map<K, V> entries, K key, String field) {
    V value = entries.get(key);
    if (value == null && !declared.contains(field + ":" + key)) {
      String followOn = unreadable.get(field);
      at.add(
          "reference.unknown",
          ReferenceLookup.unknown(key, field)
              + (followOn == null
                  ? ""
                  : " (perhaps a follow-on of the problem at "
                      + followOn
                      + ", whose key could not be read)"));
    }
    return Optional.ofNullable(value);
  }
}
