package nl.statushouders.monitoring;

import nl.statushouders.platform.consumer.CloudEvent;
import nl.statushouders.testsupport.TestEvents;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Intake events as intake-service publishes them (structured CloudEvents), for feeding monitoring: about
 * a statushouder, at a given sequence and time. Built by {@link TestEvents}, which also publishes them.
 */
public final class Events {

    private Events() {
    }

    public static String cloudEvent(String name, UUID statushouderId, long sequence, Instant time, String gemeente,
                                    Map<String, Object> data) {
        return cloudEvent(UUID.randomUUID(), name, statushouderId, sequence, time, gemeente, data);
    }

    public static String cloudEvent(UUID eventId, String name, UUID statushouderId, long sequence, Instant time,
                                    String gemeente, Map<String, Object> data) {
        return TestEvents.event("intake", name).id(eventId).statushouder(statushouderId).sequence(sequence).time(time)
                .gemeente(gemeente).data(data).json();
    }

    /** The event as the kernel's consumers see it. */
    public static CloudEvent parse(String json) {
        return CloudEvent.parse(TestEvents.JSON, json);
    }
}
