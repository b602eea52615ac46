package nl.statushouders.platform.consumer;

import nl.statushouders.platform.config.ConsumerConfig;

import java.util.Optional;

/**
 * Whether an event may come from the topic it arrived on: its {@code source} and type are those of the
 * topic's one producer, and its payload names no other gemeente than its envelope. Anything else is not
 * applied: it is rejected ({@link Failures.Verworpen}), parked without holding up the person's other
 * events and dead-lettered with the reason. The reasons quote only configuration, never the event.
 */
public final class Herkomst {

    private Herkomst() {
    }

    /** Empty when the event may be applied; else why not. */
    public static Optional<String> afwijking(ConsumerConfig config, String topic, CloudEvent event) {
        ConsumerConfig.Producent producent = config.producenten().get(topic);
        if (producent == null) {
            return Optional.of("topic " + topic + " heeft geen bekende producent");
        }
        if (!producent.source().equals(event.source())) {
            return Optional.of("bron hoort niet bij topic " + topic + " (verwacht " + producent.source() + ")");
        }
        if (!event.type().startsWith(producent.typePrefix() + ".")) {
            return Optional.of("type hoort niet bij topic " + topic + " (verwacht " + producent.typePrefix() + ".*)");
        }
        if (event.data().hasNonNull("gemeente") && !event.data().get("gemeente").asText().equals(event.gemeente())) {
            return Optional.of("gemeente in de data verschilt van die in de envelop");
        }
        return Optional.empty();
    }

    /**
     * The person's gemeente as this service knows it: a known person's tenant is never taken from an
     * event (a forged or misrouted one would move the person into another tenant). Null {@code bekend}:
     * the person is new here and the event's gemeente is theirs.
     */
    public static String bekendeGemeente(String bekend, CloudEvent event) {
        if (bekend != null && !bekend.equals(event.gemeente())) {
            throw new Failures.Verworpen("gemeente van het event wijkt af van de bekende gemeente van de statushouder");
        }
        return event.gemeente();
    }
}
