package nl.statushouders.intake.service;

import java.util.UUID;

/** Policy unieke-bsn-per-gemeente: a BSN is registered once per gemeente. */
public class DuplicateBsnException extends RuntimeException {

    public static final String POLICY = nl.statushouders.intake.domain.policy.UniekeBsnPerGemeente.NAME;

    private final UUID bestaandId;

    public DuplicateBsnException(UUID bestaandId) {
        super("Er is in deze gemeente al een statushouder met dit BSN aangemeld.", null, false, false);
        this.bestaandId = bestaandId;
    }

    public UUID bestaandId() {
        return bestaandId;
    }
}
