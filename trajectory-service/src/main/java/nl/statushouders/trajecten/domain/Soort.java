package nl.statushouders.trajecten.domain;

/** The kinds of trajectory of DOMAIN step 5; each has its own started event. */
public enum Soort {
    TAALSTAGE, WERKERVARINGSPLEK, PROEFPLAATSING, VRIJWILLIGERSWERK, WERKTRAINING, OPLEIDING,
    STUDIE_MET_BEHOUD_VAN_UITKERING, PRE_BACHELOR, INBURGERING, BETAALD_WERK, ONDERNEMERSCHAP;

    /** Education that leads to a startkwalificatie: what comes first for young people. */
    public boolean isOnderwijs() {
        return this == OPLEIDING || this == PRE_BACHELOR;
    }

    /** Inburgering runs alongside everything else, so the education-first rule never blocks it. */
    public boolean isNeutraal() {
        return this == INBURGERING;
    }

    /** The trajectory kind of an employer's place (werkgevers' plaats soort); null when there is none. */
    public static Soort vanPlaatsSoort(String plaatsSoort) {
        if (plaatsSoort == null) {
            return null;
        }
        return switch (plaatsSoort) {
            case "TAALSTAGE" -> TAALSTAGE;
            case "WERKERVARINGSPLEK" -> WERKERVARINGSPLEK;
            case "PROEFPLAATSING" -> PROEFPLAATSING;
            case "VRIJWILLIGERSWERK" -> VRIJWILLIGERSWERK;
            case "BETAALDE_BAAN" -> BETAALD_WERK;
            default -> null;
        };
    }
}
