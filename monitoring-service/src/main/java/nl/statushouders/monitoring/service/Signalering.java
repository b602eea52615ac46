package nl.statushouders.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.monitoring.domain.Drempels;
import nl.statushouders.monitoring.domain.SignaalMelding;
import nl.statushouders.monitoring.domain.SignaalRegels;
import nl.statushouders.monitoring.domain.Voortgang;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The time-dependent view of progress: today's signals and days in the current phase. */
@ApplicationScoped
public class Signalering {

    private final Clock clock;
    private final Drempels drempels;

    public Signalering(Clock clock, Drempels drempels) {
        this.clock = clock;
        this.drempels = drempels;
    }

    public LocalDate vandaag() {
        return LocalDate.now(clock);
    }

    public List<SignaalMelding> signalen(Voortgang v) {
        return SignaalRegels.bereken(v, vandaag(), drempels);
    }

    public Long dagenInFase(Voortgang v) {
        LocalDate sinds = v.mijlpalen().get(v.fase());
        return sinds == null ? null : ChronoUnit.DAYS.between(sinds, vandaag());
    }
}
