package nl.statushouders.assessment.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.assessment.service.StatushouderRecord;
import nl.statushouders.platform.consumer.CloudEvent;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * From intake's events to the known statushouders: the one place that reads them, for the consumer
 * as events arrive and for a rebuild from what the consumer kept.
 */
@ApplicationScoped
public class StatushouderMapper {

    /** What the consumer keeps of an intake event for a rebuild: ids and gemeente, no names or dates. */
    public static final java.util.List<String> BEWAARD = java.util.List.of("statushouderId", "gemeente", "assessmentBesluit");

    /** The intake events that name a statushouder and its gemeente; any other is not for us. */
    private static final Set<String> OVER_STATUSHOUDER = Set.of("statushouder-registered", "startgesprek-held");

    public boolean overStatushouder(CloudEvent event) {
        return OVER_STATUSHOUDER.contains(event.eventName());
    }

    public UUID statushouderId(CloudEvent event) {
        return UUID.fromString(event.data().path("statushouderId").asText(event.subject()));
    }

    /** The envelope's gemeente (the consumer checked the payload agrees). */
    public String gemeente(CloudEvent event) {
        return event.gemeente();
    }

    public StatushouderRecord toRecord(UUID id, List<CloudEvent> events) {
        StatushouderRecord r = new StatushouderRecord();
        r.id = id;
        project(r, events);
        return r;
    }

    /** Brings a row up to date with these events, in received order; a known statushouder keeps their gemeente. */
    public void project(StatushouderRecord r, List<CloudEvent> events) {
        for (CloudEvent event : events) {
            if (overStatushouder(event)) {
                r.gemeente = nl.statushouders.platform.consumer.Herkomst.bekendeGemeente(r.gemeente, event);
            }
        }
    }
}
