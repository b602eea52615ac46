package nl.statushouders.intake.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a user asks of an intake file. {@code vandaag} comes from the service's clock, keeping the decider pure. */
public sealed interface IntakeCommand {

    record RegistreerStatushouder(UUID statushouderId, String gemeente, String voornaam, String achternaam,
                                  LocalDate geboortedatum, List<String> talen, Huisvesting huisvesting,
                                  LocalDate datumVerblijfsvergunning, LocalDate vandaag) implements IntakeCommand {
    }

    record WijsWerkmatcherToe(String werkmatcher) implements IntakeCommand {
    }

    record HoudStartgesprek(LocalDate datum, String werkmatcher, AssessmentBesluit assessmentBesluit, String motivering,
                            LocalDate vandaag) implements IntakeCommand {
    }

    /** A new plan version; {@code verwachteVersie} is the version the client saw (If-Match), or null. */
    record HerzienPlan(String reden, PlanVanAanpak planVanAanpak, Integer verwachteVersie) implements IntakeCommand {
    }

    /** A werkmatcher asks to erase the file; {@code aangevraagdDoor}: the caller's subject. */
    record VraagVerwijderingAan(Verwijdergrond grond, String aangevraagdDoor) implements IntakeCommand {
    }

    /** A teamleider approves the erasure asked for; the grond is the request's. */
    record KeurVerwijderingGoed(String goedgekeurdDoor) implements IntakeCommand {
    }

    /** The guidance ended: the file is closed and its retention period starts. */
    record SluitDossierAf(LocalDate datum, Afsluitreden reden, LocalDate vandaag) implements IntakeCommand {
    }

    /** The retention job erases a closed file whose period has passed; {@code door}: the job's name. */
    record VerwijderNaBewaartermijn(java.time.Period termijn, LocalDate vandaag, String door) implements IntakeCommand {
    }

    record HoudWerkgesprek(LocalDate datum, List<Deelnemer> deelnemers, String redenAfwezigheidVluchtelingenwerk,
                           java.util.UUID assessmentId, PlanVanAanpak planVanAanpak, LocalDate vandaag)
            implements IntakeCommand {
    }
}
