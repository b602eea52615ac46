package nl.statushouders.platform.verwerkingslog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One entry of the processing log, after the Logius standard Logboek Dataverwerkingen: a trace and
 * span id, the action ({@code handeling}, e.g. {@code GET /api/intake/v1/statushouders/{id}}), its
 * status code (0 unset, 2 error for a 5xx) and times, the processing activity, and who acted for which
 * gemeenten about which statushouders (dpl.core.data_subject_id: the statushouder id, a pseudonym).
 */
public record Logregel(long id, String traceId, String spanId, String handeling, int statusCode, int httpStatus,
                       Instant start, Instant eind, String activiteit, String actor, String gebruikersnaam,
                       String organisatie, List<String> rollen, List<String> gemeenten, List<UUID> betrokkenen) {

    public static final int STATUS_UNSET = 0;
    public static final int STATUS_ERROR = 2;
}
