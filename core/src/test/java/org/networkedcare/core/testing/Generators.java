package org.networkedcare.core.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.networkedcare.core.DateRange;
import org.networkedcare.core.json.ReferenceJson;
import org.networkedcare.core.measure.ImprovementDirection;
import org.networkedcare.core.measure.Measure;
import org.networkedcare.core.measure.MeasureKind;
import org.networkedcare.core.network.Footprint;
import org.networkedcare.core.network.Network;
import org.networkedcare.core.network.NetworkDocument;
import org.networkedcare.core.network.NetworkMembership;
import org.networkedcare.core.network.NetworkRole;
import org.networkedcare.core.network.NetworkType;
import org.networkedcare.core.network.OrganisationalForm;
import org.networkedcare.core.network.Pooling;
import org.networkedcare.core.network.PoolingProfile;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.organisation.Organisation;
import org.networkedcare.core.organisation.OrganisationRole;
import org.networkedcare.core.organisation.Service;
import org.networkedcare.core.organisation.ServiceProvision;
import org.networkedcare.core.organisation.Site;
import org.networkedcare.core.reference.FormFamily;
import org.networkedcare.core.reference.ReferenceData;
import org.networkedcare.core.reference.Term;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators of the core types; every generated value is valid. */
public final class Generators {

  private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String DIGITS = "0123456789";
  private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  private static final LocalDate EPOCH = LocalDate.of(1990, 1, 1);

  private Generators() {}

  private static Organisation organisation(Organisation.Builder builder) {
    return builder.build();
  }

  private static PoolingProfile pooling(PoolingProfile.Builder builder) {
    return builder.build();
  }

  private static Network network(Network.Builder builder) {
    return builder.build();
  }

  private static OrganisationalForm form(OrganisationalForm.Builder builder) {
    return builder.build();
  }

  /** {@return strings of characters drawn from an alphabet} */
  public static Gen<String> chars(String alphabet, int min, int max) {
    return lists()
        .of(integers().between(0, alphabet.length() - 1))
        .ofSizeBetween(min, max)
        .map(
            indices -> {
              StringBuilder s = new StringBuilder();
              indices.forEach(i -> s.append(alphabet.charAt(i)));
              return s.toString();
            });
  }

  /** {@return ODS codes of any frame} */
  public static Gen<OdsCode> odsCodes() {
    return chars(UPPER + DIGITS, 3, 10).map(OdsCode::of);
  }

  /** {@return NHS trust codes: a letter and two letters or digits} */
  public static Gen<String> trustCodes() {
    return chars(UPPER, 1, 1).zip(chars(UPPER + DIGITS, 2, 2), String::concat);
  }

  /** {@return identifiers} */
  public static Gen<String> ids() {
    return chars(LOWER + DIGITS, 1, 1).zip(chars(LOWER + DIGITS + "-._", 0, 12), String::concat);
  }

  /** {@return non-blank names, with characters beyond ASCII} */
  public static Gen<String> names() {
    return strings().betweenCodePoints(0x20, 0x17F).ofLengthBetween(0, 20).map(s -> "N" + s);
  }

  /** {@return dates from 1990 for about 40 years} */
  public static Gen<LocalDate> dates() {
    return integers().between(0, 40 * 366).map(n -> EPOCH.plusDays(n));
  }

  /** {@return half-open ranges, about a quarter of them open-ended} */
  public static Gen<DateRange> ranges() {
    return dates()
        .zip(
            integers().between(-300, 1000),
            (from, days) ->
                days <= 0 ? DateRange.startingOn(from) : DateRange.of(from, from.plusDays(days)));
  }

  /** {@return ranges over a few years, so that they often overlap and touch} */
  public static Gen<DateRange> nearbyRanges() {
    return integers()
        .between(0, 40)
        .zip(
            integers().between(-3, 20),
            (start, months) -> {
              LocalDate from = LocalDate.of(2023, 1, 1).plusMonths(start);
              return months <= 0
                  ? DateRange.startingOn(from)
                  : DateRange.of(from, from.plusMonths(months));
            });
  }

