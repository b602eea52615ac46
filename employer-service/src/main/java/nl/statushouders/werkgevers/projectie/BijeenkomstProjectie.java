package nl.statushouders.werkgevers.projectie;

import nl.statushouders.platform.eventsourcing.RecordedEvent;
import nl.statushouders.werkgevers.domain.event.BijeenkomstScheduled;
import nl.statushouders.werkgevers.domain.event.WerkgeversEvent;
import nl.statushouders.werkgevers.service.BijeenkomstRecord;

/** A meeting row from its event, for the command and the rebuild alike. */
public final class BijeenkomstProjectie {

    private BijeenkomstProjectie() {
    }

    public static void vul(BijeenkomstRecord r, RecordedEvent<WerkgeversEvent> recorded) {
        BijeenkomstScheduled e = (BijeenkomstScheduled) recorded.event();
        r.id = e.bijeenkomstId();
        r.gemeente = e.gemeente();
        r.soort = e.soort().name();
        r.datum = e.datum();
        r.werkgeverId = e.werkgeverId();
        r.locatie = e.locatie();
        r.omschrijving = e.omschrijving();
    }
}
