package nl.statushouders.intake.domain.policy;

/**
 * A BSN is registered once per gemeente. The BSN is not part of any event, so the decider
 * cannot see it: the intake service checks its register and a unique index settles races.
 */
public final class UniekeBsnPerGemeente {

    public static final String NAME = "unieke-bsn-per-gemeente";

    private UniekeBsnPerGemeente() {
    }
}
