package nl.statushouders.assessment.domain.event;

import nl.statushouders.assessment.domain.Soort;

import java.util.UUID;

/** The statushouder is invited for NOA or the alternative intake; {@code startgesprekEventId} when intake asked for it. */
public record AssessmentInvited(UUID assessmentId, UUID statushouderId, String gemeente, Soort soort, String locatie,
                                UUID startgesprekEventId) implements AssessmentEvent {
}
