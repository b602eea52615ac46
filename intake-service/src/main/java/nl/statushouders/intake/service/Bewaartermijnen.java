package nl.statushouders.intake.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.intake.config.BewaartermijnConfig;
import nl.statushouders.intake.domain.Afsluitreden;
import nl.statushouders.intake.domain.policy.BewaartermijnVerstreken;
import nl.statushouders.platform.eventsourcing.EventMetadata;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Retention of intake files: which closed files have passed their period on a given day (the privacy
 * officer's dry run), and erasing them (the job). Erasure goes the same way as an approved request, with
 * grond BEWAARTERMIJN_VERSTREKEN, so every service removes what it derived from the file.
 */
@ApplicationScoped
public class Bewaartermijnen {

    /** The name the job acts under: the erasure event says who asked and approved. */
    public static final String ACTOR = "bewaartermijn";

    private static final Logger LOG = Logger.getLogger(Bewaartermijnen.class);

    private final IntakeService intake;
    private final BewaartermijnConfig config;

    public Bewaartermijnen(IntakeService intake, BewaartermijnConfig config) {
        this.intake = intake;
        this.config = config;
    }

    /** One file whose period has passed on the day asked for. */
    public record Verlopen(UUID statushouderId, String gemeente, String categorie, LocalDate afgeslotenOp,
                           Afsluitreden afsluitreden, LocalDate verlooptOp) {
    }

    /** What the job would erase on {@code peildatum}, in these gemeenten (all when null); nothing is changed. */
    public Uni<List<Verlopen>> verlopen(Set<String> gemeenten, LocalDate peildatum) {
        return Panache.withSession(() -> StatushouderRecord.afgeslotenVoor(peildatum.minus(config.dossier()), gemeenten))
                .map(records -> records.stream().map(r -> new Verlopen(r.id, r.gemeente, "dossier", r.afgeslotenOp,
                        Afsluitreden.valueOf(r.afsluitreden), BewaartermijnVerstreken.verlooptOp(r.afgeslotenOp, config.dossier())))
                        .toList());
    }

    /**
     * Erases every file whose period has passed today, one transaction each; a file that fails (another
     * instance erased it first, the database went away) is left for the next run. Returns the number erased.
     */
    public Uni<Integer> voerUit() {
        return verlopen(null, intake.vandaag())
                .onItem().transformToMulti(files -> Multi.createFrom().iterable(files))
                .onItem().transformToUniAndConcatenate(file -> intake
                        .verwijderNaBewaartermijn(file.statushouderId(), config.dossier(), EventMetadata.of(file.gemeente(), ACTOR))
                        .replaceWith(1)
                        .onFailure(jakarta.ws.rs.NotFoundException.class).recoverWithItem(0) // another instance was first
                        .onFailure().recoverWithItem(e -> {
                            LOG.warnf("Bewaartermijn: dossier %s niet gewist, volgende keer opnieuw (%s)",
                                    file.statushouderId(), e.getClass().getSimpleName());
                            return 0;
                        }))
                .collect().with(java.util.stream.Collectors.summingInt(Integer::intValue))
                .invoke(n -> {
                    if (n > 0) {
                        LOG.infof("Bewaartermijn: %d dossier(s) gewist", n);
                    }
                });
    }
}
