package nl.statushouders.intake.domain.event;

import nl.statushouders.intake.domain.Verwijdergrond;

import java.util.UUID;

/**
 * The statushouder's data is erased: their key is destroyed, so every encrypted field about them in any
 * event is unreadable, and every service removes or anonymises what it holds. Carries nothing personal.
 */
public record StatushouderVerwijderd(UUID statushouderId, String gemeente, Verwijdergrond grond, String aangevraagdDoor,
                                     String goedgekeurdDoor) implements IntakeEvent {
}