  private static Gen<Optional<LocalDate>> optionalDates() {
    return booleans()
        .all()
        .zip(dates(), (present, date) -> present ? Optional.of(date) : Optional.empty());
  }

  /** {@return organisations with any roles, dates and successor} */
  public static Gen<Organisation> organisations() {
    List<String> roles = ReferenceJson.defaults().odsFrames().roles();
    Gen<List<OrganisationRole>> roleLists =
        lists()
            .of(Generate.pick(roles))
            .ofSizeBetween(1, 4)
            .map(list -> new LinkedHashSet<>(list).stream().map(OrganisationRole::of).toList());
    return odsCodes()
        .zip(
            names(),
            roleLists,
            dates(),
            (code, name, rs, open) ->
                Organisation.builder()
                    .odsCode(code)
                    .name(name)
                    .primaryRole(rs.get(0))
                    .otherRoles(rs.subList(1, rs.size()))
                    .openDate(open))
        .zip(
            integers().between(-1, 5000),
            optionalDates().map(d -> d.map(x -> OdsCode.of("S" + x.getYear()))),
            (builder, closeAfter, successor) -> {
              if (closeAfter >= 0) {
                builder.closeDate(builder.build().openDate().plusDays(closeAfter));
              }
              successor
                  .filter(s -> !s.equals(builder.build().odsCode()))
                  .ifPresent(builder::successor);
              return organisation(builder);
            });
  }

  /** {@return sites} */
  public static Gen<Site> sites() {
    return odsCodes().zip(names(), odsCodes(), Site::new);
  }

  /** {@return services} */
  public static Gen<Service> services() {
    return ids().zip(names(), Service::new);
  }

  /** {@return provisions} */
  public static Gen<ServiceProvision> provisions() {
    return odsCodes().zip(ids(), odsCodes(), ranges(), ServiceProvision::new);
  }

  /** {@return measures} */
  public static Gen<Measure> measures() {
    return ids()
        .zip(
            names(),
            names(),
            Generate.pick(List.of(MeasureKind.values())),
            Generate.pick(List.of(ImprovementDirection.values())),
            Measure::new);
  }

  /** {@return memberships in any role} */
  public static Gen<NetworkMembership> memberships() {
    return odsCodes().zip(ids().map(NetworkRole::of), ranges(), NetworkMembership::new);
  }

  /** {@return pooling profiles} */
  public static Gen<PoolingProfile> poolingProfiles() {
    Gen<Pooling> p = Generate.pick(List.of(Pooling.values()));
    return p.zip(
            p,
            p,
            p,
            (a, b, c, d) ->
                PoolingProfile.builder().accountability(a).budget(b).staff(c).estates(d))
        .zip(p, p, p, (builder, e, f, g) -> pooling(builder.equipment(e).brand(f).backOffice(g)));
  }

  /** {@return forms with any identifiers} */
  public static Gen<OrganisationalForm> forms() {
    return ids()
        .zip(
            ids(),
            ids(),
            integers().between(1, 9),
            poolingProfiles(),
            (family, form, vehicle, boards, pooling) ->
                form(
                    OrganisationalForm.builder()
                        .family(family)
                        .form(form)
                        .legalVehicle(vehicle)
                        .boards(boards)
                        .pooling(pooling)));
  }

