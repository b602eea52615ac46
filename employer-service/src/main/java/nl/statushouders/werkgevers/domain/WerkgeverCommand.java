package nl.statushouders.werkgevers.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What account managers and werkmatchers ask of an employer's stream. */
public sealed interface WerkgeverCommand {

    /** {@code rollenVanAanvrager}: the caller's account-manager roles, for the eigen-werkgever rule. */
    record RegistreerWerkgever(UUID werkgeverId, String gemeente, String naam, String kvkNummer, String sector,
                               WerkgeverSoort soort, Accountbeheerder accountbeheerder,
                               String accountbeheerderOrganisatie, Set<String> rollenVanAanvrager)
            implements WerkgeverCommand {
    }

    record BiedPlaatsAan(UUID plaatsId, PlaatsSoort soort, String functie, String beroep, int urenPerWeek,
                         Taalniveau minimaalTaalniveau, int aantal, List<Leerdoel> leerdoelen) implements WerkgeverCommand {
    }

    record SluitPlaats(UUID plaatsId, String reden) implements WerkgeverCommand {
    }

    record StelMatchVoor(UUID matchId, UUID statushouderId, UUID plaatsId, String motivering, boolean motiveringVoorWerkgever)
            implements WerkgeverCommand {
    }

    record AccepteerMatch(UUID matchId, LocalDate startdatum) implements WerkgeverCommand {
    }

    record WijsMatchAf(UUID matchId, String reden) implements WerkgeverCommand {
    }
}
