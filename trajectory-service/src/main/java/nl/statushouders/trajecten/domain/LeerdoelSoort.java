package nl.statushouders.trajecten.domain;

public enum LeerdoelSoort {
    TAAL, WERKNEMERSVAARDIGHEDEN, VAKKENNIS
}
