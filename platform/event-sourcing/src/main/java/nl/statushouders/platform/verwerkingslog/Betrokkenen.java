package nl.statushouders.platform.verwerkingslog;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.Collection;
import java.util.UUID;

/** A response about several statushouders (a page of a caseload, an agenda). */
public interface Betrokkenen {

    @JsonIgnore
    Collection<UUID> betrokkenen();
}
