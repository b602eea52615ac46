package nl.statushouders.werkgevers.projectie;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.platform.consumer.CloudEvent;
import nl.statushouders.werkgevers.domain.Taalniveau;
import nl.statushouders.werkgevers.domain.Werkervaring;
import nl.statushouders.werkgevers.mapping.Json;
import nl.statushouders.werkgevers.service.StatushouderRecord;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A statushouder's row from intake, assessment and trajecten events, for the consumer and the
 * rebuild alike. Times come from the events, never the clock, so a rebuild writes what the consumer
 * wrote; {@code bijgewerktOp} is the newest event time, whatever order two topics delivered in.
 */
@ApplicationScoped
public class StatushouderProjectie {

    /** What the consumer keeps of an event for a rebuild: what matching needs, no names. */
    public static final java.util.List<String> BEWAARD = java.util.List.of("statushouderId", "gemeente", "datum",
            "geboortedatum", "taalniveau", "werkervaring", "opleidingsniveau");

    private static final List<String> SKILLS = List.of("lezen", "luisteren", "spreken", "schrijven");

    private final Json json;

    public StatushouderProjectie(Json json) {
        this.json = json;
    }

    /** Whose event it is: the statushouderId in the data, else the subject. */
    public static UUID statushouder(CloudEvent event) {
        return UUID.fromString(event.data().path("statushouderId").asText(event.subject()));
    }

    /** The row as it is before its first event (every column set, so a rebuilt row starts clean). */
    public void begin(StatushouderRecord s, UUID id, CloudEvent eerste) {
        s.id = id;
        s.gemeente = gemeente(eerste);
        s.geboortedatum = null;
        s.taalniveau = null;
        s.gesprokenTaalniveau = null;
        s.taalniveauDatum = null;
        s.werkervaring = "[]";
        s.werkervaringDatum = null;
        s.opleidingsniveau = null;
        s.bijgewerktOp = eerste.time();
    }

    public void apply(StatushouderRecord s, CloudEvent event) {
        String name = event.eventName();
        JsonNode data = event.data();
        LocalDate datum = date(data.path("datum")).orElse(LocalDate.ofInstant(event.time(), ZoneOffset.UTC));
        if (name.equals("statushouder-registered")) {
            s.gemeente = nl.statushouders.platform.consumer.Herkomst.bekendeGemeente(s.gemeente, event);
            s.geboortedatum = date(data.path("geboortedatum")).orElse(null);
        } else if (name.equals("traject-progress-reported")) {
            taalniveau(s, data.path("taalniveau"), datum);
        } else {
            taalniveau(s, data.path("taalniveau"), datum);
            if (s.werkervaringDatum == null || !datum.isBefore(s.werkervaringDatum)) {
                s.werkervaring = json.write(werkervaring(data.path("werkervaring")));
                s.werkervaringDatum = datum;
                if (data.hasNonNull("opleidingsniveau")) {
                    s.opleidingsniveau = data.get("opleidingsniveau").asText();
                }
            }
        }
        if (s.bijgewerktOp == null || event.time().isAfter(s.bijgewerktOp)) {
            s.bijgewerktOp = event.time();
        }
    }

    /** The envelope's gemeente (the consumer checked the payload agrees). */
    private static String gemeente(CloudEvent event) {
        return event.gemeente();
    }

    /** Keeps the newest known level per skill: skills in a report at least as recent replace older ones. */
    private void taalniveau(StatushouderRecord s, JsonNode niveaus, LocalDate datum) {
        if (!niveaus.isObject() || (s.taalniveauDatum != null && datum.isBefore(s.taalniveauDatum))) {
            return;
        }
        Map<String, String> huidig = s.taalniveau == null ? new LinkedHashMap<>()
                : new LinkedHashMap<>(json.read(s.taalniveau, new TypeReference<Map<String, String>>() { }));
        for (String skill : SKILLS) {
            Taalniveau niveau = Taalniveau.parse(niveaus.path(skill).asText(null));
            if (niveau != null) {
                huidig.put(skill, niveau.name());
            }
        }
        s.taalniveau = json.write(huidig);
        s.gesprokenTaalniveau = huidig.get("spreken");
        s.taalniveauDatum = datum;
    }

    private static List<Werkervaring> werkervaring(JsonNode list) {
        List<Werkervaring> result = new ArrayList<>();
        if (list.isArray()) {
            for (JsonNode w : list) {
                String beroep = w.path("beroep").asText("").trim();
                if (!beroep.isEmpty()) {
                    result.add(new Werkervaring(beroep, w.path("jaren").asInt(0), w.path("land").asText(null)));
                }
            }
        }
        return result;
    }

    private static Optional<LocalDate> date(JsonNode node) {
        try {
            return node.isTextual() ? Optional.of(LocalDate.parse(node.asText())) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
