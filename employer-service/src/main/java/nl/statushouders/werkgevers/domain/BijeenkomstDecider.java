package nl.statushouders.werkgevers.domain;

import nl.statushouders.platform.eventsourcing.ConflictException;
import nl.statushouders.platform.eventsourcing.Decider;
import nl.statushouders.platform.eventsourcing.PolicyViolationException;
import nl.statushouders.werkgevers.domain.event.BijeenkomstScheduled;
import nl.statushouders.werkgevers.domain.event.WerkgeversEvent;
import nl.statushouders.werkgevers.domain.policy.BijeenkomstNietInVerleden;

import java.util.List;
import java.util.UUID;

/** A company tour or matching meeting: scheduled once. State: its id once planned, else null. */
public final class BijeenkomstDecider implements Decider<PlanBijeenkomst, UUID, WerkgeversEvent> {

    @Override
    public UUID initialState() {
        return null;
    }

    @Override
    public List<WerkgeversEvent> decide(PlanBijeenkomst c, UUID gepland) {
        if (gepland != null) {
            throw new ConflictException("Deze bijeenkomst is al gepland.");
        }
        PolicyViolationException.throwIfAny(BijeenkomstNietInVerleden.check(c.datum(), c.vandaag()));
        return List.of(new BijeenkomstScheduled(c.bijeenkomstId(), c.gemeente(), c.soort(), c.datum(), c.werkgeverId(),
                c.locatie(), c.omschrijving()));
    }

    @Override
    public UUID evolve(UUID gepland, WerkgeversEvent event) {
        if (event instanceof BijeenkomstScheduled e) {
            return e.bijeenkomstId();
        }
        throw new IllegalArgumentException("Not a meeting event: " + event.getClass().getSimpleName());
    }
}
