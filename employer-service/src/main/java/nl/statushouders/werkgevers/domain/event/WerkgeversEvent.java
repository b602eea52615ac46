package nl.statushouders.werkgevers.domain.event;

/** Everything that happens in the employer service. Every event names its gemeente (tenant). */
public sealed interface WerkgeversEvent permits WerkgeverRegistered, PlaatsOffered, PlaatsClosed, MatchProposed,
        MatchAccepted, MatchRejected, TaalvoucherGranted, BijeenkomstScheduled {

    String gemeente();
}
