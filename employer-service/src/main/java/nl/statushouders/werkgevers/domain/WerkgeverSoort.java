package nl.statushouders.werkgevers.domain;

public enum WerkgeverSoort {
    MKB, GROOTBEDRIJF, SOCIALE_ONDERNEMING
}
