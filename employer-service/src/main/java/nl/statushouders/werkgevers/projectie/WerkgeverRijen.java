package nl.statushouders.werkgevers.projectie;

import nl.statushouders.werkgevers.service.MatchRecord;
import nl.statushouders.werkgevers.service.PlaatsRecord;
import nl.statushouders.werkgevers.service.WerkgeverRecord;

import java.util.UUID;

/**
 * The rows one employer's events change, as {@link WerkgeverProjectie} sees them. Live: the rows of
 * the command's session; rebuild: rows in memory, written once the whole stream is folded. One
 * projection for both is what makes a rebuilt row equal the incrementally built one.
 */
public interface WerkgeverRijen {

    /** The employer's row; for the registration an empty one the projection fills. */
    WerkgeverRecord werkgever();

    /** A row for a newly offered place; the projection sets every column. */
    PlaatsRecord nieuwePlaats(UUID id);

    PlaatsRecord plaats(UUID id);

    /** A row for a newly proposed match; the projection sets every column. */
    MatchRecord nieuweMatch(UUID id);

    MatchRecord match(UUID id);
}
