package nl.statushouders.intake.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.intake.domain.Verwijdergrond;
import nl.statushouders.platform.sleutels.Sleutelkluis;
import jakarta.ws.rs.NotFoundException;
import nl.statushouders.intake.domain.IntakeCommand;
import nl.statushouders.intake.domain.IntakeDecider;
import nl.statushouders.intake.domain.IntakeDossier;
import nl.statushouders.intake.domain.event.IntakeEvent;
import nl.statushouders.intake.domain.event.IntakeEvents;
import nl.statushouders.intake.domain.event.PlanVanAanpakAgreed;
import nl.statushouders.intake.domain.event.PlanVanAanpakRevised;
import nl.statushouders.intake.mapping.IntakeMapper;
import nl.statushouders.platform.eventsourcing.CommandHandler;
import nl.statushouders.platform.eventsourcing.Constraints;
import nl.statushouders.platform.eventsourcing.EventMetadata;
import nl.statushouders.platform.eventsourcing.EventStore;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Runs intake commands: one transaction holds the events, their outbox rows and the read model. */
@ApplicationScoped
public class IntakeService {

    static final String STREAM_TYPE = "statushouder";
    static final String BSN_CONSTRAINT = "statushouder_gemeente_bsn_hash";

    private final EventStore store;
    private final IntakeMapper mapper;
    private final Clock clock;
    private final CommandHandler<IntakeCommand, IntakeDossier, IntakeEvent> handler;
    private final Sleutelkluis kluis;
    private final Identificatiegegevens identificatie;

    public IntakeService(EventStore store, IntakeMapper mapper, Clock clock, Sleutelkluis kluis,
                         Identificatiegegevens identificatie) {
        this.kluis = kluis;
        this.identificatie = identificatie;
        this.store = store;
        this.mapper = mapper;
        this.clock = clock;
        this.handler = new CommandHandler<>(store, new IntakeDecider(), IntakeEvents.REGISTRY, STREAM_TYPE,
                dossier -> dossier.statushouderId().toString());
    }

    public LocalDate vandaag() {
        return LocalDate.now(clock);
    }

    /**
     * Registers a statushouder; a BSN already known in the gemeente fails with {@link DuplicateBsnException}.
     * Four round trips: begin, the append (events and outbox), the read-model row, commit. The unique
     * index on the BSN's keyed hash is the check (no select first): a duplicate rolls the whole registration back, and only
     * then is the existing file looked up for the answer.
     */
    public Uni<StatushouderRecord> registreer(IntakeCommand.RegistreerStatushouder command, String bsn, String vNummer,
                                              EventMetadata metadata) {
        return store.inTransaction(() -> handler.handleNew(command.statushouderId().toString(), command, metadata)
                        .chain(result -> {
                            StatushouderRecord record = mapper.toRecord(command.statushouderId(), result.events());
                            identificatie.beveilig(record, bsn, vNummer);
                            return record.<StatushouderRecord>persist();
                        }))
                .onFailure(e -> Constraints.violated(e, BSN_CONSTRAINT))
                .recoverWithUni(() -> Panache.withSession(() -> StatushouderRecord.metBsn(command.gemeente(),
                                identificatie.zoekwaarde(bsn)))
                        .chain(b -> Uni.createFrom().failure(new DuplicateBsnException(b == null ? null : b.id))));
    }

    public Uni<StatushouderRecord> vind(UUID id, Set<String> gemeenten) {
        return Panache.withSession(() -> StatushouderRecord.inGemeente(id, gemeenten))
                .onItem().ifNull().failWith(NotFoundException::new);
    }

    public Uni<List<StatushouderRecord>> zoekOpBsn(String bsn, Set<String> gemeenten) {
        return Panache.withSession(() -> StatushouderRecord.zoekBsn(identificatie.zoekwaarde(bsn), gemeenten));
    }

    /**
     * Runs a command on an existing file of one of the caller's gemeenten and brings the read
     * model up to date in the same transaction. {@code expectedVersion}: the client's If-Match, or null.
     */
    public Uni<StatushouderRecord> wijzig(UUID id, Set<String> gemeenten, Long expectedVersion, IntakeCommand command,
                                          EventMetadata metadata) {
        return store.inTransaction(() -> StatushouderRecord.inGemeenteVoorWijziging(id, gemeenten)
                .onItem().ifNull().failWith(NotFoundException::new)
                .chain(record -> handler.handle(id.toString(), expectedVersion, command, metadata.forGemeente(record.gemeente))
                        .map(result -> {
                            mapper.project(record, result.events());
                            return record;
                        })));
    }

    /** Step one of an erasure: a werkmatcher asks for it (AVG article 17). */
    public Uni<StatushouderRecord> vraagVerwijderingAan(UUID id, Set<String> gemeenten, Verwijdergrond grond,
                                                        EventMetadata metadata) {
        return wijzig(id, gemeenten, null, new IntakeCommand.VraagVerwijderingAan(grond, metadata.actor()), metadata);
    }

    /**
     * Step two: a teamleider approves (policy vier-ogen-bij-verwijdering). In one transaction the erasure
     * event is appended, the person's key destroyed and the file's row, BSN and V-nummer with it, deleted.
     * The key goes before the commit: should the commit fail after it, the data is unreadable already and
     * approving again finishes the rest; the other way round a committed erasure could leave the key.
     */
    public Uni<Void> keurVerwijderingGoed(UUID id, Set<String> gemeenten, EventMetadata metadata) {
        return verwijder(() -> StatushouderRecord.inGemeenteVoorWijziging(id, gemeenten),
                new IntakeCommand.KeurVerwijderingGoed(metadata.actor()), metadata);
    }

    /**
     * Erasure without a request (the retention job): a closed file whose retention period has passed
     * (policy bewaartermijn-verstreken), the same way as an approved request.
     */
    public Uni<Void> verwijderNaBewaartermijn(UUID id, Period termijn, EventMetadata metadata) {
        return verwijder(() -> StatushouderRecord.voorWijziging(id),
                new IntakeCommand.VerwijderNaBewaartermijn(termijn, vandaag(), metadata.actor()), metadata);
    }

    private Uni<Void> verwijder(java.util.function.Supplier<Uni<StatushouderRecord>> file, IntakeCommand command,
                                EventMetadata metadata) {
        // The lookup is made inside the transaction: it locks the row for it.
        return store.inTransaction(() -> file.get()
                .onItem().ifNull().failWith(NotFoundException::new)
                .chain(record -> handler.handle(record.id.toString(), null, command, metadata.forGemeente(record.gemeente))
                        .chain(result -> kluis.vernietig(record.id))
                        .chain(destroyed -> record.delete())));
    }

    /** Every version of the plan van aanpak, oldest first, with when and why it changed. */
    public Uni<List<PlanVersie>> planVersies(UUID id, Set<String> gemeenten) {
        return vind(id, gemeenten).chain(record -> Panache.withSession(() -> handler.stream(id.toString())))
                .map(stream -> stream.events().stream()
                        .filter(r -> r.event() instanceof PlanVanAanpakAgreed || r.event() instanceof PlanVanAanpakRevised)
                        .map(r -> new PlanVersie(r.recordedAt(), r.event()))
                        .toList());
    }

    /** A plan version as it was recorded. */
    public record PlanVersie(java.time.Instant vastgesteldOp, IntakeEvent plan) {
    }
}
