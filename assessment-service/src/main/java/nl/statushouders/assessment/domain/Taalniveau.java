package nl.statushouders.assessment.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Dutch language level per skill on the CEFR scale (A0..C2). An alternative intake may not
 * measure every skill: a missing skill is null and left out of the payload.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Taalniveau(String lezen, String luisteren, String spreken, String schrijven) {

    public static final Taalniveau ONBEKEND = new Taalniveau(null, null, null, null);

    @JsonIgnore
    public boolean volledig() {
        return lezen != null && luisteren != null && spreken != null && schrijven != null;
    }
}
