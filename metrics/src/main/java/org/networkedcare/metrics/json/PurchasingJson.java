package org.networkedcare.metrics.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonDecoder;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.json.OrganisationJson;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.metrics.purchasing.Consortium;
import org.networkedcare.metrics.purchasing.Consortium.Item;
import org.networkedcare.metrics.purchasing.Consortium.Volume;
import org.networkedcare.metrics.purchasing.PriceSchedule;
import org.networkedcare.metrics.purchasing.SharedEquipment;

/**
 * The JSON codec of the purchasing model ({@code org.networkedcare.metrics.purchasing}): consortia
 * and shared equipment, read with every problem at its JSON pointer and written in the same form.
 * Amounts are decimals as written (quantities in units, prices in pounds). Stateless and
 * thread-safe.
 */
public final class PurchasingJson {
  private PurchasingJson() {}

  /**
   * The pricing of a schedule by its JSON name, in a fixed order, so that a problem lists them the
   * same way on every run (Guava's immutable maps keep it; {@code Map.of} does not); the
   * appraisal's joint purchasing reads the same names.
   */
  static final Map<String, PriceSchedule.Pricing> PRICING =
      ImmutableMap.of(
          "all-units",
          PriceSchedule.Pricing.ALL_UNITS,
          "incremental",
          PriceSchedule.Pricing.INCREMENTAL);

  /**
   * {@return a consortium read from its JSON form (see {@link Consortium}), every problem reported
   * at its JSON pointer and the value empty if any}
   *
   * @param value the JSON value
   * @param member how a member's id is read (a governance document reads ODS codes)
   */
  public static Optional<Consortium> consortium(JsonValue value, JsonDecoder<String> member) {
    return value.object(
        o -> {
          Optional<String> id = o.required("id", JsonValue::nonBlankText);
          Optional<String> supplier = o.optional("supplier", JsonValue::nonBlankText);
          List<String> members = o.list("members", member);
          List<Item> items =
              o.list(
                  "items",
                  v ->
                      v.object(
                          it -> {
                            Optional<String> iid = it.required("id", JsonValue::nonBlankText);
                            Optional<String> name = it.optional("name", JsonValue::nonBlankText);
                            PriceSchedule.Pricing pricing =
                                it.optional("pricing", x -> x.oneOf(PRICING))
                                    .orElse(PriceSchedule.Pricing.ALL_UNITS);
                            List<PriceSchedule.Tier> tiers =
                                it.list(
                                    "tiers",
                                    t ->
                                        t.object(
                                            to -> {
                                              Optional<BigDecimal> min =
                                                  to.required("minimum", JsonValue::decimal);
                                              Optional<BigDecimal> price =
                                                  to.required("unitPrice", JsonValue::decimal);
                                              if (min.isEmpty() || price.isEmpty()) {
                                                return Optional.empty();
                                              }
                                              return to.build(
                                                  () ->
                                                      new PriceSchedule.Tier(
                                                          min.get(), price.get()));
                                            }));
                            BigDecimal surcharge =
                                it.optional("optOutSurchargePercent", JsonValue::decimal)
                                    .orElse(BigDecimal.ZERO);
                            Optional<PriceSchedule> schedule =
                                it.build(() -> new PriceSchedule(tiers, pricing, surcharge));
                            List<Volume> quantities =
                                it.list(
                                    "quantities",
                                    q ->
                                        q.object(
                                            qo -> {
                                              Optional<String> m = qo.required("member", member);
                                              Optional<BigDecimal> quantity =
                                                  qo.required("quantity", JsonValue::decimal);
                                              if (m.isEmpty() || quantity.isEmpty()) {
                                                return Optional.empty();
                                              }
                                              return qo.build(
                                                  () -> new Volume(m.get(), quantity.get()));
                                            }));
                            if (iid.isEmpty() || schedule.isEmpty()) {
                              return Optional.empty();
                            }
                            return it.build(
                                () ->
                                    new Item(
                                        iid.get(),
                                        name.orElse(iid.get()),
                                        schedule.get(),
                                        quantities));
                          }));
          if (id.isEmpty()) {
            return Optional.empty();
          }
          return o.build(() -> new Consortium(id.get(), supplier, members, items));
        });
  }

