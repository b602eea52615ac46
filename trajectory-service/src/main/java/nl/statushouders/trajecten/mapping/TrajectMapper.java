package nl.statushouders.trajecten.mapping;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.trajecten.domain.Leerdoel;
import nl.statushouders.trajecten.domain.Reden;
import nl.statushouders.trajecten.domain.Soort;
import nl.statushouders.trajecten.domain.Status;
import nl.statushouders.trajecten.domain.event.TrajectEnded;
import nl.statushouders.trajecten.domain.event.TrajectEvent;
import nl.statushouders.trajecten.domain.event.TrajectPlanned;
import nl.statushouders.trajecten.domain.event.TrajectProgressReported;
import nl.statushouders.trajecten.domain.event.TrajectStarted;
import nl.statushouders.trajecten.rest.TrajectResponse;
import nl.statushouders.trajecten.service.TrajectRecord;
import nl.statushouders.platform.eventsourcing.RecordedEvent;
import nl.statushouders.platform.mapping.JsonDocuments;

import java.time.Instant;
import java.util.List;

/** Between the events, the read model and the REST shape. */
@ApplicationScoped
public class TrajectMapper {

    private final JsonDocuments json;

    public TrajectMapper(ObjectMapper json) {
        this.json = new JsonDocuments(json);
    }

    /**
     * The read model's answer to one recorded event: the live path after each command and the
     * rebuild over a whole stream both come here, so a rebuilt row equals the incremental one. The
     * plan sets every column (a rebuild may write over a damaged row); {@code geplandOp} is the
     * time the store recorded, never the clock, for the same reason.
     */
    public void apply(TrajectRecord r, RecordedEvent<TrajectEvent> recorded) {
        TrajectEvent event = recorded.event();
        if (event instanceof TrajectPlanned e) {
            plan(r, e, recorded.recordedAt());
        } else if (event instanceof TrajectStarted e) {
            r.status = Status.ACTIEF.name();
            r.gestartOp = e.startdatum();
        } else if (event instanceof TrajectProgressReported e) {
            r.laatsteVoortgang = json.write(new TrajectResponse.Voortgang(e.datum(), e.aanwezigheidPercentage(), e.taalniveau(),
                    e.toelichting(), e.examen(), e.gemeldDoor()));
            r.aantalVoortgang++;
        } else if (event instanceof TrajectEnded e) {
            r.status = Status.BEEINDIGD.name();
            r.beeindigdOp = e.datum();
            r.redenBeeindiging = e.reden().name();
        }
        r.versie = recorded.version();
    }

    private void plan(TrajectRecord r, TrajectPlanned e, Instant geplandOp) {
        r.id = e.trajectId();
        r.statushouderId = e.statushouderId();
        r.gemeente = e.gemeente();
        r.soort = e.soort().name();
        r.aanbieder = e.aanbieder();
        r.aanbiederOrganisatie = e.aanbiederOrganisatie();
        r.plaatsId = e.plaatsId();
        r.matchId = e.matchId();
        r.startdatum = e.startdatum();
        r.geplandeEinddatum = e.geplandeEinddatum();
        r.urenPerWeek = e.urenPerWeek();
        r.leerdoelen = json.write(e.leerdoelen());
        r.motivering = e.motivering();
        r.status = Status.GEPLAND.name();
        r.gestartOp = null;
        r.beeindigdOp = null;
        r.redenBeeindiging = null;
        r.laatsteVoortgang = null;
        r.aantalVoortgang = 0;
        r.geplandOp = geplandOp;
    }

    public TrajectResponse toResponse(TrajectRecord r) {
        return toResponse(r, true);
    }

    /**
     * @param metMotivering false for a taalschool or the UAF: the werkmatcher's reasoning about a
     *                      person is not theirs to read, only the plan and the progress
     */
    public TrajectResponse toResponse(TrajectRecord r, boolean metMotivering) {
        return new TrajectResponse(r.id, r.statushouderId, r.gemeente, Soort.valueOf(r.soort), r.status,
                new TrajectResponse.Plan(r.aanbieder, r.aanbiederOrganisatie, r.plaatsId, r.matchId, r.startdatum,
                        r.geplandeEinddatum, r.urenPerWeek, leerdoelen(r), metMotivering ? r.motivering : null),
                r.gestartOp,
                r.beeindigdOp == null ? null : new TrajectResponse.Beeindiging(r.beeindigdOp, Reden.valueOf(r.redenBeeindiging)),
                r.laatsteVoortgang == null ? null : json.read(r.laatsteVoortgang, new TypeReference<TrajectResponse.Voortgang>() { }),
                r.aantalVoortgang, r.versie);
    }

    public List<Leerdoel> leerdoelen(TrajectRecord r) {
        return json.read(r.leerdoelen, new TypeReference<List<Leerdoel>>() { });
    }
}
