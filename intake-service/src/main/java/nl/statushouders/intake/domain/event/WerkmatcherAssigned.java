package nl.statushouders.intake.domain.event;

import java.util.UUID;

/** A werkmatcher of the gemeente now guides this statushouder (first assignment or a change). */
public record WerkmatcherAssigned(UUID statushouderId, String gemeente, String werkmatcher, String vorigeWerkmatcher)
        implements IntakeEvent {
}
