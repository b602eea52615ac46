package nl.statushouders.platform.verwerkingslog;

import java.util.UUID;

/**
 * A response about one statushouder. The processing log finds the persons an answer is about through
 * this (also inside a list), so a new response type cannot forget to log its person.
 */
public interface Betrokkene {

    /** A record whose component has this name serialises it as usual; any other type keeps it out of its JSON. */
    UUID statushouderId();
}
