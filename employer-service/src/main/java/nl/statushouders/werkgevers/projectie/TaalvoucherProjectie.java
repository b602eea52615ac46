package nl.statushouders.werkgevers.projectie;

import nl.statushouders.platform.eventsourcing.RecordedEvent;
import nl.statushouders.werkgevers.domain.event.TaalvoucherGranted;
import nl.statushouders.werkgevers.domain.event.WerkgeversEvent;
import nl.statushouders.werkgevers.service.TaalvoucherRecord;

/** A taalvoucher row from its grant, for the command and the rebuild alike. */
public final class TaalvoucherProjectie {

    private TaalvoucherProjectie() {
    }

    public static void vul(TaalvoucherRecord r, RecordedEvent<WerkgeversEvent> recorded) {
        TaalvoucherGranted e = (TaalvoucherGranted) recorded.event();
        r.id = e.taalvoucherId();
        r.werkgeverId = e.werkgeverId();
        r.statushouderId = e.statushouderId();
        r.gemeente = e.gemeente();
        r.bedrag = e.bedrag();
        r.maanden = e.maanden();
        r.jaar = e.jaar();
        r.verleendOp = recorded.recordedAt();
    }
}
