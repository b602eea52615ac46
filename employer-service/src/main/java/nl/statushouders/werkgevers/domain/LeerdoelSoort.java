package nl.statushouders.werkgevers.domain;

public enum LeerdoelSoort {
    TAAL, WERKNEMERSVAARDIGHEDEN, VAKKENNIS
}
