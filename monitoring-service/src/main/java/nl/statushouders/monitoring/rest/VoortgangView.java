package nl.statushouders.monitoring.rest;

import nl.statushouders.platform.verwerkingslog.Betrokkene;
import nl.statushouders.monitoring.domain.SignaalMelding;
import nl.statushouders.monitoring.domain.Voortgang;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Progress of one statushouder with today's signals and the days spent in the current phase. */
@Schema(name = "VoortgangView")
public record VoortgangView(@Schema(implementation = Voortgang.class) Voortgang voortgang, Long dagenInFase,
                            List<SignaalMelding> signalen) implements Betrokkene {

    @Override
    public java.util.UUID statushouderId() {
        return voortgang.statushouderId();
    }

}
