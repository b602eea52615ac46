package nl.statushouders.intake.domain.event;

import nl.statushouders.intake.domain.Huisvesting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record StatushouderRegistered(UUID statushouderId, String gemeente, String voornaam, String achternaam,
                                     LocalDate geboortedatum, List<String> talen, Huisvesting huisvesting,
                                     LocalDate datumVerblijfsvergunning) implements IntakeEvent {
}
