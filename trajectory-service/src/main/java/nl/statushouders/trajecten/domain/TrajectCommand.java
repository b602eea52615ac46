package nl.statushouders.trajecten.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a user (or an accepted match) asks of a trajectory. The service fills in what the rules
 * need from its read model ({@link Deelnemer}, {@link Uren}) and its clock ({@code vandaag}),
 * keeping the decider pure.
 */
public sealed interface TrajectCommand {

    /**
     * {@code uitMatch}: planned from werkgevers' match-accepted. Such a plan is a fact from another
     * service: the rules that need a werkmatcher's decision are checked when it starts instead.
     */
    record PlanTraject(UUID trajectId, UUID statushouderId, String gemeente, Soort soort, String aanbieder,
                       String aanbiederOrganisatie, UUID plaatsId, UUID matchId, LocalDate startdatum,
                       LocalDate geplandeEinddatum, int urenPerWeek, List<Leerdoel> leerdoelen, String motivering,
                       boolean uitMatch, Deelnemer deelnemer, Uren uren) implements TrajectCommand {
    }

    /** {@code startdatum} null: the planned date. {@code motivering}: a reason given at the start. */
    record StartTraject(LocalDate startdatum, String motivering, Deelnemer deelnemer, Uren uren)
            implements TrajectCommand {
    }

    record RapporteerVoortgang(LocalDate datum, Integer aanwezigheidPercentage, Taalniveau taalniveau, String toelichting,
                               Examen examen, String gemeldDoor, LocalDate vandaag) implements TrajectCommand {
    }

    record BeeindigTraject(LocalDate datum, Reden reden, String toelichting) implements TrajectCommand {
    }
}