  /** {@return forms that fit the default reference data} */
  public static Gen<OrganisationalForm> validForms() {
    ReferenceData reference = ReferenceJson.defaults();
    List<String[]> pairs = new ArrayList<>();
    for (FormFamily family : reference.organisationalForms().families()) {
      for (Term form : family.forms()) {
        pairs.add(new String[] {family.id(), form.id(), family.singleBoard() ? "1" : ""});
      }
    }
    List<String> vehicles =
        reference.organisationalForms().legalVehicles().stream().map(Term::id).toList();
    return Generate.pick(pairs)
        .zip(
            Generate.pick(vehicles),
            integers().between(1, 9),
            poolingProfiles(),
            (pair, vehicle, boards, pooling) ->
                form(
                    OrganisationalForm.builder()
                        .family(pair[0])
                        .form(pair[1])
                        .legalVehicle(vehicle)
                        .boards(pair[2].isEmpty() ? boards : 1)
                        .pooling(pooling)));
  }

  /** {@return memberships with no overlap: later ones that would overlap are left out} */
  public static List<NetworkMembership> withoutOverlaps(List<NetworkMembership> memberships) {
    List<NetworkMembership> kept = new ArrayList<>();
    for (NetworkMembership m : memberships) {
      if (kept.stream().noneMatch(k -> k.overlaps(m))) {
        kept.add(m);
      }
    }
    return kept;
  }

  /** {@return networks of any type, with memberships that do not overlap} */
  public static Gen<Network> networks() {
    Gen<Optional<OrganisationalForm>> optionalForms =
        booleans()
            .all()
            .zip(forms(), (present, form) -> present ? Optional.of(form) : Optional.empty());
    Gen<Optional<OdsCode>> optionalCodes =
        booleans()
            .all()
            .zip(odsCodes(), (present, code) -> present ? Optional.of(code) : Optional.empty());
    return ids()
        .zip(
            names(),
            ids().map(NetworkType::of),
            Generate.pick(List.of(Footprint.values())),
            (id, name, type, footprint) ->
                Network.builder().id(id).name(name).type(type).footprint(footprint))
        .zip(
            optionalCodes,
            lists().of(memberships()).ofSizeBetween(0, 6),
            optionalForms,
            (builder, code, memberships, form) ->
                network(
                    builder.odsCode(code).memberships(withoutOverlaps(memberships)).form(form)));
  }

  /** The indices and values a valid document is made from. */
  private record Plan(
      List<String> codes,
      List<int[]> sites,
      List<String> services,
      List<int[]> provisions,
      List<DateRange> provisionRanges,
      List<int[]> memberships,
      List<DateRange> membershipRanges,
      Optional<OrganisationalForm> form,
      List<String> measures) {}

  /** {@return whole documents that are valid against the default reference data} */
  public static Gen<NetworkDocument> documents() {
    Gen<int[]> pairs =
        integers().between(0, 99).zip(integers().between(0, 99), (a, b) -> new int[] {a, b});
    Gen<int[]> triples =
        integers()
            .between(0, 99)
            .zip(
                integers().between(0, 99),
                integers().between(0, 99),
                (a, b, c) -> new int[] {a, b, c});
    Gen<Optional<OrganisationalForm>> optionalForms =
        booleans()
            .all()
            .zip(validForms(), (present, form) -> present ? Optional.of(form) : Optional.empty());
    Gen<Plan> plans =
        lists()
            .of(trustCodes())
            .ofSizeBetween(1, 6)
            .zip(
                lists().of(pairs).ofSizeBetween(0, 6),
                lists().of(ids()).ofSizeBetween(1, 4),
                lists().of(triples).ofSizeBetween(0, 8),
                (codes, sites, services, provisions) ->
                    new Plan(
                        List.copyOf(new LinkedHashSet<>(codes)),
                        sites,
                        List.copyOf(new LinkedHashSet<>(services)),
                        provisions,
                        List.of(),
                        List.of(),
                        List.of(),
                        Optional.empty(),
                        List.of()))
            .zip(
                lists().of(ranges()).ofSize(8),
                lists().of(triples).ofSizeBetween(0, 8),
                lists().of(ranges()).ofSize(8),
                optionalForms,
                (p, provisionRanges, memberships, membershipRanges, form) ->
                    new Plan(
                        p.codes(),
                        p.sites(),
                        p.services(),
                        p.provisions(),
                        provisionRanges,
                        memberships,
                        membershipRanges,
                        form,
                        List.of()))
            .zip(
                lists().of(ids()).ofSizeBetween(0, 4),
                (p, measures) ->
                    new Plan(
                        p.codes(),
                        p.sites(),
                        p.services(),
                        p.provisions(),
                        p.provisionRanges(),
                        p.memberships(),
                        p.membershipRanges(),
                        p.form(),
                        List.copyOf(new LinkedHashSet<>(measures))));
    return plans.map(Generators::document);
  }

