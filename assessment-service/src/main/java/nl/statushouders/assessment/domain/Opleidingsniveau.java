package nl.statushouders.assessment.domain;

/** Highest education, Dutch equivalent. Startkwalificatie: MBO2 or higher, HAVO, VWO, HBO, WO. */
public enum Opleidingsniveau {
    GEEN, BASISONDERWIJS, VMBO, MBO1, MBO2, MBO3, MBO4, HAVO, VWO, HBO, WO, ONBEKEND
}
