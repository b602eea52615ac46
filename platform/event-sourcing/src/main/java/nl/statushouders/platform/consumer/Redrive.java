package nl.statushouders.platform.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import nl.statushouders.platform.outbox.OutboxRelay;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Re-applies parked events after a fix, oldest first and in order per key: an event whose key has
 * an earlier event still parked waits, and a key stops at its first event that fails again. Applying
 * is idempotent, so a re-drive of an event that was applied after all changes nothing.
 */
@ApplicationScoped
public class Redrive {

    private static final Logger LOG = Logger.getLogger(Redrive.class);
    private static final int MAX_PASSES = 5;
    private static final int BATCH = 10_000;

    private final ParkedEvents parked;
    private final Instance<EventHandler> handler;
    private final ObjectMapper json;
    private final OutboxRelay relay;
    private final nl.statushouders.platform.sleutels.Persoonsgegevens persoonsgegevens;
    private final nl.statushouders.platform.verwijdering.Verwijderingen verwijderingen;

    public Redrive(ParkedEvents parked, Instance<EventHandler> handler, ObjectMapper json, OutboxRelay relay,
                   nl.statushouders.platform.sleutels.Persoonsgegevens persoonsgegevens,
                   nl.statushouders.platform.verwijdering.Verwijderingen verwijderingen) {
        this.persoonsgegevens = persoonsgegevens;
        this.verwijderingen = verwijderingen;
        this.parked = parked;
        this.handler = handler;
        this.json = json;
        this.relay = relay;
    }

    public record Result(int herverwerkt, int opnieuwMislukt, int wachtend, List<Regel> regels) {
    }

    public record Regel(long id, UUID eventId, String resultaat, String reden) {
    }

    /** Re-drives the given parked events, or every open one when {@code ids} is empty. */
    public Uni<Result> redrive(List<Long> ids) {
        return pass(Set.copyOf(ids), new ArrayList<>(), 1);
    }

    private Uni<Result> pass(Set<Long> selection, List<Regel> regels, int passNumber) {
        return parked.list(false, BATCH).chain(open -> {
            List<ParkedEvent> readable = open.stream().filter(p -> p.eventId != null).toList();
            Set<String> blockedKeys = new HashSet<>();
            Set<Long> failedBefore = new HashSet<>();
            regels.stream().filter(r -> r.resultaat().equals("MISLUKT")).forEach(r -> failedBefore.add(r.id()));
            List<ParkedEvent> todo = new ArrayList<>();
            for (ParkedEvent p : readable) {
                if (failedBefore.contains(p.id)) {
                    blockedKeys.add(p.recordKey);
                    continue;
                }
                boolean chosen = selection.isEmpty() || selection.contains(p.id);
                if (!chosen || blockedKeys.contains(p.recordKey)) {
                    if (chosen) {
                        regels.add(new Regel(p.id, p.eventId, "WACHTEND", "een eerder event met dezelfde sleutel is nog geparkeerd"));
                    }
                    blockedKeys.add(p.recordKey);
                    continue;
                }
                todo.add(p);
            }
            Set<String> failedKeys = new HashSet<>();
            return Multi.createFrom().iterable(todo)
                    .onItem().transformToUniAndConcatenate(p -> failedKeys.contains(p.recordKey)
                            ? Uni.createFrom().item(new Regel(p.id, p.eventId, "WACHTEND", "een eerder event met dezelfde sleutel mislukte opnieuw"))
                            : apply(p).invoke(r -> {
                                if (!r.resultaat().equals("HERVERWERKT")) {
                                    failedKeys.add(p.recordKey);
                                }
                            }))
                    .collect().asList()
                    .chain(done -> {
                        regels.addAll(done);
                        boolean progressed = done.stream().anyMatch(r -> r.resultaat().equals("HERVERWERKT"));
                        // Events parked behind a key while this pass ran: one more pass picks them up.
                        if (selection.isEmpty() && progressed && passNumber < MAX_PASSES) {
                            return pass(selection, regels, passNumber + 1);
                        }
                        return Uni.createFrom().item(summary(regels));
                    });
        });
    }

    private Uni<Regel> apply(ParkedEvent p) {
        CloudEvent event;
        try {
            event = CloudEvent.parse(json, p.recordValue);
        } catch (CloudEvent.MalformedEventException e) {
            return parked.markFailedAgain(p.id, Failures.reason(e))
                    .replaceWith(new Regel(p.id, p.eventId, "MISLUKT", Failures.reason(e)));
        }
        String key = p.recordKey != null ? p.recordKey : event.subject();
        // As live: an erasure is applied by the kernel, an erased person's event is not applied at all.
        return verwijderingen.verwijderd(java.util.List.of(key)).chain(erased -> Uni.createFrom().deferred(() ->
                        nl.statushouders.platform.verwijdering.Verwijderingen.isVerwijdering(event) ? verwijderingen.verwerk(event)
                                : !erased.isEmpty() ? Uni.createFrom().voidItem()
                                : persoonsgegevens.ontsleutel(event).chain(plain -> handler.get().apply(plain)).replaceWithVoid()))
                .chain(() -> parked.markRedriven(p.id))
                .invoke(relay::wakeUp)
                .replaceWith(new Regel(p.id, p.eventId, "HERVERWERKT", null))
                .onFailure().recoverWithUni(e -> {
                    String reason = Failures.reason(e);
                    LOG.warnf("Re-drive of parked event %d (%s) failed again: %s", p.id, p.eventId, reason);
                    return parked.markFailedAgain(p.id, reason).replaceWith(new Regel(p.id, p.eventId, "MISLUKT", reason));
                });
    }

    private static Result summary(List<Regel> regels) {
        // A later pass may have re-driven what an earlier pass saw waiting: the last word per id counts.
        java.util.Map<Long, Regel> last = new java.util.LinkedHashMap<>();
        regels.forEach(r -> last.put(r.id(), r));
        List<Regel> result = new ArrayList<>(last.values());
        return new Result(
                (int) result.stream().filter(r -> r.resultaat().equals("HERVERWERKT")).count(),
                (int) result.stream().filter(r -> r.resultaat().equals("MISLUKT")).count(),
                (int) result.stream().filter(r -> r.resultaat().equals("WACHTEND")).count(),
                result);
    }
}
