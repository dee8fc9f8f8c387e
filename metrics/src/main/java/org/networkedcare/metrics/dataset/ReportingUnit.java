package org.networkedcare.metrics.dataset;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.networkedcare.core.organisation.OdsCode;

/**
 * Where a figure of a measure is for: one site of an organisation, one organisation as a whole, or
 * the network as a whole (every organisation with data). Immutable and thread-safe.
 *
 * @param level the level: site, organisation or network
 * @param organisation the organisation, for a site or an organisation
 * @param site the site, for a site
 */
public record ReportingUnit(Level level, Optional<OdsCode> organisation, Optional<OdsCode> site)
    implements Comparable<ReportingUnit> {

  /** The levels figures are aggregated up: site, then organisation, then network. */
  public enum Level {
    /** One site of an organisation. */
    SITE("site"),
    /** One organisation as a whole (empty {@code site} in the dataset). */
    ORGANISATION("organisation"),
    /** The network as a whole. */
    NETWORK("network");

    private final String id;

    Level(String id) {
      this.id = id;
    }

    /** {@return the stable identifier: {@code site}, {@code organisation} or {@code network}} */
    public String id() {
      return id;
    }

    /** {@return the identifier} */
    @Override
    public String toString() {
      return id;
    }
  }

  private static final Comparator<ReportingUnit> ORDER =
      Comparator.comparing(ReportingUnit::level)
          .thenComparing(u -> u.organisation().map(OdsCode::value).orElse(""))
          .thenComparing(u -> u.site().map(OdsCode::value).orElse(""));

  /**
   * Checks that the parts fit the level: a site names its organisation and site, an organisation
   * only itself, the network neither.
   *
   * @param level the level
   * @param organisation the organisation, if any
   * @param site the site, if any
   * @throws IllegalArgumentException when the parts do not fit the level
   */
  public ReportingUnit {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(site, "site");
    boolean fits =
        switch (level) {
          case SITE -> organisation.isPresent() && site.isPresent();
          case ORGANISATION -> organisation.isPresent() && site.isEmpty();
          case NETWORK -> organisation.isEmpty() && site.isEmpty();
        };
    if (!fits) {
      throw new IllegalArgumentException(
          "a " + level + " unit cannot have organisation " + organisation + " and site " + site);
    }
  }

  /**
   * {@return one site of an organisation}
   *
   * @param organisation the organisation that runs the site
   * @param site the site
   */
  public static ReportingUnit site(OdsCode organisation, OdsCode site) {
    return new ReportingUnit(Level.SITE, Optional.of(organisation), Optional.of(site));
  }

  /**
   * {@return an organisation as a whole}
   *
   * @param organisation the organisation
   */
  public static ReportingUnit organisation(OdsCode organisation) {
    return new ReportingUnit(Level.ORGANISATION, Optional.of(organisation), Optional.empty());
  }

  /** {@return the network as a whole} */
  public static ReportingUnit network() {
    return new ReportingUnit(Level.NETWORK, Optional.empty(), Optional.empty());
  }

  /**
   * {@return the unit one level up: a site's organisation, an organisation's network; the network
   * itself for the network}
   */
  public ReportingUnit parent() {
    return switch (level) {
      case SITE -> organisation(organisation.orElseThrow());
      case ORGANISATION, NETWORK -> network();
    };
  }

  /**
   * {@return the order of units: sites, then organisations, then the network; by code within a
   * level}
   *
   * @param other the other unit
   */
  @Override
  public int compareTo(ReportingUnit other) {
    return ORDER.compare(this, other);
  }

  /**
   * {@return {@code RC1/RC101} for a site, {@code RC1} for an organisation, {@code network} for the
   * network}
   */
  @Override
  public String toString() {
    return switch (level) {
      case SITE -> organisation.orElseThrow() + "/" + site.orElseThrow();
      case ORGANISATION -> organisation.orElseThrow().toString();
      case NETWORK -> "network";
    };
  }
}
