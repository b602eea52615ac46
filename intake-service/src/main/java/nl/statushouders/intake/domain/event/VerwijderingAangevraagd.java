package nl.statushouders.intake.domain.event;

import nl.statushouders.intake.domain.Verwijdergrond;

import java.util.UUID;

/** A werkmatcher asked to erase this statushouder's data; a teamleider must approve it (four eyes). */
public record VerwijderingAangevraagd(UUID statushouderId, String gemeente, Verwijdergrond grond, String aangevraagdDoor)
        implements IntakeEvent {
}
