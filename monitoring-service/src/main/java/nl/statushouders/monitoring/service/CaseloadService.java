package nl.statushouders.monitoring.service;

import nl.statushouders.platform.verwerkingslog.Betrokkene;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.monitoring.domain.Fase;
import nl.statushouders.monitoring.domain.Signaal;
import nl.statushouders.monitoring.domain.SignaalMelding;
import nl.statushouders.monitoring.domain.Voortgang;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A werkmatcher's list: who needs attention first. */
@ApplicationScoped
public class CaseloadService {

    /** One line of the caseload. */
    public record Regel(UUID statushouderId, String voornaam, String achternaam, String gemeente, Fase fase,
                        Long dagenInFase, String werkmatcher, List<SignaalMelding> signalen) implements Betrokkene {
    }

    /** A page of the caseload. */
    public record Pagina(int pagina, int paginaGrootte, long totaal, List<Regel> regels) {
    }

    private final VoortgangQueries queries;
    private final Signalering signalering;

    public CaseloadService(VoortgangQueries queries, Signalering signalering) {
        this.queries = queries;
        this.signalering = signalering;
    }

    /**
     * Most urgent first: more signals, then the longest-standing signal, then longest in phase.
     * People without signals follow, longest in their phase first. Sorted and paged in the database.
     */
    public Uni<Pagina> caseload(Set<String> gemeenten, String werkmatcher, Fase fase, Signaal signaal, int pagina,
                                int paginaGrootte) {
        return queries.caseload(gemeenten, werkmatcher, fase, signaal, signalering.vandaag(),
                        (pagina - 1) * paginaGrootte, paginaGrootte)
                .map(p -> new Pagina(pagina, paginaGrootte, p.totaal(), p.voortgang().stream().map(this::regel).toList()));
    }

    Regel regel(Voortgang v) {
        return new Regel(v.statushouderId(), v.voornaam(), v.achternaam(), v.gemeente(), v.fase(),
                signalering.dagenInFase(v), v.werkmatcher(), signalering.signalen(v));
    }
}
