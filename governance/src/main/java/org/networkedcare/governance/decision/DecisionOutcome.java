package org.networkedcare.governance.decision;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a decision decided about an item (docs/governance.md, "Decisions and actions"). Every
 * decision decides its item (so it is no longer awaiting one); {@link #closes()} says which also
 * close it.
 */
public enum DecisionOutcome {
  /** The item is accepted as it stands (a tolerated risk, an explained breach); closes it. */
  ACCEPT("accept"),
  /** Actions are set; the item stays open until a later decision closes it. */
  ACT("act"),
  /** The service at the site is suspended; the item stays open. */
  SUSPEND("suspend"),
  /** The agreement is terminated; closes the item. */
  TERMINATE("terminate"),
  /** The item is closed. */
  CLOSE("close"),
  /** The item goes to the next level of its route at once; it stays open. */
  ESCALATE_FURTHER("escalate-further");

  private final String id;

  DecisionOutcome(String id) {
    this.id = id;
  }

  /** {@return the identifier documents use} */
  public String id() {
    return id;
  }

  /** {@return whether a decision with this outcome closes the item it is about} */
  public boolean closes() {
    return this == ACCEPT || this == TERMINATE || this == CLOSE;
  }

  /** {@return the outcomes by identifier, in declaration order} */
  public static Map<String, DecisionOutcome> byId() {
    Map<String, DecisionOutcome> map = new LinkedHashMap<>();
    for (DecisionOutcome o : values()) {
      map.put(o.id, o);
    }
    return map;
  }
}
