package nl.statushouders.werkgevers.domain;

import java.util.List;
import java.util.UUID;

/** A place an employer offers; {@code bezet} counts accepted matches. */
public record Plaats(UUID id, PlaatsSoort soort, String functie, String beroep, int urenPerWeek,
                     Taalniveau minimaalTaalniveau, int aantal, int bezet, boolean open, List<Leerdoel> leerdoelen) {

    public boolean vol() {
        return bezet >= aantal;
    }

    Plaats gesloten() {
        return new Plaats(id, soort, functie, beroep, urenPerWeek, minimaalTaalniveau, aantal, bezet, false, leerdoelen);
    }

    Plaats eenBezet() {
        return new Plaats(id, soort, functie, beroep, urenPerWeek, minimaalTaalniveau, aantal, bezet + 1, open, leerdoelen);
    }
}
