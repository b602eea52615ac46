package nl.statushouders.trajecten.domain.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import nl.statushouders.trajecten.domain.Soort;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A trajectory began. One event type per kind (DESIGN section 3), so consumers can subscribe to
 * the kinds they care about; the payload is the same for all. {@code motivering}: the reason a
 * werkmatcher gave at the start for a rule that needs one, else null.
 */
public sealed interface TrajectStarted extends TrajectEvent permits TaalstageStarted,
        WerkervaringsplekStarted,
        ProefplaatsingStarted,
        VrijwilligerswerkStarted,
        WerktrainingStarted,
        OpleidingStarted,
        StudieMetBehoudVanUitkeringStarted,
        PreBachelorStarted,
        InburgeringStarted,
        BetaaldWerkStarted,
        OndernemerschapStarted {

    LocalDate startdatum();

    String aanbieder();

    int urenPerWeek();

    LocalDate geplandeEinddatum();

    String motivering();

    /** The kind, known from the event type; not part of the payload. */
    @JsonIgnore
    Soort soort();

    static TrajectStarted of(Soort soort, UUID trajectId, UUID statushouderId, String gemeente, LocalDate startdatum,
                             String aanbieder, int urenPerWeek, LocalDate geplandeEinddatum, String motivering) {
        return switch (soort) {
            case TAALSTAGE -> new TaalstageStarted(trajectId, statushouderId, gemeente, startdatum, aanbieder, urenPerWeek,
                    geplandeEinddatum, motivering);
            case WERKERVARINGSPLEK -> new WerkervaringsplekStarted(trajectId, statushouderId, gemeente, startdatum, aanbieder, urenPerWeek,
                    geplandeEinddatum, motivering);
            case PROEFPLAATSING -> new ProefplaatsingStarted(trajectId, statushouderId, gemeente, startdatum, aanbieder, urenPerWeek,
                    geplandeEinddatum, motivering);
            case VRIJWILLIGERSWERK -> new VrijwilligerswerkStarted(trajectId, statushouderId, gemeente, startdatum, aanbieder, urenPerWeek,
                    geplandeEinddatum, motivering);
            case WERKTRAINING -> new WerktrainingStarted(trajectId, statushouderId, gemeente, startdatum, aanbieder, urenPerWeek,
                    geplandeEinddatum, motivering);
            case OPLEIDING -> new OpleidingStarted(trajectId, statushouderId, gemeente, startdatum, aanbieder, urenPerWeek,
                    geplandeEinddatum, motivering);
            case STUDIE_MET_BEHOUD_VAN_UITKERING -> new StudieMetBehoudVanUitkeringStarted(trajectId, statushouderId, gemeente, startdatum, aanbieder, urenPerWeek,
                    geplandeEinddatum, motivering);
            case PRE_BACHELOR -> new PreBachelorStarted(trajectId, statushouderId, gemeente, startdatum, aanbieder, urenPerWeek,
                    geplandeEinddatum, motivering);
            case INBURGERING -> new InburgeringStarted(trajectId, statushouderId, gemeente, startdatum, aanbieder, urenPerWeek,
                    geplandeEinddatum, motivering);
            case BETAALD_WERK -> new BetaaldWerkStarted(trajectId, statushouderId, gemeente, startdatum, aanbieder, urenPerWeek,
                    geplandeEinddatum, motivering);
            case ONDERNEMERSCHAP -> new OndernemerschapStarted(trajectId, statushouderId, gemeente, startdatum, aanbieder, urenPerWeek,
                    geplandeEinddatum, motivering);
        };
    }
}
