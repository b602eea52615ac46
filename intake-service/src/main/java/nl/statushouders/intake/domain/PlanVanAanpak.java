package nl.statushouders.intake.domain;

import java.time.LocalDate;
import java.util.List;

public record PlanVanAanpak(Leerroute leerroute, List<String> doelen, List<Afspraak> afspraken,
                            List<Trajectvoorstel> trajectvoorstellen, LocalDate evaluatiedatum) {
}
