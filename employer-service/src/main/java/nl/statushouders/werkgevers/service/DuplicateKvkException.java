package nl.statushouders.werkgevers.service;

import nl.statushouders.werkgevers.domain.policy.UniekKvkNummerPerGemeente;

/** Policy uniek-kvk-nummer-per-gemeente: becomes a 409. */
public class DuplicateKvkException extends RuntimeException {

    public static final String POLICY = UniekKvkNummerPerGemeente.NAME;

    public DuplicateKvkException() {
        super("Er is in deze gemeente al een werkgever met dit KvK-nummer geregistreerd.", null, false, false);
    }
}
