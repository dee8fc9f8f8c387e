package org.networkedcare.governance.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.networkedcare.core.DateRange;
import org.networkedcare.core.Money;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.json.OrganisationJson;
import org.networkedcare.core.json.ValueJson;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.governance.agreement.AgreementTerm;
import org.networkedcare.governance.agreement.ExitTerms;
import org.networkedcare.governance.agreement.HostAgreement;
import org.networkedcare.governance.agreement.HostAgreement.Arrangement;
import org.networkedcare.governance.agreement.HostAgreement.LegalCharacter;
import org.networkedcare.governance.agreement.HostAgreement.Origin;
import org.networkedcare.governance.agreement.HostAgreement.SiteServices;
import org.networkedcare.governance.agreement.Kpi;
import org.networkedcare.governance.agreement.MoneyFlow;
import org.networkedcare.governance.agreement.Responsibility;
import org.networkedcare.governance.escalation.Trigger;

/**
 * The JSON forms of host agreements and their parts: responsibilities, money flows, KPIs, the term
 * and the exit terms (the triggers and red lines are read with the escalation codec).
 *
 * <p>Stateless and thread-safe.
 */
public final class AgreementJson {

  private AgreementJson() {}

  /**
   * Reads a host agreement; its triggers come from {@code triggers} and its red lines from {@code
   * redLines}. Every problem is recorded at its path.
   *
   * @param value the JSON value
   * @return the agreement, or empty when a problem was recorded
   */
  public static Optional<HostAgreement> hostAgreement(JsonValue value) {
    return value.object(AgreementJson::readAgreement);
  }

  private static Optional<HostAgreement> readAgreement(JsonObject o) {
    Optional<String> id = o.required("id", JsonValue::nonBlankText);
    Optional<String> title = o.required("title", JsonValue::nonBlankText);
    Optional<OdsCode> provider = o.required("provider", OrganisationJson::odsCode);
    Optional<OdsCode> host = o.required("host", OrganisationJson::odsCode);
    List<OdsCode> commissioners = o.list("commissioners", OrganisationJson::odsCode);
    Optional<LegalCharacter> legal =
        o.required(
            "legalCharacter",
            v -> v.oneOf(Identifiers.of(LegalCharacter.values(), LegalCharacter::id)));
    Optional<Arrangement> arrangement =
        o.required(
            "arrangement", v -> v.oneOf(Identifiers.of(Arrangement.values(), Arrangement::id)));
    Optional<Origin> origin =
        o.required("origin", v -> v.oneOf(Identifiers.of(Origin.values(), Origin::id)));
    List<SiteServices> sites =
        o.list(
            "sites",
            v ->
                v.object(
                    s -> {
                      Optional<OdsCode> site = s.required("site", OrganisationJson::odsCode);
                      List<String> services = s.list("services", JsonValue::nonBlankText);
                      return s.buildAll(
                          () -> new SiteServices(JsonObject.orMissing(site), services));
                    }));
    List<Responsibility> responsibilities =
        o.list("responsibilities", AgreementJson::responsibility);
    List<MoneyFlow> flows = o.list("moneyFlows", AgreementJson::moneyFlow);
    List<Kpi> kpis = o.list("kpis", AgreementJson::kpi);
    List<Trigger> triggers =
        new ArrayList<>(o.list("triggers", v -> EscalationJson.trigger(v, false)));
    triggers.addAll(o.list("redLines", v -> EscalationJson.trigger(v, true)));
    Optional<String> route = o.required("route", JsonValue::nonBlankText);
    Optional<AgreementTerm> term = o.required("term", AgreementJson::agreementTerm);
    Optional<ExitTerms> exit = o.required("exit", AgreementJson::exitTerms);
    Optional<Integer> lag = o.optional("reportingLagDays", JsonValue::integer);
    return o.buildAll(
        () ->
            new HostAgreement(
                JsonObject.orMissing(id),
                JsonObject.orMissing(title),
                JsonObject.orMissing(provider),
                JsonObject.orMissing(host),
                commissioners,
                JsonObject.orMissing(legal),
                JsonObject.orMissing(arrangement),
                JsonObject.orMissing(origin),
                sites,
                responsibilities,
                flows,
                kpis,
                triggers,
                JsonObject.orMissing(route),
                JsonObject.orMissing(term),
                JsonObject.orMissing(exit),
                lag.orElse(0)));
  }

