package nl.statushouders.platform.eventsourcing;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.statushouders.platform.outbox.CloudEventFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventRegistryTest {

    sealed interface Sample permits Renamed {
    }

    /** Version 2 renamed "naam" to "voornaam" and added "land". */
    record Renamed(String voornaam, String land) implements Sample {
    }

    final ObjectMapper mapper = new ObjectMapper();

    final EventRegistry<Sample> registry = EventRegistry.<Sample>create()
            .register(Renamed.class, 3)
            .upcaster(Renamed.class, 1, json -> {
                json.set("voornaam", json.remove("naam"));
                return json;
            })
            .upcaster(Renamed.class, 2, json -> json.put("land", "onbekend"));

    @Test
    void an_old_payload_is_upcast_step_by_step_on_read() {
        Sample event = registry.decode(mapper, "Renamed", 1, "{\"naam\":\"Sara\"}");
        assertThat(event).isEqualTo(new Renamed("Sara", "onbekend"));
    }

    @Test
    void the_current_version_is_read_as_is_and_unknown_fields_are_tolerated() {
        Sample event = registry.decode(mapper.copy().configure(
                com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false),
                "Renamed", 3, "{\"voornaam\":\"Sara\",\"land\":\"Syrie\",\"nieuw\":1}");
        assertThat(event).isEqualTo(new Renamed("Sara", "Syrie"));
    }

    @Test
    void an_event_is_written_under_its_name_and_current_version() {
        assertThat(registry.typeOf(new Renamed("a", "b")).name()).isEqualTo("Renamed");
        assertThat(registry.typeOf(new Renamed("a", "b")).schemaVersion()).isEqualTo(3);
    }

    @Test
    void an_unknown_type_is_refused() {
        assertThatThrownBy(() -> registry.decode(mapper, "Other", 1, "{}")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void cloudevent_types_are_kebab_case() {
        assertThat(CloudEventFactory.kebab("PlanVanAanpakAgreed")).isEqualTo("plan-van-aanpak-agreed");
        assertThat(CloudEventFactory.kebab("StatushouderRegistered")).isEqualTo("statushouder-registered");
    }

    @Test
    void a_decider_folds_events_in_order() {
        Decider<String, String, String> concat = new Decider<>() {
            public String initialState() {
                return "";
            }

            public java.util.List<String> decide(String command, String state) {
                return java.util.List.of(command);
            }

            public String evolve(String state, String event) {
                return state + event;
            }
        };
        assertThat(concat.fold(java.util.List.of("a", "b", "c"))).isEqualTo("abc");
    }
}
