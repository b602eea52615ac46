package nl.statushouders.werkgevers.service;

import com.fasterxml.jackson.core.type.TypeReference;
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
import nl.statushouders.werkgevers.projectie.StatushouderProjectie;

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

    public static final String CONSUMER = "werkgevers-statushouders";

    private final IdempotentConsumer consumer;
    private final StatushouderProjectie projectie;
    private final Json json;

    public StatushouderService(IdempotentConsumer consumer, StatushouderProjectie projectie, Json json) {
        this.consumer = consumer;
        this.projectie = projectie;
        this.json = json;
    }

    /**
     * Applies one event at most once, on the statushouder's locked row (events of one person arrive
     * at once on three topics). A lost race to create the row is retried by the kernel's consumer.
     */
    @Override
    public Uni<Boolean> apply(CloudEvent event) {
        if (!relevant(event.eventName())) {
            return Uni.createFrom().item(false);
        }
        UUID statushouderId = StatushouderProjectie.statushouder(event);
        return consumer.applyOnce(CONSUMER, event.keeping(StatushouderProjectie.BEWAARD), statushouderId, () -> ReadModelRows.lockOrCreate(StatushouderRecord.class,
                        statushouderId, () -> {
                            StatushouderRecord nieuw = new StatushouderRecord();
                            projectie.begin(nieuw, statushouderId, event);
                            return nieuw;
                        })
                .invoke(s -> projectie.apply(s, event))
                .replaceWithVoid());
    }

    /** The batch's statushouder rows, loaded and locked in one statement. */
    @Override
    public Uni<Void> prepare(List<CloudEvent> batch) {
        return ReadModelRows.lockAll(StatushouderRecord.class, "id", ReadModelRows.statushouders(batch, e -> relevant(e.eventName())));
    }

    static boolean relevant(String name) {
        return name.equals("statushouder-registered") || name.equals("assessment-completed")
                || name.equals("alternatieve-intake-completed") || name.equals("traject-progress-reported");
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
                    // Spellings per profession: shown as the one most people use, on a tie the first in
                    // alphabetical order, so the label does not depend on the order rows come back in.
                    Map<String, Map<String, Integer>> spellingen = new LinkedHashMap<>();
                    Map<String, Set<UUID>> mensen = new LinkedHashMap<>();
                    for (StatushouderRecord s : statushouders) {
                        for (Werkervaring w : werkervaring(s)) {
                            String key = w.beroep().toLowerCase(Locale.ROOT);
                            spellingen.computeIfAbsent(key, k -> new java.util.TreeMap<>()).merge(w.beroep(), 1, Integer::sum);
                            mensen.computeIfAbsent(key, k -> new HashSet<>()).add(s.id);
                        }
                    }
                    return mensen.entrySet().stream()
                            .map(e -> new BeroepTelling(weergave(spellingen.get(e.getKey())), e.getValue().size()))
                            .sorted(java.util.Comparator.comparingInt(BeroepTelling::aantal).reversed()
                                    .thenComparing(BeroepTelling::beroep))
                            .toList();
                });
    }

    public record BeroepTelling(String beroep, int aantal) {
    }

    private static String weergave(Map<String, Integer> spellingen) {
        return spellingen.entrySet().stream()
                .max(java.util.Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, java.util.Comparator.reverseOrder()))
                .orElseThrow().getKey();
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
