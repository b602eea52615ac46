package nl.statushouders.platform.rest;

import jakarta.ws.rs.NotFoundException;

import java.util.UUID;

/** Path ids. A malformed id cannot name an existing resource, so it is a 404 like any unknown id. */
public final class Ids {

    private Ids() {
    }

    public static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }
}
