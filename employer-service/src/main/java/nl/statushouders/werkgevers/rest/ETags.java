package nl.statushouders.werkgevers.rest;

import jakarta.ws.rs.core.EntityTag;

/**
 * ETags of this API: the version of the stream a resource lives in. A place or match lives in its
 * employer's stream, so its ETag is the employer's version and changes with anything on that employer.
 */
final class ETags {

    static final String BESCHRIJVING = "De versie van de werkgever; stuur die terug in If-Match";
    static final String IF_MATCH = "Optioneel: de ETag van de werkgever, plaats of match zoals u die ophaalde. "
            + "Is de werkgever inmiddels gewijzigd, dan volgt 412 en wordt niets opgeslagen.";

    private ETags() {
    }

    static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }
}
