package nl.statushouders.platform.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import nl.statushouders.platform.sleutels.Persoonsgegevens;
import nl.statushouders.platform.verwijdering.Verwijderingen;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import nl.statushouders.platform.config.ConsumerConfig;
import nl.statushouders.platform.outbox.OutboxRelay;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.vertx.core.Context;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * How every consumer handles a Kafka record, so that no effect is ever lost:
 * <ul>
 * <li>a passing failure ({@link Failures#isTransient}) is retried in place, with exponential backoff
 * and jitter, for as long as it takes (up to platform.consumer.retry.give-up-after). The channel
 * waits meanwhile, so the order per key and partition is kept;</li>
 * <li>a permanent failure (one that recurs: platform.consumer.retry.permanent-attempts), or an
 * unreadable record, is parked in the service's own database with a
 * reason that holds no personal data, then sent to the dead-letter topic with that reason and the
 * original coordinates. Later events with the same record key are parked behind it until a
 * re-drive ({@link Redrive}), never applied out of order;</li>
 * <li>while the service stops, the database may already be gone: the record is left unfinished,
 * so its offset is not committed and it is delivered again after the restart.</li>
 * </ul>
 * Applying twice is harmless: every handler is idempotent.
 */
@ApplicationScoped
public class EventRecords {

    private static final Logger LOG = Logger.getLogger(EventRecords.class);

    private final ObjectMapper json;
    private final Vertx vertx;
    private final ConsumerConfig config;
    private final ParkedEvents parked;
    private final ConsumerActivity activity;
    private final Supplier<EventHandler> handler;
    private final Runnable afterApply;
    private final nl.statushouders.platform.tracing.EventTracing tracing;
    private final IdempotentConsumer idempotent;
    private final Persoonsgegevens persoonsgegevens;
    private final Verwijderingen verwijderingen;
    private volatile boolean stopping;

    @jakarta.inject.Inject
    public EventRecords(ObjectMapper json, Vertx vertx, ConsumerConfig config, ParkedEvents parked,
                        ConsumerActivity activity, Instance<EventHandler> handler, OutboxRelay relay,
                        nl.statushouders.platform.tracing.EventTracing tracing, IdempotentConsumer idempotent,
                        Persoonsgegevens persoonsgegevens, Verwijderingen verwijderingen) {
        // An applied event may have written to the outbox (an invitation, a planned trajectory):
        // publish it now rather than at the relay's next poll.
        this(json, vertx, config, parked, activity, handler::get, relay::wakeUp, tracing, idempotent, persoonsgegevens,
                verwijderingen);
    }

    EventRecords(ObjectMapper json, Vertx vertx, ConsumerConfig config, ParkedEvents parked,
                 ConsumerActivity activity, Supplier<EventHandler> handler, Runnable afterApply,
                 nl.statushouders.platform.tracing.EventTracing tracing, IdempotentConsumer idempotent,
                 Persoonsgegevens persoonsgegevens, Verwijderingen verwijderingen) {
        this.persoonsgegevens = persoonsgegevens;
        this.verwijderingen = verwijderingen;
        this.json = json;
        this.vertx = vertx;
        this.config = config;
        this.parked = parked;
        this.activity = activity;
        this.handler = handler;
        this.afterApply = afterApply;
        this.tracing = tracing;
        this.idempotent = idempotent;
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** A record of a batch, and how to send it alone to the dead-letter topic (the connector's strategy). */
    public record Delivery(ConsumerRecord<String, String> record, Function<Throwable, CompletionStage<Void>> deadLetter) {
    }

    /** The records of a Kafka batch as deliveries, each dead-lettered on its own. */
    public static List<Delivery> deliveries(KafkaRecordBatch<String, String> batch) {
        List<Delivery> deliveries = new ArrayList<>(batch.getRecords().size());
        for (KafkaRecord<String, String> message : batch.getRecords()) {
            @SuppressWarnings("unchecked")
            ConsumerRecord<String, String> record = message.getMetadata(IncomingKafkaRecordMetadata.class)
                    .map(m -> (ConsumerRecord<String, String>) m.getRecord())
                    .orElseThrow(() -> new IllegalStateException("a batch record without its Kafka metadata"));
            deliveries.add(new Delivery(record, message::nack));
        }
        return deliveries;
    }

    /**
     * Handles a batch: all its events in one transaction ({@link IdempotentConsumer#inBatch}), in the
     * order received, so the order per key is kept. Anything unusual (an unreadable record, a key
     * waiting behind a parked event, any failure) rolls the batch back and handles its records one by
     * one with {@link #handle}, which retries, parks and dead-letters each on its own. Never fails:
     * a record that must be dead-lettered is, and the rest goes on; while stopping the batch is
     * left unfinished, so it is delivered again.
     */
    public Uni<Void> handleBatch(List<Delivery> batch) {
        if (batch.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<CloudEvent> events = new ArrayList<>(batch.size());
        for (Delivery d : batch) {
            try {
                events.add(CloudEvent.parse(json, d.record().value()));
            } catch (CloudEvent.MalformedEventException e) {
                return oneByOne(batch);
            }
        }
        if (batch.size() == 1 || events.stream().anyMatch(Verwijderingen::isVerwijdering)) {
            return oneByOne(batch);
        }
        for (int i = 0; i < batch.size(); i++) {
            if (Herkomst.afwijking(config, batch.get(i).record().topic(), events.get(i)).isPresent()) {
                return oneByOne(batch);
            }
        }
        Object id = new Object();
        Delivery first = batch.get(0);
        ConsumerActivity.InFlight flight = activity.start(first.record().topic(), id,
                batch.stream().mapToLong(d -> d.record().timestamp()).filter(t -> t > 0).min().orElse(-1));
        flight.attemptStarted = Instant.now();
        return Uni.createFrom().deferred(() -> together(batch, events))
                .ifNoItem().after(config.attemptTimeout()).failWith(() -> new java.util.concurrent.TimeoutException(
                        "batch took longer than " + config.attemptTimeout()))
                .eventually(() -> activity.end(id))
                .invoke(() -> {
                    activity.batch(first.record().topic(), "together");
                    batch.forEach(d -> activity.outcome(d.record().topic(), "applied"));
                    afterApply.run();
                })
                .onFailure().recoverWithUni(e -> {
                    if (stopping) {
                        return Uni.createFrom().nothing();
                    }
                    LOG.infof("Batch of %d records from %s handled one by one: %s", batch.size(), where(first.record()),
                            Failures.reason(e));
                    activity.batch(first.record().topic(), "split");
                    return oneByOne(batch);
                });
    }

    private Uni<Void> together(List<Delivery> batch, List<CloudEvent> events) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            keys.add(key(batch.get(i).record(), events.get(i)));
        }
        // An erased person's event is skipped one by one (rare): the batch goes that way.
        return verwijderingen.verwijderd(keys).chain(erased -> !erased.isEmpty()
                ? Uni.createFrom().failure(new IllegalStateException("a key of the batch is an erased statushouder"))
                : Panache.withTransaction(() -> parked.blocksAny(keys).chain(blocked -> blocked
                ? Uni.createFrom().failure(new IllegalStateException("a key of the batch waits behind a parked event"))
                // Handlers read personal fields decrypted; the history keeps them as they came (encrypted).
                : persoonsgegevens.ontsleutelEvents(events).chain(plain -> idempotent.inBatch(plain, () -> handler.get()
                        .prepare(plain).chain(() -> Multi.createFrom().range(0, batch.size())
                        .onItem().transformToUniAndConcatenate(i -> tracing.consume(batch.get(i).record().topic(), plain.get(i),
                                () -> handler.get().apply(plain.get(i))))
                        .collect().last()))))));
    }

    /** Each record on its own, in order; one that must be dead-lettered is, on its own, and the next follows. */
    private Uni<Void> oneByOne(List<Delivery> batch) {
        Context context = Vertx.currentContext();
        return Multi.createFrom().iterable(batch)
                .onItem().transformToUniAndConcatenate(d -> handle(d.record())
                        .onFailure(Failures.PermanentFailure.class).recoverWithUni(e -> Uni.createFrom()
                                .completionStage(() -> d.deadLetter().apply(e))
                                // The dead-letter sender answers on the record's own context; go on on ours.
                                .emitOn(context == null ? Runnable::run : r -> context.runOnContext(x -> r.run()))))
                .collect().last().replaceWithVoid();
    }

    private static String key(ConsumerRecord<String, String> record, CloudEvent event) {
        return record.key() != null ? record.key() : event.subject();
    }

    /** Handles one record with the service's {@link EventHandler}. */
    public Uni<Void> handle(ConsumerRecord<String, String> record) {
        Object id = new Object();
        ConsumerActivity.InFlight flight = activity.start(record.topic(), id, record.timestamp());
        return Uni.createFrom().deferred(() -> process(record, flight)).eventually(() -> activity.end(id));
    }

    private Uni<Void> process(ConsumerRecord<String, String> record, ConsumerActivity.InFlight flight) {
        CloudEvent event;
        try {
            event = CloudEvent.parse(json, record.value());
        } catch (CloudEvent.MalformedEventException e) {
            String reason = Failures.reason(e);
            LOG.warnf("Unreadable record %s: %s", where(record), reason);
            return parkUnreadable(record, flight, reason);
        }
        java.util.Optional<String> afwijking = Herkomst.afwijking(config, record.topic(), event);
        if (afwijking.isPresent()) {
            return verwerp(record, flight, new Failures.Verworpen(afwijking.get()));
        }
        return attempt(record, event, key(record, event), flight, Instant.now(), 0, 0);
    }

    /** Kept for inspection without holding up any key (nothing says whose it is), then dead-lettered. */
    private Uni<Void> parkUnreadable(ConsumerRecord<String, String> record, ConsumerActivity.InFlight flight, String reason) {
        return untilStored(flight, () -> parked.parkUnreadable(record, reason))
                .invoke(() -> activity.outcome(record.topic(), "parked"))
                .chain(() -> deadLetter(reason));
    }

    /** An event not to be trusted: not retried, parked as if unreadable, dead-lettered with the reason. */
    private Uni<Void> verwerp(ConsumerRecord<String, String> record, ConsumerActivity.InFlight flight, Failures.Verworpen e) {
        String reason = Failures.reason(e);
        LOG.warnf("Rejected record %s: %s", where(record), reason);
        activity.outcome(record.topic(), "rejected");
        return parkUnreadable(record, flight, reason);
    }

    private Uni<Void> attempt(ConsumerRecord<String, String> record, CloudEvent event, String key,
                              ConsumerActivity.InFlight flight, Instant firstTry, int retries, int permanentFailures) {
        flight.attemptStarted = Instant.now();
        return parked.blocks(key)
                .chain(blocked -> blocked
                        ? parked.park(record, event, key, ParkedEvents.WAITS_BEHIND).replaceWith("parked-behind")
                        // Deferred, so a payload that fails while being read counts as any other failure.
                        : verwijderingen.verwijderd(List.of(key)).chain(erased -> Verwijderingen.isVerwijdering(event)
                                ? tracing.consume(record.topic(), event, () -> verwijderingen.verwerk(event)).replaceWith("applied")
                                // About someone erased: nothing of it is applied, so nothing about them is written again.
                                : !erased.isEmpty() ? Uni.createFrom().item("skipped-erased")
                                : tracing.consume(record.topic(), event, () -> persoonsgegevens.ontsleutel(event)
                                        .chain(plain -> handler.get().apply(plain))).replaceWith("applied")))
                .ifNoItem().after(config.attemptTimeout()).failWith(() -> new java.util.concurrent.TimeoutException(
                        "attempt took longer than " + config.attemptTimeout()))
                .onItemOrFailure().invoke(() -> flight.attemptStarted = null)
                .invoke(outcome -> {
                    activity.outcome(record.topic(), outcome);
                    if (outcome.equals("applied")) {
                        afterApply.run();
                    } else if (outcome.equals("skipped-erased")) {
                        LOG.debugf("Event %s (%s) is about an erased statushouder: not applied", event.id(), event.type());
                    } else {
                        LOG.warnf("Event %s (%s) from %s parked behind an earlier parked event", event.id(), event.type(), where(record));
                    }
                })
                .replaceWithVoid()
                .onFailure().recoverWithUni(e -> {
                    if (stopping) {
                        LOG.infof("Stopping: event %s from %s will be delivered again after the restart", event.id(), where(record));
                        return Uni.createFrom().nothing();
                    }
                    Failures.Verworpen verworpen = Failures.verworpen(e);
                    if (verworpen != null) {
                        return verwerp(record, flight, verworpen);
                    }
                    String reason = Failures.reason(e);
                    Duration waited = Duration.between(firstTry, Instant.now());
                    boolean passing = Failures.isTransient(e);
                    // A failure that looks permanent is believed once it recurs: a driver error while a
                    // connection drops can look like anything.
                    boolean again = passing || permanentFailures + 1 < config.retry().permanentAttempts();
                    if (again && waited.compareTo(config.retry().giveUpAfter()) < 0) {
                        activity.retried(flight, reason, e instanceof java.util.concurrent.TimeoutException);
                        Duration pause = backoff(retries);
                        LOG.logf(retries < 3 ? Logger.Level.INFO : Logger.Level.WARN,
                                "%s failure on event %s (%s) from %s, retry %d in %d ms: %s", passing ? "Passing" : "Possibly permanent",
                                event.id(), event.type(), where(record), retries + 1, pause.toMillis(), reason);
                        return delay(pause).chain(() -> attempt(record, event, key, flight, firstTry, retries + 1,
                                passing ? permanentFailures : permanentFailures + 1));
                    }
                    String stored = passing
                            ? "opgegeven na " + waited.toSeconds() + " s van herhaalde pogingen: " + reason : reason;
                    LOG.errorf("Could not apply event %s (%s) from %s, parked and dead-lettered: %s", event.id(), event.type(),
                            where(record), stored);
                    return untilStored(flight, () -> parked.park(record, event, key, stored))
                            .invoke(() -> activity.outcome(record.topic(), "parked"))
                            .chain(() -> deadLetter(stored));
                });
    }

    /** Parking must happen: a database that is gone for a moment is waited out like any passing failure. */
    private Uni<Void> untilStored(ConsumerActivity.InFlight flight, Supplier<Uni<Void>> store) {
        return retryTransient(flight, store, 0);
    }

    private Uni<Void> retryTransient(ConsumerActivity.InFlight flight, Supplier<Uni<Void>> store, int retries) {
        return Uni.createFrom().deferred(() -> store.get()).onFailure().recoverWithUni(e -> {
            if (stopping) {
                return Uni.createFrom().nothing();
            }
            if (!Failures.isTransient(e)) {
                return Uni.createFrom().failure(e);
            }
            activity.retried(flight, Failures.reason(e), false);
            return delay(backoff(retries)).chain(() -> retryTransient(flight, store, retries + 1));
        });
    }

    /** Fails the message: the channel's dead-letter strategy sends it on with this reason as dead-letter-reason. */
    private static Uni<Void> deadLetter(String reason) {
        return Uni.createFrom().failure(new Failures.PermanentFailure(reason));
    }

    Duration backoff(int retries) {
        ConsumerConfig.Retry r = config.retry();
        double base = Math.min(r.maxBackoff().toMillis(), r.initialBackoff().toMillis() * Math.pow(2, Math.min(retries, 30)));
        double spread = 1 + r.jitter() * (ThreadLocalRandom.current().nextDouble() * 2 - 1);
        return Duration.ofMillis(Math.max(1, Math.round(base * spread)));
    }

    /** Waits on a Vert.x timer, so the next attempt runs on the same context as this one. */
    private Uni<Void> delay(Duration pause) {
        return Uni.createFrom().emitter(emitter -> vertx.setTimer(pause.toMillis(), id -> emitter.complete(null)));
    }

    private static String where(ConsumerRecord<String, String> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
