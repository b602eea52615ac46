package nl.statushouders.assessment.domain.event;

import nl.statushouders.platform.eventsourcing.EventRegistry;

/** Names and schema versions of the assessment events (schemas: docs/events/schemas). */
public final class AssessmentEvents {

    public static final EventRegistry<AssessmentEvent> REGISTRY = EventRegistry.<AssessmentEvent>create()
            .register(AssessmentInvited.class, 1)
            .register(AssessmentScheduled.class, 1)
            .register(AssessmentCompleted.class, 1)
            .register(AlternatieveIntakeCompleted.class, 1)
            .register(AssessmentMissed.class, 1)
            // The assessment's contents, health-related obstacles among them, encrypted with the person's key.
            .persoonlijk(AssessmentScheduled.class, "toelichting")
            .persoonlijk(AssessmentCompleted.class, "opleidingsniveau", "werkervaring", "taalniveau", "competenties",
                    "kansen", "belemmeringen", "advies")
            .persoonlijk(AlternatieveIntakeCompleted.class, "opleidingsniveau", "werkervaring", "taalniveau",
                    "competenties", "kansen", "belemmeringen", "advies");

    private AssessmentEvents() {
    }
}
