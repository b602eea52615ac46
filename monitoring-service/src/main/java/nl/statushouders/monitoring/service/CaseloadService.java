package nl.statushouders.monitoring.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.monitoring.domain.Fase;
import nl.statushouders.monitoring.domain.Signaal;
import nl.statushouders.monitoring.domain.SignaalMelding;
import nl.statushouders.monitoring.domain.Voortgang;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A werkmatcher's list: who needs attention first. */
@ApplicationScoped
public class CaseloadService {

    /** One line of the caseload. */
    public record Regel(UUID statushouderId, String voornaam, String achternaam, String gemeente, Fase fase,
                        Long dagenInFase, String werkmatcher, List<SignaalMelding> signalen) {
    }

    /** A page of the caseload. */
    public record Pagina(int pagina, int paginaGrootte, long totaal, List<Regel> regels) {
    }

    /**
     * Most urgent first: more signals, then the longest-standing signal, then longest in phase.
     * People without signals follow, longest in their phase first.
     */
    static final Comparator<Regel> URGENTIE = Comparator
            .comparingInt((Regel r) -> -r.signalen().size())
            .thenComparing(r -> r.signalen().stream().map(SignaalMelding::sinds).min(Comparator.naturalOrder())
                    .orElse(LocalDate.MAX))
            .thenComparing(r -> r.dagenInFase() == null ? 0 : -r.dagenInFase())
            .thenComparing(Regel::statushouderId);

    private final VoortgangQueries queries;
    private final Signalering signalering;

    public CaseloadService(VoortgangQueries queries, Signalering signalering) {
        this.queries = queries;
        this.signalering = signalering;
    }

    public Uni<Pagina> caseload(Set<String> gemeenten, String werkmatcher, Fase fase, Signaal signaal, int pagina,
                                int paginaGrootte) {
        return queries.inGemeenten(gemeenten, werkmatcher, fase).map(all -> {
            List<Regel> regels = all.stream().map(this::regel)
                    .filter(r -> signaal == null || r.signalen().stream().anyMatch(m -> m.signaal() == signaal))
                    .sorted(URGENTIE)
                    .toList();
            int from = Math.min((pagina - 1) * paginaGrootte, regels.size());
            int to = Math.min(from + paginaGrootte, regels.size());
            return new Pagina(pagina, paginaGrootte, regels.size(), regels.subList(from, to));
        });
    }

    Regel regel(Voortgang v) {
        return new Regel(v.statushouderId(), v.voornaam(), v.achternaam(), v.gemeente(), v.fase(),
                signalering.dagenInFase(v), v.werkmatcher(), signalering.signalen(v));
    }
}
