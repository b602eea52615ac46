package nl.statushouders.assessment.domain.event;

import nl.statushouders.platform.eventsourcing.EventRegistry;

/** Names and schema versions of the assessment events (schemas: docs/events/schemas). */
public final class AssessmentEvents {

    public static final EventRegistry<AssessmentEvent> REGISTRY = EventRegistry.<AssessmentEvent>create()
            .register(AssessmentInvited.class, 1)
            .register(AssessmentScheduled.class, 1)
            .register(AssessmentCompleted.class, 1)
            .register(AlternatieveIntakeCompleted.class, 1)
            .register(AssessmentMissed.class, 1);

    private AssessmentEvents() {
    }
}
