package nl.statushouders.trajecten.service;

import com.fasterxml.jackson.databind.JsonNode;
import nl.statushouders.platform.consumer.CloudEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a received event changes in the statushouder row. The consumer applies one event to the
 * locked row, the rebuild folds a statushouder's whole received history: one code path, so a
 * rebuilt row equals the incremental one.
 */
final class StatushouderProjectie {

    /** What the consumer keeps of an event for a rebuild: what the rules need, no names. */
    static final java.util.List<String> BEWAARD = java.util.List.of("statushouderId", "gemeente", "geboortedatum",
            "opleidingsniveau");

    private StatushouderProjectie() {
    }

    /** The tenant the event names for the statushouder: its envelope's (the consumer checked the payload agrees). */
    static String gemeente(CloudEvent event) {
        return event.gemeente();
    }

    /** A row as the first event of a statushouder creates it, whatever its type: only the gemeente. */
    static StatushouderRecord nieuw(UUID id, String gemeente) {
        StatushouderRecord nieuw = new StatushouderRecord();
        nieuw.id = id;
        nieuw.gemeente = gemeente;
        return nieuw;
    }

    /** One event on an existing row. A match-accepted only makes sure the row exists (its trajectory is a command's). */
    static void apply(StatushouderRecord s, CloudEvent event) {
        JsonNode data = event.data();
        if (InkomendeEvents.REGISTERED.equals(event.type())) {
            s.gemeente = nl.statushouders.platform.consumer.Herkomst.bekendeGemeente(s.gemeente, event);
            s.geboortedatum = data.hasNonNull("geboortedatum") ? LocalDate.parse(data.get("geboortedatum").asText()) : null;
            s.geregistreerd = true;
        } else if (InkomendeEvents.ASSESSMENT_COMPLETED.equals(event.type())
                || InkomendeEvents.ALTERNATIEVE_INTAKE_COMPLETED.equals(event.type())) {
            // The latest education level counts.
            if (data.hasNonNull("opleidingsniveau")) {
                s.opleidingsniveau = data.get("opleidingsniveau").asText();
            }
        }
    }

    /**
     * The row from the statushouder's history in received order: reset to what {@link #nieuw} makes
     * of the first event, then every event applied; every column is set, so damage is written over.
     */
    static void fold(StatushouderRecord s, UUID id, List<CloudEvent> history) {
        s.id = id;
        s.gemeente = gemeente(history.get(0));
        s.geboortedatum = null;
        s.opleidingsniveau = null;
        s.geregistreerd = false;
        history.forEach(event -> apply(s, event));
    }
}