  private static NetworkDocument document(Plan plan) {
    List<Organisation> organisations =
        plan.codes().stream()
            .map(
                c ->
                    organisation(
                        Organisation.builder()
                            .odsCode(OdsCode.of(c))
                            .name("Trust " + c)
                            .primaryRole(OrganisationRole.NHS_TRUST)
                            .openDate(EPOCH)))
            .toList();
    List<Site> sites = new ArrayList<>();
    for (int[] s : plan.sites()) {
      String manager = plan.codes().get(s[0] % plan.codes().size());
      String code = manager + String.format("%02d", s[1]);
      if (sites.stream().noneMatch(x -> x.code().value().equals(code))) {
        sites.add(new Site(OdsCode.of(code), "Site " + code, OdsCode.of(manager)));
      }
    }
    List<Service> services =
        plan.services().stream().map(id -> new Service(id, "service " + id)).toList();
    List<ServiceProvision> provisions = new ArrayList<>();
    for (int i = 0; i < plan.provisions().size() && !sites.isEmpty(); i++) {
      int[] p = plan.provisions().get(i);
      ServiceProvision provision =
          new ServiceProvision(
              OdsCode.of(plan.codes().get(p[0] % plan.codes().size())),
              services.get(p[1] % services.size()).id(),
              sites.get(p[2] % sites.size()).code(),
              plan.provisionRanges().get(i));
      if (provisions.stream()
          .noneMatch(
              x ->
                  x.organisation().equals(provision.organisation())
                      && x.service().equals(provision.service())
                      && x.site().equals(provision.site())
                      && x.period().overlaps(provision.period()))) {
        provisions.add(provision);
      }
    }
    List<String> roles = List.of("centre", "host", "spoke", "member", "commissioner", "partner");
    List<NetworkMembership> memberships = new ArrayList<>();
    for (int i = 0; i < plan.memberships().size(); i++) {
      int[] m = plan.memberships().get(i);
      memberships.add(
          new NetworkMembership(
              OdsCode.of(plan.codes().get(m[0] % plan.codes().size())),
              NetworkRole.of(roles.get(m[1] % roles.size())),
              plan.membershipRanges().get(i)));
    }
    Network network =
        Network.builder()
            .id("n")
            .name("network")
            .type(NetworkType.SINGLE_SPECIALTY_NETWORK)
            .footprint(Footprint.REGION)
            .memberships(withoutOverlaps(memberships))
            .form(plan.form())
            .build();
    List<Measure> measures =
        plan.measures().stream()
            .map(
                id ->
                    id.hashCode() % 3 == 0
                        ? new Measure(
                            id,
                            "measure " + id,
                            "events",
                            MeasureKind.COUNT,
                            ImprovementDirection.DECREASE)
                        : new Measure(
                            id,
                            "measure " + id,
                            "minutes",
                            MeasureKind.CONTINUOUS,
                            ImprovementDirection.NEUTRAL,
                            org.networkedcare.core.ReportingPeriod.Granularity.values()[
                                Math.floorMod(id.hashCode(), 3)],
                            id.hashCode() % 2 == 0
                                ? java.util.Optional.empty()
                                : java.util.Optional.of(
                                    org.networkedcare.core.measure.Aggregation.MEAN)))
            .toList();
    return NetworkDocument.of(
        organisations, sites, services, provisions, measures, network, ReferenceJson.defaults());
  }
}
