package nl.statushouders.trajecten.domain;

/** Why a trajectory ended. */
public enum Reden {
    AFGEROND, UITVAL, WERK_GEVONDEN, OPLEIDING_GESTART, VERHUISD, ANDERS
}
