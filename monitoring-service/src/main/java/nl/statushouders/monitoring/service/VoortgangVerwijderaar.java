package nl.statushouders.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import nl.statushouders.platform.verwijdering.RijenVerwijderaar;

import java.util.List;

/** An erased statushouder (intake's statushouder-verwijderd): the progress row stays for the KPIs, as an anonymous count (gemeente, cohort, phase, the dates of the phases), and is no longer shown: no name, no werkmatcher, no signals, no timeline. */
@ApplicationScoped
public class VoortgangVerwijderaar extends RijenVerwijderaar {

    @Override
    protected List<String> statements() {
        return List.of(
                "update voortgang set verwijderd = true, werkmatcher = null, document = '{}' where statushouder_id = :id",
                "update voortgang_lijst set verwijderd = true, werkmatcher = null, sorteernaam = null, signaal_soort = '{}', "
                        + "signaal_sinds = '{}', signaal_vanaf = '{}', signaal_tot = '{}', stand_aantal = 0, stand_eerste = null, "
                        + "stand_soorten = '{}', stand_van = 'infinity', stand_tot = '-infinity' where statushouder_id = :id");
    }
}