  /**
   * {@return an agreement as JSON; its triggers under {@code triggers}, its red lines under {@code
   * redLines}}
   *
   * @param agreement the agreement
   */
  static JsonNode write(HostAgreement agreement) {
    ObjectNode node = Json.object();
    node.put("id", agreement.id());
    node.put("title", agreement.title());
    node.put("provider", agreement.provider().value());
    node.put("host", agreement.host().value());
    var c = node.putArray("commissioners");
    agreement.commissioners().forEach(x -> c.add(x.value()));
    node.put("legalCharacter", agreement.legalCharacter().id());
    node.put("arrangement", agreement.arrangement().id());
    node.put("origin", agreement.origin().id());
    var s = node.putArray("sites");
    for (SiteServices x : agreement.sites()) {
      ObjectNode o = s.addObject();
      o.put("site", x.site().value());
      var services = o.putArray("services");
      x.services().forEach(services::add);
    }
    var r = node.putArray("responsibilities");
    agreement.responsibilities().forEach(x -> r.add(write(x)));
    var f = node.putArray("moneyFlows");
    agreement.moneyFlows().forEach(x -> f.add(write(x)));
    var k = node.putArray("kpis");
    agreement.kpis().forEach(x -> k.add(write(x)));
    var t = node.putArray("triggers");
    var red = node.putArray("redLines");
    agreement.triggers().forEach(x -> (x.redLine() ? red : t).add(EscalationJson.write(x)));
    node.put("route", agreement.route());
    node.set("term", write(agreement.term()));
    node.set("exit", write(agreement.exit()));
    node.put("reportingLagDays", agreement.reportingLagDays());
    return node;
  }

  /**
   * Reads a term: {@code start}, optional {@code end}, {@code noticeMonths}, {@code reviewMonths}
   * and optional {@code lastReview}. Every problem is recorded at its path.
   *
   * @param value the JSON value
   * @return the term, or empty when a problem was recorded
   */
  static Optional<AgreementTerm> agreementTerm(JsonValue value) {
    return value.object(
        o -> {
          Optional<LocalDate> start = o.required("start", JsonValue::date);
          Optional<LocalDate> end = o.optional("end", JsonValue::date);
          Optional<Integer> notice = o.required("noticeMonths", JsonValue::integer);
          Optional<Integer> review = o.required("reviewMonths", JsonValue::integer);
          Optional<LocalDate> last = o.optional("lastReview", JsonValue::date);
          if (notice.isEmpty() || review.isEmpty()) {
            return Optional.empty();
          }
          return o.buildAll(
              () ->
                  new AgreementTerm(
                      JsonObject.orMissing(start), end, notice.get(), review.get(), last));
        });
  }

  static JsonNode write(AgreementTerm term) {
    ObjectNode node = Json.object();
    node.put("start", term.start().toString());
    term.end().ifPresent(e -> node.put("end", e.toString()));
    node.put("noticeMonths", term.noticeMonths());
    node.put("reviewMonths", term.reviewMonths());
    term.lastReview().ifPresent(r -> node.put("lastReview", r.toString()));
    return node;
  }

  static Optional<ExitTerms> exitTerms(JsonValue value) {
    return value.object(
        o -> {
          Optional<String> staff = o.required("staff", JsonValue::nonBlankText);
          Optional<String> equipment = o.required("equipment", JsonValue::nonBlankText);
          Optional<String> activity = o.required("activity", JsonValue::nonBlankText);
          List<String> allowed = o.list("allowedConsequences", JsonValue::nonBlankText);
          Optional<String> notes = o.optional("notes", JsonValue::text);
          return o.buildAll(
              () ->
                  new ExitTerms(
                      JsonObject.orMissing(staff),
                      JsonObject.orMissing(equipment),
                      JsonObject.orMissing(activity),
                      allowed,
                      notes.orElse("")));
        });
  }

  static JsonNode write(ExitTerms exit) {
    ObjectNode node = Json.object();
    node.put("staff", exit.staff());
    node.put("equipment", exit.equipment());
    node.put("activity", exit.activity());
    var allowed = node.putArray("allowedConsequences");
    exit.allowedConsequences().forEach(allowed::add);
    node.put("notes", exit.notes());
    return node;
  }

