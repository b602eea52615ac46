package nl.statushouders.werkgevers.domain.policy;

/**
 * An employer (KvK number) is registered once per gemeente. The service checks its register and
 * a unique index settles races; a duplicate is a 409.
 */
public final class UniekKvkNummerPerGemeente {

    public static final String NAME = "uniek-kvk-nummer-per-gemeente";

    private UniekKvkNummerPerGemeente() {
    }
}
