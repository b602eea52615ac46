package nl.statushouders.monitoring.domain;

/**
 * The configurable thresholds of the signals.
 *
 * @param werkgesprekBinnenWeken      weeks after registration by which a werkgesprek is due (10)
 * @param voortgangBinnenWeken        weeks an active trajectory may go without a progress report (6)
 * @param minimaleAanwezigheid        inburgering attendance percentage below which we signal (80)
 * @param volgendeStapSpreken         spoken level that makes someone ready for more than taalstage or volunteering (A2)
 * @param jongereTot                  age below which education comes first (30)
 * @param opleidingBinnenMaanden      months after the werkgesprek by which a young person has an education trajectory (3)
 */
public record Drempels(int werkgesprekBinnenWeken, int voortgangBinnenWeken, int minimaleAanwezigheid,
                       String volgendeStapSpreken, int jongereTot, int opleidingBinnenMaanden) {

    public static final Drempels STANDAARD = new Drempels(10, 6, 80, "A2", 30, 3);
}
