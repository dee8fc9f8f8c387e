package org.networkedcare.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.networkedcare.core.testing.ProblemAssertions.roundTrip;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.json.MeasureJson;
import org.networkedcare.core.json.OrganisationJson;
import org.networkedcare.core.json.ValueJson;
import org.networkedcare.core.network.Footprint;
import org.networkedcare.core.network.Network;
import org.networkedcare.core.network.NetworkDocument;
import org.networkedcare.core.network.NetworkMembership;
import org.networkedcare.core.network.NetworkRole;
import org.networkedcare.core.network.NetworkType;
import org.networkedcare.core.network.OrganisationalForm;
import org.networkedcare.core.network.PoolingProfile;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.organisation.Organisation;
import org.networkedcare.core.organisation.Service;
import org.networkedcare.core.organisation.ServiceProvision;
import org.networkedcare.core.organisation.Site;
import org.networkedcare.core.reference.ReferenceData;
import org.networkedcare.core.testing.Generators;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;
import org.quicktheories.generators.Generate;

/** Properties: JSON round trips without loss, overlap symmetry, order independence. */
class PropertiesTest {

  @Test
  void dateRangesRoundTrip() {
    qt().forAll(Generators.ranges())
        .checkAssert(r -> assertEquals(r, roundTrip(ValueJson.write(r), ValueJson::dateRange)));
  }

  @Test
  void odsCodesRoundTrip() {
    qt().forAll(Generators.odsCodes())
        .checkAssert(
            c -> assertEquals(c, roundTrip(OrganisationJson.write(c), OrganisationJson::odsCode)));
  }

  @Test
  void organisationsRoundTrip() {
    qt().forAll(Generators.organisations())
        .checkAssert(o -> assertEquals(o, roundTrip(o.toJson(), Organisation::fromJson)));
  }

  @Test
  void sitesServicesAndProvisionsRoundTrip() {
    qt().forAll(Generators.sites(), Generators.services(), Generators.provisions())
        .checkAssert(
            (site, service, provision) -> {
              assertEquals(site, roundTrip(site.toJson(), Site::fromJson));
              assertEquals(service, roundTrip(service.toJson(), Service::fromJson));
              assertEquals(provision, roundTrip(provision.toJson(), ServiceProvision::fromJson));
            });
  }

  @Test
  void measuresRoundTrip() {
    qt().forAll(Generators.measures())
        .checkAssert(m -> assertEquals(m, roundTrip(MeasureJson.write(m), MeasureJson::measure)));
  }

  @Test
  void membershipsRoundTrip() {
    qt().forAll(Generators.memberships())
        .checkAssert(m -> assertEquals(m, roundTrip(m.toJson(), NetworkMembership::fromJson)));
  }

  @Test
  void formsAndPoolingProfilesRoundTrip() {
    qt().forAll(Generators.forms())
        .checkAssert(
            f -> {
              assertEquals(f, roundTrip(f.toJson(), OrganisationalForm::fromJson));
              assertEquals(f.pooling(), roundTrip(f.pooling().toJson(), PoolingProfile::fromJson));
            });
  }

  @Test
  void networksRoundTrip() {
    qt().forAll(Generators.networks())
        .checkAssert(n -> assertEquals(n, roundTrip(n.toJson(), Network::fromJson)));
  }

  @Test
  void wholeDocumentsRoundTripThroughTheirText() {
    qt().withExamples(200)
        .forAll(Generators.documents())
        .checkAssert(
            doc -> {
              String text = doc.toJsonText();
              NetworkDocument again = NetworkDocument.parse(text.getBytes(StandardCharsets.UTF_8));
              assertEquals(doc, again);
              assertEquals(text, again.toJsonText());
              assertEquals(List.of(), again.warnings());
            });
  }

  @Test
  void overlapIsSymmetricAndMeansACommonDate() {
    qt().forAll(Generators.ranges(), Generators.ranges())
        .checkAssert(
            (a, b) -> {
              assertEquals(a.overlaps(b), b.overlaps(a));
              LocalDate laterStart = a.from().isAfter(b.from()) ? a.from() : b.from();
              assertEquals(a.contains(laterStart) && b.contains(laterStart), a.overlaps(b));
            });
  }

  @Test
  void touchingRangesNeverOverlap() {
    qt().forAll(Generators.dates(), integers().between(1, 2000), integers().between(1, 2000))
        .checkAssert(
            (start, first, second) -> {
              DateRange a = DateRange.of(start, start.plusDays(first));
              DateRange b =
                  DateRange.of(a.to().orElseThrow(), a.to().orElseThrow().plusDays(second));
              assertFalse(a.overlaps(b));
              assertFalse(b.overlaps(a));
            });
  }

  /** The codes of every problem a lead-provider collaborative with these memberships has. */
  private static List<String> outcome(List<NetworkMembership> memberships) {
    List<Problem> problems = new ArrayList<>();
    try {
      Network network =
          Network.builder()
              .id("lpc")
              .name("lead-provider collaborative")
              .type(NetworkType.LEAD_PROVIDER_COLLABORATIVE)
              .footprint(Footprint.ICS)
              .memberships(memberships)
              .build();
      problems.addAll(network.problems(ReferenceData.defaults()));
    } catch (ValidationException e) {
      problems.addAll(e.problems());
    }
    return problems.stream()
        .map(
            p ->
                p.code()
                    + (p.code().equals("membership.lead-provider.count") ? " " + p.message() : ""))
        .sorted()
        .toList();
  }

  @Test
  void validationDoesNotDependOnTheOrderOfMemberships() {
    var memberships =
        lists()
            .of(
                Generate.pick(List.of("RAA", "RBB", "RCC"))
                    .zip(
                        Generate.pick(List.of("lead-provider", "member", "host")),
                        Generators.nearbyRanges(),
                        (code, role, range) ->
                            new NetworkMembership(OdsCode.of(code), NetworkRole.of(role), range)))
            .ofSizeBetween(0, 7);
    qt().forAll(memberships, longs().all())
        .checkAssert(
            (list, seed) -> {
              List<NetworkMembership> shuffled = new ArrayList<>(list);
              Collections.shuffle(shuffled, new Random(seed));
              List<NetworkMembership> reversed = new ArrayList<>(list);
              Collections.reverse(reversed);
              List<String> expected = outcome(list);
              assertEquals(expected, outcome(shuffled));
              assertEquals(expected, outcome(reversed));
            });
  }
}
