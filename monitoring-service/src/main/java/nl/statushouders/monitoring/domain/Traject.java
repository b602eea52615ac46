package nl.statushouders.monitoring.domain;

import java.time.LocalDate;

/** A trajectory as monitoring knows it from trajecten events; fields fill in whatever order events arrive. */
public record Traject(String trajectId, String soort, String aanbieder, Status status, LocalDate startdatum,
                      LocalDate geplandeEinddatum, LocalDate einddatum, String reden, Integer urenPerWeek,
                      LocalDate laatsteVoortgang, Integer aanwezigheidPercentage) {

    public enum Status { GEPLAND, ACTIEF, BEEINDIGD }

    static Traject nieuw(String id) {
        return new Traject(id, null, null, Status.GEPLAND, null, null, null, null, null, null, null);
    }

    public boolean actief() {
        return status == Status.ACTIEF;
    }

    public boolean isOpleiding() {
        return soort != null && (soort.equals("OPLEIDING") || soort.equals("STUDIE_MET_BEHOUD_VAN_UITKERING")
                || soort.equals("PRE_BACHELOR"));
    }
}
