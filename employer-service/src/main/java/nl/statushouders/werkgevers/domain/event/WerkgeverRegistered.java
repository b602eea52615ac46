package nl.statushouders.werkgevers.domain.event;

import nl.statushouders.werkgevers.domain.Accountbeheerder;
import nl.statushouders.werkgevers.domain.WerkgeverSoort;

import java.util.UUID;

public record WerkgeverRegistered(UUID werkgeverId, String gemeente, String naam, String kvkNummer, String sector,
                                  WerkgeverSoort soort, Accountbeheerder accountbeheerder,
                                  String accountbeheerderOrganisatie) implements WerkgeversEvent {
}
