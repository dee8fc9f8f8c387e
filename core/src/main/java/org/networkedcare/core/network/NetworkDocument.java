package org.networkedcare.core.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.networkedcare.core.DateRange;
import org.networkedcare.core.measure.Measure;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.organisation.Organisation;
import org.networkedcare.core.organisation.Service;
import org.networkedcare.core.organisation.ServiceProvision;
import org.networkedcare.core.organisation.Site;
import org.networkedcare.core.reference.OdsFrame;
import org.networkedcare.core.reference.ReferenceData;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ReferenceLookup;
import org.networkedcare.core.validation.ValidationException;

/**
 * A whole network document: the organisations, sites, services, provisions and measures a network
 * refers to, and the network itself, checked together against the reference data in force.
 *
 * <p>JSON, schema version 1:
 *
 * <pre>{@code
 * {"schemaVersion": 1,
 *  "organisations": [Organisation, ...], "sites": [Site, ...], "services": [Service, ...],
 *  "provisions": [ServiceProvision, ...], "measures": [Measure, ...], "network": Network}
 * }</pre>
 *
 * The lists may be absent (empty); {@code network} is required. Besides each value's own rules and
 * each field's type, reading checks across the document, reporting every problem at once with its
 * JSON pointer: codes and ids are unique ({@code id.duplicate}); every organisation, site and
 * service referred to is defined ({@code reference.unknown}); organisations' roles and ODS frames
 * fit the reference data ({@code reference-data.unknown}, {@code ods.frame}); a site's code fits
 * the site frame of its manager's role ({@code ods.frame}); successor chains have no cycle ({@code
 * organisation.successor.cycle}); memberships and provisions lie within their organisation's open
 * life ({@code membership.organisation-not-open}, {@code membership.organisation-closed}, {@code
 * provision.organisation-not-open}, {@code provision.organisation-closed}); provisions of the same
 * service at the same site by the same organisation do not overlap ({@code provision.overlap}); and
 * the network's own rules ({@link Network}). A trust site whose code does not begin with its
 * manager's code is a warning ({@code ods.site-prefix}), returned by {@link #warnings()}.
 *
 * <p>An entry that cannot be read is reported once, where it is: references to an organisation,
 * site or service that the document declares but could not read are not reported again as unknown.
 * When the network itself cannot be built (a membership that cannot be read, say), its field
 * problems are reported but the checks that need the whole network (lead provider, references from
 * memberships) wait until those are fixed.
 *
 * <p>The JSON form is read and written by the wire package's {@code NetworkJson}; other documents
 * that extend this one (such as governance's agreements) read and write these fields in the same
 * object.
 */
public final class NetworkDocument {

  /** The schema version this class reads and writes. */
  public static final int SCHEMA_VERSION = 1;

  private final List<Organisation> organisations;
  private final List<Site> sites;
  private final List<Service> services;
  private final List<ServiceProvision> provisions;
  private final List<Measure> measures;
  private final Network network;
  private final List<Problem> warnings;

  private NetworkDocument(
      List<Organisation> organisations,
      List<Site> sites,
      List<Service> services,
      List<ServiceProvision> provisions,
      List<Measure> measures,
      Network network,
      List<Problem> warnings) {
    this.organisations = List.copyOf(organisations);
    this.sites = List.copyOf(sites);
    this.services = List.copyOf(services);
    this.provisions = List.copyOf(provisions);
    this.measures = List.copyOf(measures);
    this.network = network;
    this.warnings = List.copyOf(warnings);
  }

  /**
   * {@return a document of these parts, checked against reference data}
   *
   * @param organisations the organisations
   * @param sites the sites
   * @param services the services
   * @param provisions the service provisions
   * @param measures the measures
   * @param network the network
   * @param reference the reference data in force
   * @throws ValidationException with every problem, paths as in the JSON form
   */
  public static NetworkDocument of(
      List<Organisation> organisations,
      List<Site> sites,
      List<Service> services,
      List<ServiceProvision> provisions,
      List<Measure> measures,
      Network network,
      ReferenceData reference) {
    Problems problems = Problems.collector();
    boolean complete = true;
    complete &= problems.at("organisations").required(organisations);
    complete &= problems.at("sites").required(sites);
    complete &= problems.at("services").required(services);
    complete &= problems.at("provisions").required(provisions);
    complete &= problems.at("measures").required(measures);
    complete &= problems.at("network").required(network);
    complete &= problems.at("reference").required(reference);
    if (!complete) {
      problems.throwIfAny();
    }
    Parts parts =
        new Parts(
            indexed(organisations, "organisations", problems),
            indexed(sites, "sites", problems),
            indexed(services, "services", problems),
            indexed(provisions, "provisions", problems),
            indexed(measures, "measures", problems),
            Optional.of(network),
            ReferenceLookup.exact());
    problems.throwIfAny();
    Optional<NetworkDocument> document = parts.check(reference, problems);
    problems.throwIfAny();
    return document.orElseThrow();
  }

