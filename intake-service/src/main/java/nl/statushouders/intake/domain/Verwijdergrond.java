package nl.statushouders.intake.domain;

/** Why a statushouder's data is erased (AVG article 17, or the end of the retention period). */
public enum Verwijdergrond {
    VERZOEK_BETROKKENE,
    BEWAARTERMIJN_VERSTREKEN,
    ONTERECHT_AANGEMELD
}
