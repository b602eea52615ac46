package nl.statushouders.trajecten.domain.policy;

/**
 * A taalschool or UAF sees and reports on its own students only: trajectories whose
 * aanbiederOrganisatie is its organisatie claim. Any other trajectory does not exist for it (404).
 */
public final class EigenStudenten {

    public static final String NAME = "eigen-studenten";

    private EigenStudenten() {
    }

    public static boolean eigen(String aanbiederOrganisatie, String organisatie) {
        return aanbiederOrganisatie != null && organisatie != null && aanbiederOrganisatie.equals(organisatie);
    }
}
