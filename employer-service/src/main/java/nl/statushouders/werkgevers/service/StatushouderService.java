package nl.statushouders.werkgevers.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.platform.consumer.CloudEvent;
import nl.statushouders.platform.consumer.EventHandler;
import nl.statushouders.platform.consumer.IdempotentConsumer;
import nl.statushouders.platform.consumer.ReadModelRows;
import nl.statushouders.werkgevers.domain.Kandidaat;
import nl.statushouders.werkgevers.domain.KandidaatRanking;
import nl.statushouders.werkgevers.domain.Leerdoel;
import nl.statushouders.werkgevers.domain.Plaats;
import nl.statushouders.werkgevers.domain.PlaatsSoort;
import nl.statushouders.werkgevers.domain.StatushouderProfiel;
import nl.statushouders.werkgevers.domain.Taalniveau;
import nl.statushouders.werkgevers.domain.Werkervaring;
import nl.statushouders.werkgevers.mapping.Json;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What this service knows of statushouders, learned from intake, assessment and trajecten
 * events (no names, no BSN), and what it derives from it: ranked candidates for a place and the
 * inventory of former professions.
 */
@ApplicationScoped
public class StatushouderService implements EventHandler {

    static final String CONSUMER = "werkgevers-statushouders";
    private static final List<String> SKILLS = List.of("lezen", "luisteren", "spreken", "schrijven");

    private final IdempotentConsumer consumer;
    private final Json json;

    public StatushouderService(IdempotentConsumer consumer, Json json) {
        this.consumer = consumer;
        this.json = json;
    }

    /**
     * Applies one event at most once, on the statushouder's locked row (events of one person arrive
     * at once on three topics). A lost race to create the row is retried by the kernel's consumer.
     */
    @Override
    public Uni<Boolean> apply(CloudEvent event) {
        String name = event.eventName();
        if (!relevant(name)) {
            return Uni.createFrom().item(false);
        }
        UUID statushouderId = UUID.fromString(event.data().path("statushouderId").asText(event.subject()));
        return consumer.applyOnce(CONSUMER, event, statushouderId, () -> update(event, name));
    }

    static boolean relevant(String name) {
        return name.equals("statushouder-registered") || name.equals("assessment-completed")
                || name.equals("alternatieve-intake-completed") || name.equals("traject-progress-reported");
    }

    private Uni<Void> update(CloudEvent event, String name) {
        JsonNode data = event.data();
        UUID id = UUID.fromString(data.path("statushouderId").asText(event.subject()));
        String gemeente = data.path("gemeente").asText(event.gemeente());
        return ReadModelRows.lockOrCreate(StatushouderRecord.class, id, () -> {
            StatushouderRecord nieuw = new StatushouderRecord();
            nieuw.id = id;
            nieuw.gemeente = gemeente;
            nieuw.bijgewerktOp = Instant.now();
            return nieuw;
        }).invoke(s -> {
            LocalDate datum = date(data.path("datum")).orElse(LocalDate.ofInstant(event.time(), java.time.ZoneOffset.UTC));
            if (name.equals("statushouder-registered")) {
                s.gemeente = gemeente;
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
            s.bijgewerktOp = Instant.now();
        }).replaceWithVoid();
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

    private static java.util.Optional<LocalDate> date(JsonNode node) {
        try {
            return node.isTextual() ? java.util.Optional.of(LocalDate.parse(node.asText())) : java.util.Optional.empty();
        } catch (java.time.format.DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    /** Ranked candidates of the place's gemeente; statushouders with a proposed or accepted match on it are left out. */
    public Uni<List<Kandidaat>> kandidaten(PlaatsRecord p) {
        return Panache.withSession(() -> StatushouderRecord.<StatushouderRecord>list("gemeente", p.gemeente)
                .chain(statushouders -> MatchRecord.<MatchRecord>list("plaatsId = ?1 and status <> 'AFGEWEZEN'", p.id)
                        .map(matches -> {
                            Set<UUID> alGematcht = new HashSet<>();
                            matches.forEach(m -> alGematcht.add(m.statushouderId));
                            List<StatushouderProfiel> profielen = statushouders.stream().map(this::profiel).toList();
                            return KandidaatRanking.rangschik(plaats(p), profielen, alGematcht);
                        })));
    }

    /** Per former profession the number of statushouders in these gemeenten with that experience. */
    public Uni<List<BeroepTelling>> beroepen(Set<String> gemeenten) {
        return Panache.withSession(() -> StatushouderRecord.<StatushouderRecord>list("gemeente in ?1", gemeenten))
                .map(statushouders -> {
                    Map<String, String> weergave = new LinkedHashMap<>();
                    Map<String, Set<UUID>> mensen = new LinkedHashMap<>();
                    for (StatushouderRecord s : statushouders) {
                        for (Werkervaring w : werkervaring(s)) {
                            String key = w.beroep().toLowerCase(Locale.ROOT);
                            weergave.putIfAbsent(key, w.beroep());
                            mensen.computeIfAbsent(key, k -> new HashSet<>()).add(s.id);
                        }
                    }
                    return mensen.entrySet().stream()
                            .map(e -> new BeroepTelling(weergave.get(e.getKey()), e.getValue().size()))
                            .sorted(java.util.Comparator.comparingInt(BeroepTelling::aantal).reversed()
                                    .thenComparing(BeroepTelling::beroep))
                            .toList();
                });
    }

    public record BeroepTelling(String beroep, int aantal) {
    }

    private StatushouderProfiel profiel(StatushouderRecord s) {
        return new StatushouderProfiel(s.id, Taalniveau.parse(s.gesprokenTaalniveau), werkervaring(s), s.opleidingsniveau);
    }

    private List<Werkervaring> werkervaring(StatushouderRecord s) {
        return json.read(s.werkervaring, new TypeReference<List<Werkervaring>>() { });
    }

    private Plaats plaats(PlaatsRecord p) {
        return new Plaats(p.id, PlaatsSoort.valueOf(p.soort), p.functie, p.beroep, p.urenPerWeek,
                Taalniveau.valueOf(p.minimaalTaalniveau), p.aantal, p.bezet, p.open,
                json.read(p.leerdoelen, new TypeReference<List<Leerdoel>>() { }));
    }
}
