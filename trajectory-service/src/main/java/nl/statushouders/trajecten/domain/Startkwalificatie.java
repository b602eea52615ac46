package nl.statushouders.trajecten.domain;

/** Whether the statushouder has a starting qualification; ONBEKEND until an assessment says so. */
public enum Startkwalificatie {
    JA, NEE, ONBEKEND;

    /**
     * From the assessment's opleidingsniveau: MBO2 or higher, HAVO, VWO, HBO and WO count.
     * Anything unknown or unreadable stays ONBEKEND.
     */
    public static Startkwalificatie vanOpleidingsniveau(String niveau) {
        if (niveau == null) {
            return ONBEKEND;
        }
        return switch (niveau) {
            case "MBO2", "MBO3", "MBO4", "HAVO", "VWO", "HBO", "WO" -> JA;
            case "GEEN", "BASISONDERWIJS", "VMBO", "MBO1" -> NEE;
            default -> ONBEKEND;
        };
    }
}