  private static <T> List<Located<T>> indexed(List<T> list, String field, Problems problems) {
    List<Located<T>> located = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      if (problems.at(field).at(i).required(list.get(i))) {
        located.add(new Located<>(list.get(i), List.of(field, Integer.toString(i))));
      }
    }
    return located;
  }

  /**
   * A part of a document and where it was read: the reference tokens of its JSON pointer relative
   * to the document, such as {@code ["sites", "2"]}. For readers that build a document from its
   * parts with {@link Parts#check}.
   *
   * @param value the part
   * @param tokens the reference tokens of its path
   * @param <T> the part's type
   */
  public record Located<T>(T value, List<String> tokens) {

    /**
     * Copies the tokens.
     *
     * @param value the part
     * @param tokens the reference tokens of its path
     */
    public Located {
      tokens = List.copyOf(tokens);
    }

    Problems at(Problems problems) {
      Problems at = problems;
      for (String token : tokens) {
        at = at.at(token);
      }
      return at;
    }
  }

  /**
   * The parts of a document, each where it was read, before they are checked together. A reader
   * builds one from the entries it could read and checks it with {@link #check}.
   *
   * @param organisations the organisations
   * @param sites the sites
   * @param services the services
   * @param provisions the service provisions
   * @param measures the measures
   * @param network the network, empty if it could not be read
   * @param declared how references into the lists are resolved
   */
  public record Parts(
      List<Located<Organisation>> organisations,
      List<Located<Site>> sites,
      List<Located<Service>> services,
      List<Located<ServiceProvision>> provisions,
      List<Located<Measure>> measures,
      Optional<Network> network,
      ReferenceLookup declared) {

    /**
     * Checks the parts together against reference data, recording every problem under {@code
     * problems} at each part's path: the document's cross-checks and the network's own rules.
     *
     * @param reference the reference data in force
     * @param problems where problems are recorded, at the document's path
     * @return the document, or empty when the check recorded a problem or the network is missing
     */
    public Optional<NetworkDocument> check(ReferenceData reference, Problems problems) {
      int before = problems.list().size();
      Problems warnings = Problems.collector();
      crossCheck(reference, problems, warnings);
      if (problems.list().size() > before || network.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(document(warnings.list()));
    }

    private NetworkDocument document(List<Problem> warnings) {
      return new NetworkDocument(
          values(organisations),
          values(sites),
          values(services),
          values(provisions),
          values(measures),
          network.orElseThrow(),
          warnings);
    }

    private static <T> List<T> values(List<Located<T>> list) {
      return list.stream().map(Located::value).toList();
    }

    private void crossCheck(ReferenceData reference, Problems problems, Problems warnings) {
      Map<OdsCode, Organisation> orgs =
          unique(problems, organisations, Organisation::odsCode, "odsCode");
      Map<OdsCode, Site> siteByCode = unique(problems, sites, Site::code, "code");
      Map<String, Service> serviceById = unique(problems, services, Service::id, "id");
      unique(problems, measures, Measure::id, "id");
      for (Located<Organisation> o : organisations) {
        o.at(problems).addAll(o.value().problems(reference));
      }
      List<Problem> cycles = Organisation.successorProblems(values(organisations));
      for (Problem cycle : cycles) {
        int index = Integer.parseInt(cycle.path().split("/", -1)[1]);
        Located<Organisation> o = organisations.get(index);
        o.at(problems).at("successor").add(cycle.code(), cycle.message());
      }
      for (Located<Site> s : sites) {
        checkSite(s, orgs, reference, problems, warnings);
      }
      for (int j = 0; j < provisions.size(); j++) {
        Located<ServiceProvision> p = provisions.get(j);
        ServiceProvision provision = p.value();
        Problems at = p.at(problems);
        Optional<Organisation> org =
            known(at.at("organisation"), orgs, provision.organisation(), "organisations");
        known(at.at("site"), siteByCode, provision.site(), "sites");
        known(at.at("service"), serviceById, provision.service(), "services");
        org.ifPresent(o -> withinLife(at.at("period"), o, provision.period(), "provision"));
        for (int i = 0; i < j; i++) {
          ServiceProvision earlier = provisions.get(i).value();
          if (earlier.organisation().equals(provision.organisation())
              && earlier.service().equals(provision.service())
              && earlier.site().equals(provision.site())
              && earlier.period().overlaps(provision.period())) {
            at.add(
                "provision.overlap",
                provision.organisation()
                    + " already provides "
                    + provision.service()
                    + " at "
                    + provision.site()
                    + " over "
                    + earlier.period());
          }
        }
      }
      network.ifPresent(
          n -> {
            Problems at = problems.at("network");
            at.addAll(n.problems(reference));
            for (int i = 0; i < n.memberships().size(); i++) {
              NetworkMembership m = n.memberships().get(i);
              Problems mAt = at.at("memberships").at(i);
              known(mAt.at("organisation"), orgs, m.organisation(), "organisations")
                  .ifPresent(o -> withinLife(mAt.at("validity"), o, m.validity(), "membership"));
            }
          });
    }

    private void checkSite(
        Located<Site> located,
        Map<OdsCode, Organisation> orgs,
        ReferenceData reference,
        Problems problems,
        Problems warnings) {
      Site site = located.value();
      Optional<Organisation> manager =
          known(
              located.at(problems).at("organisation"), orgs, site.organisation(), "organisations");
      if (manager.isEmpty()) {
        return;
      }
      Optional<OdsFrame> siteFrame =
          reference
              .odsFrames()
              .frame(manager.get().primaryRole().id())
              .flatMap(OdsFrame::siteRole)
              .flatMap(role -> reference.odsFrames().frame(role));
      if (siteFrame.isEmpty()) {
        return;
      }
      boolean fits =
          located
              .at(problems)
              .at("code")
              .check(
                  siteFrame.get().fits(site.code().value()),
                  "ods.frame",
                  "'"
                      + site.code()
                      + "' fits no ODS frame of the role '"
                      + siteFrame.get().role()
                      + "': "
                      + siteFrame.get().patterns());
      if (fits && !site.code().startsWith(site.organisation())) {
        located
            .at(warnings)
            .at("code")
            .add(
                "ods.site-prefix",
                "the site code "
                    + site.code()
                    + " does not begin with its manager's code "
                    + site.organisation()
                    + " (re-coded after a merger?)");
      }
    }

    private static void withinLife(
        Problems at, Organisation organisation, DateRange period, String what) {
      at.check(
          !period.from().isBefore(organisation.openDate()),
          what + ".organisation-not-open",
          "the "
              + what
              + " starts "
              + period.from()
              + ", before "
              + organisation.odsCode()
              + " opened on "
              + organisation.openDate());
      organisation
          .closeDate()
          .ifPresent(
              close ->
                  at.check(
                      period.to().map(to -> !to.isAfter(close)).orElse(false),
                      what + ".organisation-closed",
                      "the "
                          + what
                          + " "
                          + period
                          + " runs past "
                          + organisation.odsCode()
                          + "'s close on "
                          + close));
    }

    private <K, V> Optional<V> known(Problems at, Map<K, V> map, K key, String field) {
      return declared.find(at, map, key, field);
    }

    private static <K, V> Map<K, V> unique(
        Problems problems, List<Located<V>> list, Function<V, K> key, String field) {
      Map<K, V> map = new HashMap<>();
      for (Located<V> located : list) {
        K k = key.apply(located.value());
        if (map.putIfAbsent(k, located.value()) != null) {
          located
              .at(problems)
              .at(field)
              .add("id.duplicate", "'" + k + "' is already defined in this document");
        }
      }
      return map;
    }
  }

  /** {@return the organisations, in document order} */
  public List<Organisation> organisations() {
    return organisations;
  }

  /** {@return the sites, in document order} */
  public List<Site> sites() {
    return sites;
  }

  /** {@return the services, in document order} */
  public List<Service> services() {
    return services;
  }

  /** {@return the service provisions, in document order} */
  public List<ServiceProvision> provisions() {
    return provisions;
  }

  /** {@return the measures, in document order} */
  public List<Measure> measures() {
    return measures;
  }

  /** {@return the network} */
  public Network network() {
    return network;
  }

  /**
   * {@return what is unusual but allowed, such as {@code ods.site-prefix}; not part of equality}
   */
  public List<Problem> warnings() {
    return warnings;
  }

  /**
   * {@return the organisation with an ODS code, if the document defines it}
   *
   * @param code the ODS code
   */
  public Optional<Organisation> organisation(OdsCode code) {
    return organisations.stream().filter(o -> o.odsCode().equals(code)).findFirst();
  }

  /**
   * {@return the site with an ODS code, if the document defines it}
   *
   * @param code the site code
   */
  public Optional<Site> site(OdsCode code) {
    return sites.stream().filter(s -> s.code().equals(code)).findFirst();
  }

  /**
   * {@return the measure with an identifier, if the document defines it}
   *
   * @param id the measure's identifier
   */
  public Optional<Measure> measure(String id) {
    return measures.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NetworkDocument d
        && organisations.equals(d.organisations)
        && sites.equals(d.sites)
        && services.equals(d.services)
        && provisions.equals(d.provisions)
        && measures.equals(d.measures)
        && network.equals(d.network);
  }

  @Override
  public int hashCode() {
    return Objects.hash(organisations, sites, services, provisions, measures, network);
  }

  /** {@return the network and how many of each part the document has} */
  @Override
  public String toString() {
    return "NetworkDocument "
        + network.id()
        + ": "
        + organisations.size()
        + " organisations, "
        + sites.size()
        + " sites, "
        + services.size()
        + " services, "
        + provisions.size()
        + " provisions, "
        + measures.size()
        + " measures"
        + (warnings.isEmpty() ? "" : ", " + warnings.size() + " warnings")
        + System.lineSeparator()
        + network;
  }
}
