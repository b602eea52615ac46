package nl.statushouders.monitoring.service;

import nl.statushouders.platform.verwerkingslog.Betrokkene;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.monitoring.domain.Fase;
import nl.statushouders.monitoring.domain.SignaalMelding;
import nl.statushouders.monitoring.domain.Tijdlijnregel;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The agenda of the three-weekly meeting of gemeente and VluchtelingenWerk: everyone with an open
 * signal, or with something new since the last meeting; most signals first, then by surname. Paged:
 * a gemeente with thousands of open signals gets them a page at a time.
 */
@ApplicationScoped
public class OverlegService {

    /** One agenda item. */
    public record Agendapunt(UUID statushouderId, String voornaam, String achternaam, Fase fase, String werkmatcher,
                             List<SignaalMelding> signalen, List<Tijdlijnregel> wijzigingen) implements Betrokkene {
    }

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private final VoortgangQueries queries;
    private final Signalering signalering;

    public OverlegService(VoortgangQueries queries, Signalering signalering) {
        this.queries = queries;
        this.signalering = signalering;
    }

    /** One page of the agenda and how many items it has in all. */
    public record Agenda(List<Agendapunt> punten, long totaal) {
    }

    public Uni<Agenda> agenda(Set<String> gemeenten, LocalDate sinds, int pagina, int paginaGrootte) {
        return queries.agenda(gemeenten, sinds.atStartOfDay(NL).toInstant(), signalering.vandaag(),
                        (pagina - 1) * paginaGrootte, paginaGrootte)
                .map(p -> new Agenda(p.voortgang().stream()
                        .map(v -> new Agendapunt(v.statushouderId(), v.voornaam(), v.achternaam(), v.fase(), v.werkmatcher(),
                                signalering.signalen(v),
                                v.tijdlijn().stream().filter(r -> !r.tijd().atZone(NL).toLocalDate().isBefore(sinds)).toList()))
                        .toList(), p.totaal()));
    }
}
