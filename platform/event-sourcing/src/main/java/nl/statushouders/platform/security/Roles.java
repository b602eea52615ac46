package nl.statushouders.platform.security;

/** The realm roles of DESIGN section 5. */
public final class Roles {

    public static final String WERKMATCHER = "werkmatcher";
    public static final String TEAMLEIDER = "teamleider";
    public static final String BELEIDSMEDEWERKER = "beleidsmedewerker";
    public static final String VLUCHTELINGENWERK = "vluchtelingenwerk";
    public static final String WERKGEVERSSERVICEPUNT = "werkgeversservicepunt";
    public static final String SOCIAL_IMPACT_FACTORY = "social-impact-factory";
    public static final String TAALSCHOOL = "taalschool";
    public static final String COA = "coa";
    public static final String NOA_ASSESSMENT = "noa-assessment";
    public static final String UAF = "uaf";
    public static final String PLATFORM_BEHEER = "platform-beheer";
    /** Reads the processing log and answers data subjects (AVG); sees no business data. */
    public static final String PRIVACY_OFFICER = "privacy-officer";

    private Roles() {
    }
}
