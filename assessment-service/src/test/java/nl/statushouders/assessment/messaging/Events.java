package nl.statushouders.assessment.messaging;

import nl.statushouders.testsupport.TestEvents;

import java.util.Map;
import java.util.UUID;

/**
 * Intake events as intake-service publishes them (structured CloudEvents with their dataschema), on
 * intake's topic, for feeding this service. Built and published by {@link TestEvents}.
 */
final class Events {

    static final String INTAKE_TOPIC = "intake.events.v1";

    private Events() {
    }

    static String cloudEvent(UUID eventId, String name, UUID statushouderId, long sequence, String gemeente,
                             Map<String, Object> data) {
        return TestEvents.event("intake", name).id(eventId).statushouder(statushouderId).sequence(sequence)
                .gemeente(gemeente).withDataschema().data(data).json();
    }

    static void publish(String key, String... values) {
        TestEvents.publish(INTAKE_TOPIC, key, values);
    }
}