  static Optional<Kpi> kpi(JsonValue value) {
    return value.object(
        o -> {
          Optional<String> measure = o.required("measure", JsonValue::nonBlankText);
          Optional<OdsCode> site = o.required("site", OrganisationJson::odsCode);
          Optional<String> service = o.optional("service", JsonValue::nonBlankText);
          Optional<BigDecimal> standard = o.required("standard", JsonValue::decimal);
          Optional<BigDecimal> tolerance = o.required("tolerance", JsonValue::decimal);
          return o.buildAll(
              () ->
                  new Kpi(
                      JsonObject.orMissing(measure),
                      JsonObject.orMissing(site),
                      service,
                      JsonObject.orMissing(standard),
                      JsonObject.orMissing(tolerance)));
        });
  }

  static JsonNode write(Kpi kpi) {
    ObjectNode node = Json.object();
    node.put("measure", kpi.measure());
    node.put("site", kpi.site().value());
    kpi.service().ifPresent(s -> node.put("service", s));
    node.put("standard", kpi.standard());
    node.put("tolerance", kpi.tolerance());
    return node;
  }

  static Optional<Responsibility> responsibility(JsonValue value) {
    return value.object(
        o -> {
          Optional<String> area = o.required("area", JsonValue::nonBlankText);
          Optional<OdsCode> responsible = o.required("responsible", OrganisationJson::odsCode);
          Optional<OdsCode> consulted = o.optional("consulted", OrganisationJson::odsCode);
          return o.buildAll(
              () ->
                  new Responsibility(
                      JsonObject.orMissing(area), JsonObject.orMissing(responsible), consulted));
        });
  }

  static JsonNode write(Responsibility responsibility) {
    ObjectNode node = Json.object();
    node.put("area", responsibility.area());
    node.put("responsible", responsibility.responsible().value());
    responsibility.consulted().ifPresent(c -> node.put("consulted", c.value()));
    return node;
  }

  /**
   * Reads a money flow: {@code payer}, {@code payee}, {@code purpose}, {@code amount} (pounds),
   * {@code per}, {@code dates} and optional {@code id} and {@code indexation} (a fraction a year).
   * Every problem is recorded at its path.
   *
   * @param value the JSON value
   * @return the flow, or empty when a problem was recorded
   */
  public static Optional<MoneyFlow> moneyFlow(JsonValue value) {
    return value.object(
        o -> {
          Optional<OdsCode> payer = o.required("payer", OrganisationJson::odsCode);
          Optional<OdsCode> payee = o.required("payee", OrganisationJson::odsCode);
          Optional<String> purpose = o.required("purpose", JsonValue::nonBlankText);
          Optional<Money> amount = o.required("amount", ValueJson::money);
          Optional<String> per = o.required("per", JsonValue::nonBlankText);
          Optional<DateRange> dates = o.required("dates", ValueJson::dateRange);
          Optional<String> id = o.optional("id", JsonValue::nonBlankText);
          Optional<BigDecimal> indexation = o.optional("indexation", JsonValue::decimal);
          return o.buildAll(
              () ->
                  new MoneyFlow(
                      JsonObject.orMissing(payer),
                      JsonObject.orMissing(payee),
                      JsonObject.orMissing(purpose),
                      JsonObject.orMissing(amount),
                      JsonObject.orMissing(per),
                      JsonObject.orMissing(dates),
                      id,
                      indexation));
        });
  }

  /**
   * {@return a money flow as JSON; the amount in pounds with two decimal places}
   *
   * @param flow the flow
   */
  public static JsonNode write(MoneyFlow flow) {
    ObjectNode node = Json.object();
    node.put("payer", flow.payer().value());
    node.put("payee", flow.payee().value());
    node.put("purpose", flow.purpose());
    node.set("amount", ValueJson.write(flow.amount()));
    node.put("per", flow.per());
    node.set("dates", ValueJson.write(flow.dates()));
    flow.id().ifPresent(i -> node.put("id", i));
    flow.indexation().ifPresent(i -> node.put("indexation", i));
    return node;
  }
}
