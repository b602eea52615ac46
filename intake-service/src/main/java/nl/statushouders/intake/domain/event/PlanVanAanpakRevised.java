package nl.statushouders.intake.domain.event;

import nl.statushouders.intake.domain.Afspraak;
import nl.statushouders.intake.domain.Leerroute;
import nl.statushouders.intake.domain.Trajectvoorstel;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A new version of the one plan van aanpak, with the reason for the change. */
public record PlanVanAanpakRevised(UUID statushouderId, String gemeente, int versie, String reden, Leerroute leerroute,
                                   List<String> doelen, List<Afspraak> afspraken,
                                   List<Trajectvoorstel> trajectvoorstellen, LocalDate evaluatiedatum)
        implements IntakeEvent {
}
