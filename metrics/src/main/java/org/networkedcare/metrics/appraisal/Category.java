package org.networkedcare.metrics.appraisal;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a line is about: the benefit categories the seed documents name, and {@code other}. */
public enum Category {
  /** Higher standards and quality. */
  QUALITY("quality"),
  /** Efficiency through standardisation: less unwarranted variation and duplication. */
  STANDARDISATION("standardisation"),
  /** Access to local services that may otherwise not be sustainable, and to sub-specialties. */
  ACCESS("access"),
  /** Equity of access to services. */
  EQUITY("equity"),
  /** A better fit with the local commissioning landscape. */
  COMMISSIONING("commissioning"),
  /** Resilience of specialty providers. */
  RESILIENCE("resilience"),
  /** Careers and opportunities for staff. */
  CAREERS("careers"),
  /** Purchasing economies: buying as one organisation. */
  PURCHASING("purchasing"),
  /** Anything else, such as the running costs of the network itself. */
  OTHER("other");

  private final String id;

  Category(String id) {
    this.id = id;
  }

  /** {@return the JSON name} */
  public String id() {
    return id;
  }

  /** {@return every value by its JSON name, in declaration order} */
  public static Map<String, Category> byId() {
    Map<String, Category> map = new LinkedHashMap<>();
    for (Category value : values()) {
      map.put(value.id, value);
    }
    return map;
  }

  /** {@return the JSON name} */
  @Override
  public String toString() {
    return id;
  }
}
