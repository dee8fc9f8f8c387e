package org.networkedcare.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.networkedcare.core.testing.ProblemAssertions.roundTrip;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.network.NetworkDocument;
import org.networkedcare.core.testing.Generators;

/** Properties: every core value and the network document round-trip through JSON without loss. */
class CodecPropertiesTest {

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
        .checkAssert(
            o ->
                assertEquals(
                    o, roundTrip(OrganisationJson.write(o), OrganisationJson::organisation)));
  }

  @Test
  void sitesServicesAndProvisionsRoundTrip() {
    qt().forAll(Generators.sites(), Generators.services(), Generators.provisions())
        .checkAssert(
            (site, service, provision) -> {
              assertEquals(site, roundTrip(OrganisationJson.write(site), OrganisationJson::site));
              assertEquals(
                  service, roundTrip(OrganisationJson.write(service), OrganisationJson::service));
              assertEquals(
                  provision,
                  roundTrip(OrganisationJson.write(provision), OrganisationJson::serviceProvision));
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
        .checkAssert(
            m -> assertEquals(m, roundTrip(NetworkJson.write(m), NetworkJson::membership)));
  }

  @Test
  void formsAndPoolingProfilesRoundTrip() {
    qt().forAll(Generators.forms())
        .checkAssert(
            f -> {
              assertEquals(f, roundTrip(NetworkJson.write(f), NetworkJson::organisationalForm));
              assertEquals(
                  f.pooling(),
                  roundTrip(NetworkJson.write(f.pooling()), NetworkJson::poolingProfile));
            });
  }

  @Test
  void networksRoundTrip() {
    qt().forAll(Generators.networks())
        .checkAssert(n -> assertEquals(n, roundTrip(NetworkJson.write(n), NetworkJson::network)));
  }

  @Test
  void wholeDocumentsRoundTripThroughTheirText() {
    qt().withExamples(200)
        .forAll(Generators.documents())
        .checkAssert(
            doc -> {
              String text = NetworkJson.write(doc);
              NetworkDocument again = NetworkJson.parse(text.getBytes(StandardCharsets.UTF_8));
              assertEquals(doc, again);
              assertEquals(text, NetworkJson.write(again));
              assertEquals(List.of(), again.warnings());
            });
  }
}