  /**
   * {@return a consortium in its JSON form}
   *
   * @param consortium the consortium
   */
  public static JsonNode write(Consortium consortium) {
    ObjectNode node = Json.object();
    node.put("id", consortium.id());
    consortium.supplier().ifPresent(s -> node.put("supplier", s));
    ArrayNode m = node.putArray("members");
    consortium.members().forEach(m::add);
    ArrayNode array = node.putArray("items");
    for (Item item : consortium.items()) {
      ObjectNode o = array.addObject();
      o.put("id", item.id());
      o.put("name", item.name());
      o.put("pricing", Consortium.pricingName(item.schedule().pricing()));
      ArrayNode tiers = o.putArray("tiers");
      item.schedule()
          .tiers()
          .forEach(
              t -> tiers.addObject().put("minimum", t.minimum()).put("unitPrice", t.unitPrice()));
      o.put("optOutSurchargePercent", item.schedule().optOutSurchargePercent());
      ArrayNode q = o.putArray("quantities");
      item.quantities()
          .forEach(x -> q.addObject().put("member", x.member()).put("quantity", x.quantity()));
    }
    return node;
  }

  /**
   * {@return equipment read from its JSON form (see {@link SharedEquipment}), every problem
   * reported at its JSON pointer and the value empty if any}
   *
   * @param value the JSON value
   */
  public static Optional<SharedEquipment> sharedEquipment(JsonValue value) {
    return value.object(
        o -> {
          Optional<String> id = o.required("id", JsonValue::nonBlankText);
          Optional<String> name = o.optional("name", JsonValue::nonBlankText);
          Optional<OdsCode> owner = o.required("owner", OrganisationJson::odsCode);
          Optional<OdsCode> site = o.required("site", OrganisationJson::odsCode);
          List<SharedEquipment.Move> moves =
              o.list(
                  "moves",
                  v ->
                      v.object(
                          m -> {
                            Optional<LocalDate> date = m.required("date", JsonValue::date);
                            Optional<OdsCode> from = m.required("from", OrganisationJson::odsCode);
                            Optional<OdsCode> to = m.required("to", OrganisationJson::odsCode);
                            if (date.isEmpty() || from.isEmpty() || to.isEmpty()) {
                              return Optional.empty();
                            }
                            return m.buildAll(
                                () -> new SharedEquipment.Move(date.get(), from.get(), to.get()));
                          }));
          Optional<OdsCode> maintainer = o.optional("maintainer", OrganisationJson::odsCode);
          Optional<Integer> interval = o.required("calibrationIntervalMonths", JsonValue::integer);
          Optional<LocalDate> last = o.required("lastCalibration", JsonValue::date);
          if (id.isEmpty()
              || owner.isEmpty()
              || site.isEmpty()
              || interval.isEmpty()
              || last.isEmpty()) {
            return Optional.empty();
          }
          return o.buildAll(
              () ->
                  new SharedEquipment(
                      id.get(),
                      name.orElse(id.get()),
                      owner.get(),
                      site.get(),
                      moves,
                      maintainer,
                      interval.get(),
                      last.get()));
        });
  }

  /**
   * {@return equipment in its JSON form}
   *
   * @param equipment the equipment
   */
  public static JsonNode write(SharedEquipment equipment) {
    ObjectNode node = Json.object();
    node.put("id", equipment.id());
    node.put("name", equipment.name());
    node.put("owner", equipment.owner().value());
    node.put("site", equipment.site().value());
    var array = node.putArray("moves");
    equipment
        .moves()
        .forEach(
            x ->
                array
                    .addObject()
                    .put("date", x.date().toString())
                    .put("from", x.from().value())
                    .put("to", x.to().value()));
    equipment.maintainer().ifPresent(x -> node.put("maintainer", x.value()));
    node.put("calibrationIntervalMonths", equipment.calibrationIntervalMonths());
    node.put("lastCalibration", equipment.lastCalibration().toString());
    return node;
  }
}
