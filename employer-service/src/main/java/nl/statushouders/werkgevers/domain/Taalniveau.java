package nl.statushouders.werkgevers.domain;

/** CEFR levels in ascending order, so levels compare by ordinal. */
public enum Taalniveau {
    A0, A1, A2, B1, B2, C1, C2;

    public boolean onder(Taalniveau ander) {
        return compareTo(ander) < 0;
    }

    /** Tolerant parse of a level from another service's event; null when absent or unknown. */
    public static Taalniveau parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
