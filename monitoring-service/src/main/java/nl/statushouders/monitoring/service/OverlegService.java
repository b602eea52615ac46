package nl.statushouders.monitoring.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.monitoring.domain.Fase;
import nl.statushouders.monitoring.domain.SignaalMelding;
import nl.statushouders.monitoring.domain.Tijdlijnregel;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The agenda of the three-weekly meeting of gemeente and VluchtelingenWerk: everyone with an open
 * signal, or with something new since the last meeting.
 */
@ApplicationScoped
public class OverlegService {

    /** One agenda item. */
    public record Agendapunt(UUID statushouderId, String voornaam, String achternaam, Fase fase, String werkmatcher,
                             List<SignaalMelding> signalen, List<Tijdlijnregel> wijzigingen) {
    }

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private final VoortgangQueries queries;
    private final Signalering signalering;

    public OverlegService(VoortgangQueries queries, Signalering signalering) {
        this.queries = queries;
        this.signalering = signalering;
    }

    public Uni<List<Agendapunt>> agenda(Set<String> gemeenten, LocalDate sinds) {
        return queries.inGemeenten(gemeenten, null, null).map(all -> all.stream()
                .map(v -> new Agendapunt(v.statushouderId(), v.voornaam(), v.achternaam(), v.fase(), v.werkmatcher(),
                        signalering.signalen(v),
                        v.tijdlijn().stream().filter(r -> !r.tijd().atZone(NL).toLocalDate().isBefore(sinds)).toList()))
                .filter(p -> !p.signalen().isEmpty() || !p.wijzigingen().isEmpty())
                .sorted(Comparator.comparingInt((Agendapunt p) -> -p.signalen().size())
                        .thenComparing(p -> p.achternaam() == null ? "" : p.achternaam())
                        .thenComparing(Agendapunt::statushouderId))
                .toList());
    }
}
