package nl.statushouders.werkgevers.domain.policy;

import java.util.List;

/** Every business rule of the employer service, in one place; each has its own given-when-then tests. */
public final class WerkgeverPolicies {

    public static final List<String> ALL = List.of(
            EigenWerkgever.NAME,             // account managers act only on their own employers (else 404)
            UniekKvkNummerPerGemeente.NAME,  // registration: one employer per KvK number per gemeente (409)
            PlaatsOmvang.NAME,               // place: aantal >= 1, 1..40 hours a week
            TaalLeerdoelBijTaalstage.NAME,   // place: a taalstage has a TAAL learning goal
            PlaatsBeschikbaar.NAME,          // match: only on an open place with positions left; acceptance takes one
            EenOpenMatchPerPlaats.NAME,      // match: one proposed or accepted match per statushouder per place
            AlleenVoorgesteldeMatch.NAME,    // match: only a proposed match is accepted or rejected (409)
            StatushouderInGemeente.NAME,     // references: the statushouder is known in the gemeente (422)
            TaalvoucherVoorwaarden.NAME,     // taalvoucher: paid job with this employer, spoken level below B1
            TaalvoucherJaarbudget.NAME,      // taalvoucher: within the gemeente's yearly budget
            BijeenkomstNietInVerleden.NAME); // meeting: scheduled ahead

    private WerkgeverPolicies() {
    }
}
