package org.networkedcare.governance.agreement;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.governance.escalation.Trigger;

/**
 * The terms between a specialist provider (the centre) and a host organisation for services the
 * provider runs at the host's sites.
 *
 * <p>JSON: {@code {"id": "A1", "title": "...", "provider": "RCE", "host": "RHA", "commissioners":
 * ["QAA"], "legalCharacter": "nhs-contract", "arrangement": "provider-delivers-and-accountable",
 * "origin": "new", "sites": [{"site": "RHA01", "services": ["cataract"]}], "responsibilities":
 * [Responsibility, ...], "moneyFlows": [MoneyFlow, ...], "kpis": [Kpi, ...], "triggers": [Trigger,
 * ...], "redLines": [Trigger, ...], "route": "standard", "term": AgreementTerm, "exit": ExitTerms,
 * "reportingLagDays": 0}}.
 *
 * <p>The rules that need only the agreement are checked here; those that need the network, the
 * reference data and the baselines are checked by the governance document.
 *
 * @param id the agreement's identifier
 * @param title a readable name
 * @param provider the provider (the centre)
 * @param host the host
 * @param commissioners the commissioners, first-named first
 * @param legalCharacter the legal character
 * @param arrangement which of the toolkit's three arrangements
 * @param origin made with this library or recorded after the fact
 * @param sites the host's sites in scope and the services at each
 * @param responsibilities who is responsible for each area
 * @param moneyFlows the money flows
 * @param kpis the KPIs
 * @param triggers the triggers and red lines
 * @param route the escalation route's identifier
 * @param term the term
 * @param exit the exit and opt-out terms
 * @param reportingLagDays calendar days after a period ends before its data is available
 */
