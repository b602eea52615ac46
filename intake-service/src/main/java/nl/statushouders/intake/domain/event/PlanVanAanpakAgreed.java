package nl.statushouders.intake.domain.event;

import nl.statushouders.intake.domain.Afspraak;
import nl.statushouders.intake.domain.Leerroute;
import nl.statushouders.intake.domain.Trajectvoorstel;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The one plan van aanpak (PIP) agreed in the werkgesprek; versie 1. */
public record PlanVanAanpakAgreed(UUID statushouderId, String gemeente, int versie, Leerroute leerroute,
                                  List<String> doelen, List<Afspraak> afspraken,
                                  List<Trajectvoorstel> trajectvoorstellen, LocalDate evaluatiedatum)
        implements IntakeEvent {
}
