package nl.statushouders.platform.sleutels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VeldversleutelingTest {

    final ObjectMapper mapper = new ObjectMapper();
    final Veldversleuteling velden = new Veldversleuteling(mapper);
    final UUID persoon = UUID.randomUUID();
    final byte[] sleutel = Veldversleuteling.random(32);

    @Test
    void any_json_value_comes_back_as_it_went_in_and_is_unreadable_on_the_way() throws Exception {
        JsonNode waarde = mapper.readTree("{\"beroep\":\"Kapper\",\"jaren\":6,\"talen\":[\"Arabisch\",\"Engels\"]}");
        String tekst = velden.versleutel(sleutel, persoon, "werkervaring", waarde);
        assertThat(tekst).startsWith("vsl:1:" + persoon + ":").doesNotContain("Kapper").doesNotContain("Arabisch");
        assertThat(Veldversleuteling.isVersleuteld(mapper.getNodeFactory().textNode(tekst))).isTrue();
        assertThat(Veldversleuteling.persoonVan(tekst)).contains(persoon);
        assertThat(velden.ontsleutel(sleutel, "werkervaring", tekst)).isEqualTo(waarde);
    }

    @Test
    void the_same_value_twice_gives_two_different_texts() {
        JsonNode naam = mapper.getNodeFactory().textNode("Amira");
        assertThat(velden.versleutel(sleutel, persoon, "voornaam", naam))
                .isNotEqualTo(velden.versleutel(sleutel, persoon, "voornaam", naam));
    }

    @Test
    void a_text_does_not_open_with_another_key_nor_in_another_field() {
        String tekst = velden.versleutel(sleutel, persoon, "voornaam", mapper.getNodeFactory().textNode("Amira"));
        assertThatThrownBy(() -> velden.ontsleutel(Veldversleuteling.random(32), "voornaam", tekst))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> velden.ontsleutel(sleutel, "achternaam", tekst))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void plain_values_are_not_taken_for_encrypted_ones() {
        assertThat(Veldversleuteling.isVersleuteld(mapper.getNodeFactory().textNode("vsl:"))).isFalse();
        assertThat(Veldversleuteling.isVersleuteld(mapper.getNodeFactory().numberNode(3))).isFalse();
        assertThat(Veldversleuteling.persoonVan("vsl:1:geen-uuid:abc")).isEmpty();
    }
}