public record HostAgreement(
    String id,
    String title,
    OdsCode provider,
    OdsCode host,
    List<OdsCode> commissioners,
    LegalCharacter legalCharacter,
    Arrangement arrangement,
    Origin origin,
    List<SiteServices> sites,
    List<Responsibility> responsibilities,
    List<MoneyFlow> moneyFlows,
    List<Kpi> kpis,
    List<Trigger> triggers,
    String route,
    AgreementTerm term,
    ExitTerms exit,
    int reportingLagDays) {

  /** The legal character of an agreement, which implies its dispute route. */
  public enum LegalCharacter {
    /**
     * Section 9 NHS contract between health service bodies; disputes go to the Secretary of State.
     */
    NHS_CONTRACT("nhs-contract"),
    /** An enforceable contract. */
    CONTRACT("contract"),
    /** A memorandum of understanding, not binding. */
    MEMORANDUM("memorandum");

    private final String id;

    LegalCharacter(String id) {
      this.id = id;
    }

    /** {@return the JSON identifier} */
    public String id() {
      return id;
    }
  }

  /** The toolkit's three types of arrangement. */
  public enum Arrangement {
    /** The provider delivers and is accountable. */
    PROVIDER_DELIVERS_AND_ACCOUNTABLE("provider-delivers-and-accountable"),
    /** The provider delivers; the host holds it to account. */
    PROVIDER_DELIVERS_HOST_HOLDS_TO_ACCOUNT("provider-delivers-host-holds-to-account"),
    /** The host delivers; the provider governs. */
    HOST_DELIVERS_PROVIDER_GOVERNS("host-delivers-provider-governs");

    private final String id;

    Arrangement(String id) {
      this.id = id;
    }

    /** {@return the JSON identifier} */
    public String id() {
      return id;
    }
  }

  /** Whether an agreement was made with this library or recorded after the fact. */
  public enum Origin {
    /** Made with this library: the baseline rule is an error. */
    NEW("new"),
    /** Recorded after the fact: the baseline rule gives findings. */
    HISTORIC("historic");

    private final String id;

    Origin(String id) {
      this.id = id;
    }

    /** {@return the JSON identifier} */
    public String id() {
      return id;
    }
  }

  /**
   * The services in scope at one of the host's sites.
   *
   * @param site the site
   * @param services the services' identifiers
   */
  public record SiteServices(OdsCode site, List<String> services) {

    /**
     * Checks the parts are present.
     *
     * @param site the site
     * @param services the services
     */
    public SiteServices {
      Problems problems = Problems.collector();
      problems.at("site").required(site);
      if (problems.at("services").required(services)) {
        services = List.copyOf(services);
      }
      problems.throwIfAny();
    }
  }

  /**
   * Checks what the agreement alone can check: parts present; provider and host differ ({@code
   * agreement.parties}); at most one responsible party per area, a party of the agreement ({@code
   * agreement.responsibility}); each KPI at a site of the agreement ({@code agreement.kpi.scope});
   * trigger identifiers unique ({@code id.duplicate}) and their sites sites of the agreement
   * ({@code trigger.scope}); a red line's consequence allowed by the exit terms ({@code
   * redline.consequence}); the reporting lag not negative ({@code range}).
   *
   * @param id the identifier
   * @param title the title
   * @param provider the provider
   * @param host the host
   * @param commissioners the commissioners
   * @param legalCharacter the legal character
   * @param arrangement the arrangement
   * @param origin the origin
   * @param sites the sites
   * @param responsibilities the responsibilities
   * @param moneyFlows the money flows
   * @param kpis the KPIs
   * @param triggers the triggers and red lines
   * @param route the route
   * @param term the term
   * @param exit the exit terms
   * @param reportingLagDays the reporting lag
   */
  public HostAgreement {
    Problems problems = Problems.collector();
    problems.at("id").required(id);
    problems.at("title").required(title);
    boolean parties =
        problems.at("provider").required(provider) & problems.at("host").required(host);
    if (parties) {
      problems
          .at("host")
          .check(
              !provider.equals(host),
              "agreement.parties",
              "the provider and the host are different organisations");
    }
    if (problems.at("commissioners").required(commissioners)) {
      commissioners = List.copyOf(commissioners);
    }
    problems.at("legalCharacter").required(legalCharacter);
    problems.at("arrangement").required(arrangement);
    problems.at("origin").required(origin);
    problems.at("route").required(route);
    problems.at("term").required(term);
    problems.at("exit").required(exit);
    problems
        .at("reportingLagDays")
        .check(reportingLagDays >= 0, "range", "the reporting lag is not negative");
    Set<OdsCode> siteCodes = new HashSet<>();
    if (problems.at("sites").required(sites)) {
      sites = List.copyOf(sites);
      sites.forEach(s -> siteCodes.add(s.site()));
    }
    if (problems.at("moneyFlows").required(moneyFlows)) {
      moneyFlows = List.copyOf(moneyFlows);
    }
    if (problems.at("responsibilities").required(responsibilities)) {
      responsibilities = List.copyOf(responsibilities);
      Set<String> areas = new HashSet<>();
      for (int i = 0; i < responsibilities.size(); i++) {
        Responsibility r = responsibilities.get(i);
        Problems at = problems.at("responsibilities").at(i);
        at.at("area")
            .check(
                areas.add(r.area()),
                "agreement.responsibility",
                "the area '" + r.area() + "' has more than one responsible party");
        if (parties && commissioners != null) {
          boolean party =
              r.responsible().equals(provider)
                  || r.responsible().equals(host)
                  || commissioners.contains(r.responsible());
          at.at("responsible")
              .check(
                  party,
                  "agreement.responsibility",
                  r.responsible() + " is not a party of the agreement");
        }
      }
    }
    if (problems.at("kpis").required(kpis)) {
      kpis = List.copyOf(kpis);
      for (int i = 0; i < kpis.size(); i++) {
        Kpi k = kpis.get(i);
        problems
            .at("kpis")
            .at(i)
            .at("site")
            .check(
                siteCodes.contains(k.site()),
                "agreement.kpi.scope",
                k.site() + " is not a site of the agreement");
      }
    }
    if (problems.at("triggers").required(triggers)) {
      triggers = List.copyOf(triggers);
      Set<String> ids = new HashSet<>();
      int plain = 0;
      int red = 0;
      for (Trigger t : triggers) {
        Problems at =
            t.redLine() ? problems.at("redLines").at(red++) : problems.at("triggers").at(plain++);
        at.at("id")
            .check(
                ids.add(t.id()),
                "id.duplicate",
                "'" + t.id() + "' is already a trigger of this agreement");
        for (int s = 0; s < t.sites().size(); s++) {
          at.at("sites")
              .at(s)
              .check(
                  siteCodes.contains(t.sites().get(s)),
                  "trigger.scope",
                  t.sites().get(s) + " is not a site of the agreement");
        }
        if (t.redLine() && exit != null) {
          at.at("consequence")
              .check(
                  exit.allowedConsequences().contains(t.consequence().orElseThrow()),
                  "redline.consequence",
                  "the exit terms do not allow the consequence '"
                      + t.consequence().orElseThrow()
                      + "'");
        }
      }
    }
    problems.throwIfAny();
  }

  /** {@return the sites of the agreement} */
  public List<OdsCode> siteCodes() {
    return sites.stream().map(SiteServices::site).toList();
  }

  /**
   * {@return the sites a trigger watches: its own, or every site of the agreement}
   *
   * @param trigger a trigger of this agreement
   */
  public List<OdsCode> watchedSites(Trigger trigger) {
    return trigger.sites().isEmpty() ? siteCodes() : trigger.sites();
  }

  /**
   * {@return the KPI on a measure at a site, if the agreement has one}
   *
   * @param measure the measure
   * @param site the site
   */
  public Optional<Kpi> kpi(String measure, OdsCode site) {
    return kpis.stream()
        .filter(k -> k.measure().equals(measure) && k.site().equals(site))
        .findFirst();
  }

  /**
   * {@return the party responsible for an area, if assigned}
   *
   * @param area the area
   */
  public Optional<OdsCode> responsible(String area) {
    return responsibilities.stream()
        .filter(r -> r.area().equals(area))
        .map(Responsibility::responsible)
        .findFirst();
  }

  /** {@return the identifier, the parties and the term} */
  @Override
  public String toString() {
    return "HostAgreement "
        + id
        + ": "
        + provider
        + " with "
        + host
        + " at "
        + siteCodes()
        + " from "
        + term.start();
  }
}
